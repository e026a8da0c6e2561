package glossa.team.tests;

import static glossa.team.tests.TeamCli.cli;
import static glossa.team.tests.TeamFixtures.ARTICLE;
import static glossa.team.tests.TeamFixtures.SIDECAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.exchange.json.Json;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.team.tests.TeamCli.Result;

/**
 * {@code glossa-cli agreement FILE --coders anna@anna-coding,bo@bo-coding}: each coder codes on a branch of their
 * own; the figures equal those of one sidecar holding both codings, compared by author.
 */
class AgreementBranchCliTest {

    @TempDir
    Path tmp;

    @Test
    void codersOnBranchesAreComparedAsIfTheirCodingsWereMerged() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("case"));
        Files.writeString(dir.resolve(ARTICLE), TeamFixtures.TEXT, StandardCharsets.UTF_8);
        TeamFixtures.save(TeamFixtures.document(), dir.resolve(SIDECAR));
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, "base");
            git.branchCreate().setName("anna-coding").call();
            git.branchCreate().setName("bo-coding").call();

            git.checkout().setName("anna-coding").call();
            TeamFixtures.annotate(dir, "a1", "美国要求限制AI芯片出口", "Anna");
            TeamFixtures.annotate(dir, "a2", "结论", "Anna");
            commit(git, "Anna's coding");
            Document anna = TeamFixtures.load(dir);

            git.checkout().setName("bo-coding").call();
            TeamFixtures.annotate(dir, "b1", "美国要求限制AI芯片出口", "Bo");
            TeamFixtures.annotate(dir, "b2", "中国加快国产算力替代", "Bo");
            commit(git, "Bo's coding");
            Document bo = TeamFixtures.load(dir);

            git.checkout().setName("main").call();
            assertTrue(TeamFixtures.load(dir).getAnnotations().isEmpty(), "main's sidecar has no coding");

            Result byBranch = cli("agreement", dir.resolve(ARTICLE).toString(), "--coders",
                    "Anna@anna-coding,Bo@bo-coding", "--json");
            assertEquals(0, byBranch.code(), byBranch.err());
            Map<?, ?> branches = (Map<?, ?>) Json.parse(byBranch.out());
            assertEquals(List.of("Anna@anna-coding", "Bo@bo-coding"), branches.get("coders"));

            // The independent reference: both codings in one sidecar of a copy, compared by author.
            Path merged = Files.createDirectories(tmp.resolve("merged"));
            Files.writeString(merged.resolve(ARTICLE), TeamFixtures.TEXT, StandardCharsets.UTF_8);
            Document both = TeamFixtures.load(dir);
            for (Document coding : List.of(anna, bo)) {
                for (Annotation a : List.copyOf(coding.getAnnotations())) {
                    Annotation copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(a);
                    copy.setType(glossa.core.codebook.Codebooks.find(both.getCodebook(), a.getType().getId())
                            .orElseThrow());
                    both.getAnnotations().add(copy);
                }
            }
            TeamFixtures.save(both, merged.resolve(SIDECAR));
            Result byAuthor = cli("agreement", merged.resolve(ARTICLE).toString(), "--coders", "Anna,Bo", "--json");
            assertEquals(0, byAuthor.code(), byAuthor.err());
            Map<?, ?> authors = (Map<?, ?>) Json.parse(byAuthor.out());
            assertEquals(authors.get("overall"), branches.get("overall"));
            assertEquals(authors.get("types"), branches.get("types"));
            Map<?, ?> overall = (Map<?, ?>) branches.get("overall");
            double percent = ((Number) overall.get("percent")).doubleValue();
            assertTrue(percent > 0.5 && percent < 1, "one span agreed, two not: " + overall);
            assertNotEquals(null, overall.get("kappa"), "two coders have a kappa");

            Result unknown = cli("agreement", dir.resolve(ARTICLE).toString(), "--coders",
                    "Anna@no-such-branch,Bo@bo-coding");
            assertEquals(2, unknown.code(), "a name whose @part is no branch is an author, and has no annotations");
            assertTrue(unknown.err().contains("Anna@no-such-branch"), unknown.err());
        }
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("Test", "test@example.org")
                .setCommitter("Test", "test@example.org").call();
    }
}
