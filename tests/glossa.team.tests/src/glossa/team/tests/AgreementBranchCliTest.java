package glossa.team.tests;

import static glossa.team.tests.TeamFixtures.ARTICLE;
import static glossa.team.tests.TeamFixtures.SIDECAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.cli.GlossaCli;
import glossa.exchange.json.Json;
import glossa.model.Annotation;
import glossa.model.Document;

/**
 * {@code glossa-cli agreement FILE --coders anna@anna-coding,bo@bo-coding}: each coder codes on a branch of their
 * own; the figures equal those of one sidecar holding both codings, compared by author.
 */
class AgreementBranchCliTest {

    @TempDir
    Path tmp;

    private static String[] cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GlossaCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] { String.valueOf(code), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8) };
    }

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

            String[] byBranch = cli("agreement", dir.resolve(ARTICLE).toString(), "--coders",
                    "Anna@anna-coding,Bo@bo-coding", "--json");
            assertEquals("0", byBranch[0], byBranch[2]);
            Map<?, ?> branches = (Map<?, ?>) Json.parse(byBranch[1]);
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
            String[] byAuthor = cli("agreement", merged.resolve(ARTICLE).toString(), "--coders", "Anna,Bo", "--json");
            assertEquals("0", byAuthor[0], byAuthor[2]);
            Map<?, ?> authors = (Map<?, ?>) Json.parse(byAuthor[1]);
            assertEquals(authors.get("overall"), branches.get("overall"));
            assertEquals(authors.get("types"), branches.get("types"));
            Map<?, ?> overall = (Map<?, ?>) branches.get("overall");
            double percent = ((Number) overall.get("percent")).doubleValue();
            assertTrue(percent > 0.5 && percent < 1, "one span agreed, two not: " + overall);
            assertNotEquals(null, overall.get("kappa"), "two coders have a kappa");

            String[] unknown = cli("agreement", dir.resolve(ARTICLE).toString(), "--coders",
                    "Anna@no-such-branch,Bo@bo-coding");
            assertEquals("2", unknown[0], "a name whose @part is no branch is an author, and has no annotations");
            assertTrue(unknown[2].contains("Anna@no-such-branch"), unknown[2]);
        }
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("Test", "test@example.org")
                .setCommitter("Test", "test@example.org").call();
    }
}
