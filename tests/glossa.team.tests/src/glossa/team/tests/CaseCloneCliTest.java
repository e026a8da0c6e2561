package glossa.team.tests;

import static glossa.team.tests.TeamCli.cli;
import static glossa.team.tests.TeamFixtures.ARTICLE;
import static glossa.team.tests.TeamFixtures.SIDECAR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.exchange.json.Json;
import glossa.team.CaseRepository;
import glossa.team.tests.TeamCli.Result;

/** {@code glossa-cli case clone URL DIR}: the command line's Clone Case. */
class CaseCloneCliTest {

    @TempDir
    Path tmp;

    @Test
    void cloneMakesASharedCaseWithTheDriverConfigAndReportsItInJson() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        Path seed = TeamFixtures.seededCase(tmp, remote);
        Path dir = tmp.resolve("clones").resolve("bo");

        Result cloned = cli("case", "clone", remote, dir.toString(), "--json");
        assertEquals(0, cloned.code(), cloned.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(cloned.out());
        assertEquals(dir.toAbsolutePath().normalize().toString(), json.get("case"));
        assertEquals(remote, json.get("remote"));
        assertEquals(CaseRepository.DEFAULT_BRANCH, json.get("branch"));
        assertEquals(CaseRepository.head(seed).commit(), json.get("commit"));
        assertEquals(1, ((Number) json.get("articles")).intValue());

        assertArrayEquals(Files.readAllBytes(seed.resolve(SIDECAR)), Files.readAllBytes(dir.resolve(SIDECAR)));
        assertEquals(Files.readString(seed.resolve(ARTICLE)), Files.readString(dir.resolve(ARTICLE)));
        try (Git git = Git.open(dir.toFile())) {
            assertEquals("glossa-cli merge %O %A %B",
                    git.getRepository().getConfig().getString("merge", "glossa", "driver"),
                    "the driver config, which Git never copies, is written");
        }
        assertEquals(remote, CaseRepository.remoteUrl(dir));

        Result plain = cli("case", "clone", remote, tmp.resolve("anna").toString());
        assertEquals(0, plain.code(), plain.err());
        assertTrue(plain.out().startsWith("cloned " + remote + " into "), plain.out());
    }

    /**
     * A bare repository made with plain {@code git init --bare} says HEAD is master; a case synchronised to it
     * pushes main. Cloning it still gets main (JGit alone would stop: "Remote branch 'HEAD' not found").
     */
    @Test
    void aRemoteWhoseHeadNamesNoBranchClonesMain() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        Path seed = TeamFixtures.seededCase(tmp, remote);
        try (Git bare = Git.open(Path.of(java.net.URI.create(remote)).toFile())) {
            org.eclipse.jgit.lib.RefUpdate head = bare.getRepository().updateRef(org.eclipse.jgit.lib.Constants.HEAD);
            head.link(org.eclipse.jgit.lib.Constants.R_HEADS + org.eclipse.jgit.lib.Constants.MASTER);
        }
        Path dir = tmp.resolve("from-dangling-head");
        Result cloned = cli("case", "clone", remote, dir.toString(), "--json");
        assertEquals(0, cloned.code(), cloned.err());
        assertEquals(CaseRepository.DEFAULT_BRANCH, CaseRepository.head(dir).branch());
        assertEquals(CaseRepository.head(seed).commit(), CaseRepository.head(dir).commit());
        assertArrayEquals(Files.readAllBytes(seed.resolve(SIDECAR)), Files.readAllBytes(dir.resolve(SIDECAR)));
    }

    @Test
    void aNonEmptyFolderOrAnUnreachableRemoteIsBadInputAndLeavesNothing() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        TeamFixtures.seededCase(tmp, remote);
        Path taken = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(taken.resolve("notes.txt"), "mine");

        Result refused = cli("case", "clone", remote, taken.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("must be new or empty"), refused.err());
        assertEquals("mine", Files.readString(taken.resolve("notes.txt")));
        assertFalse(Files.exists(taken.resolve(".git")));

        Path target = tmp.resolve("nowhere-clone");
        Result missing = cli("case", "clone", tmp.resolve("no-such.git").toUri().toString(), target.toString());
        assertEquals(2, missing.code(), missing.out());
        assertTrue(missing.err().contains("cannot clone"), missing.err());
        assertFalse(Files.exists(target), "a failed clone leaves no folder");

        Result usage = cli("case", "clone", remote);
        assertEquals(2, usage.code());
    }
}
