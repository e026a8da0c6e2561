package glossa.team.tests;

import static glossa.team.tests.TeamCli.cli;
import static glossa.team.tests.TeamFixtures.ARTICLE;
import static glossa.team.tests.TeamFixtures.SIDECAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import glossa.team.tests.TeamCli.Result;

/**
 * {@code glossa-cli agreement FILE --branch B1 --branch B2}: each branch's version of the sidecar is one coder,
 * whoever wrote it; the figures equal those of the same two codings compared by author in one sidecar.
 */
class AgreementBranchOptionTest {

    @TempDir
    Path tmp;

    @Test
    void eachBranchIsACoderAndTheFiguresAreThoseOfTheAuthorsInOneSidecar() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("case"));
        Files.writeString(dir.resolve(ARTICLE), TeamFixtures.TEXT, StandardCharsets.UTF_8);
        TeamFixtures.save(TeamFixtures.document(), dir.resolve(SIDECAR));
        String article = dir.resolve(ARTICLE).toString();
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, "base");
            git.branchCreate().setName("anna-coding").call();
            git.branchCreate().setName("bo-coding").call();
            git.checkout().setName("anna-coding").call();
            TeamFixtures.annotate(dir, "a1", "美国要求限制AI芯片出口", "Anna");
            TeamFixtures.annotate(dir, "a2", "结论", "Anna");
            commit(git, "Anna's coding");
            git.checkout().setName("bo-coding").call();
            TeamFixtures.annotate(dir, "b1", "美国要求限制AI芯片出口", "Bo");
            TeamFixtures.annotate(dir, "b2", "中国加快国产算力替代", "Bo");
            commit(git, "Bo's coding");

            // The reference: both codings in one working sidecar (bo-coding plus Anna's two), by author.
            TeamFixtures.annotate(dir, "a1", "美国要求限制AI芯片出口", "Anna");
            TeamFixtures.annotate(dir, "a2", "结论", "Anna");
            Result byAuthor = cli("agreement", article, "--coders", "Anna,Bo", "--json");
            assertEquals(0, byAuthor.code(), byAuthor.err());
            git.checkout().setName("main").setForced(true).call();
            assertTrue(TeamFixtures.load(dir).getAnnotations().isEmpty(), "main's sidecar has no coding");

            Result byBranch = cli("agreement", article, "--branch", "anna-coding", "--branch", "bo-coding",
                    "--json");
            assertEquals(0, byBranch.code(), byBranch.err());
            Map<?, ?> branches = (Map<?, ?>) Json.parse(byBranch.out());
            Map<?, ?> authors = (Map<?, ?>) Json.parse(byAuthor.out());
            assertEquals(List.of("anna-coding", "bo-coding"), branches.get("coders"));
            assertEquals("characters", branches.get("units"));
            assertEquals(authors.get("overall"), branches.get("overall"));
            assertEquals(authors.get("types"), branches.get("types"));
            assertTrue(((Map<?, ?>) branches.get("overall")).containsKey("kappa"), "two coders have a kappa");

            // One branch is compared with the working sidecar (a coder only once it has an annotation).
            TeamFixtures.annotate(dir, "c1", "中国加快国产算力替代", "Chen");
            Result one = cli("agreement", article, "-b", "bo-coding", "--json");
            assertEquals(0, one.code(), one.err());
            assertEquals(List.of("working", "bo-coding"), ((Map<?, ?>) Json.parse(one.out())).get("coders"));

            Result unknown = cli("agreement", article, "--branch", "no-such-branch", "--branch", "bo-coding");
            assertEquals(2, unknown.code());
            assertTrue(unknown.err().contains("no-such-branch"), unknown.err());
            Result mixed = cli("agreement", article, "--branch", "bo-coding", "--coders", "Anna,Bo");
            assertEquals(2, mixed.code());
            Result folder = cli("agreement", dir.toString(), "--branch", "bo-coding");
            assertEquals(2, folder.code());
        }
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("Test", "test@example.org")
                .setCommitter("Test", "test@example.org").call();
    }
}
