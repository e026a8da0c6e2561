package glossa.team.tests;

import static glossa.team.tests.TeamCli.cli;
import static glossa.team.tests.TeamFixtures.ANNA;
import static glossa.team.tests.TeamFixtures.ARTICLE;
import static glossa.team.tests.TeamFixtures.SIDECAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.cli.GlossaCli;
import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.team.SyncResult;
import glossa.team.tests.TeamCli.Result;

/**
 * What {@code case sync}, {@code case share} and {@code case clone} tell a user on the command line: a sync that
 * stops on a text conflict exits 1 and lists the conflict and the sidecar it held, a share that cannot share exits
 * 2, and a clone counts the articles it brought (one article, two articles). Remotes are file:// URLs.
 */
class CaseTeamCliOutputTest {

    @TempDir
    Path tmp;

    @Test
    void aSyncStoppedByATextConflictExitsOneAndListsIt() throws Exception {
        Path bo = TeamFixtures.textConflictClones(tmp).bo();
        try (Git git = Git.open(bo.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("user", null, "name", "Bo");
            config.setString("user", null, "email", "bo@example.org");
            config.save();
        }

        Result stopped = cli("case", "sync", bo.toString());
        assertEquals(1, stopped.code(), stopped.err() + stopped.out());
        List<String> lines = stopped.out().lines().toList();
        assertTrue(lines.get(0).startsWith("text conflicts in [" + ARTICLE + "]"), stopped.out());
        assertTrue(lines.contains("text conflict " + ARTICLE), stopped.out());
        assertTrue(lines.contains("held " + SIDECAR), stopped.out());
    }

    @Test
    void aShareThatCannotShareExitsTwo() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "not a folder");
        Result result = cli("case", "share", file.toString());
        assertEquals(GlossaCli.BAD_INPUT, result.code());
        assertEquals("glossa: not a case folder: " + file, result.err().strip());
    }

    @Test
    void aCloneCountsTheArticlesItBrought() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        Path seed = TeamFixtures.seededCase(tmp, remote);
        Path one = tmp.resolve("one").toAbsolutePath().normalize();
        Result first = cli("case", "clone", remote, one.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals("cloned " + remote + " into " + one + " (branch " + CaseRepository.DEFAULT_BRANCH
                + ", 1 article)", first.out().strip());

        Files.writeString(seed.resolve("second.txt"), "三、结论。\n", StandardCharsets.UTF_8);
        assertEquals(SyncResult.Status.SYNCHRONIZED,
                CaseRepository.sync(seed, null, "second", ANNA, Credentials.NONE, null).status());
        Path two = tmp.resolve("two").toAbsolutePath().normalize();
        Result second = cli("case", "clone", remote, two.toString());
        assertEquals(0, second.code(), second.err());
        assertEquals("cloned " + remote + " into " + two + " (branch " + CaseRepository.DEFAULT_BRANCH
                + ", 2 articles)", second.out().strip());
    }
}
