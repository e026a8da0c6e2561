package glossa.team.tests;

import static glossa.team.tests.TeamFixtures.ANNA;
import static glossa.team.tests.TeamFixtures.BO;
import static glossa.team.tests.TeamFixtures.SIDECAR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.team.SyncResult;
import glossa.team.TeamException;

/** One synchronisation, in the order the analyst relies on: commit what is local, pull, merge, push; stop safely. */
class CaseSyncRulesTest {

    @TempDir
    Path tmp;

    private static SyncResult sync(Path dir, glossa.team.Author author) throws Exception {
        return CaseRepository.sync(dir, null, null, author, Credentials.NONE, null);
    }

    private static FileBasedConfig configOnDisk(Path dir) throws Exception {
        FileBasedConfig config = new FileBasedConfig(dir.resolve(".git/config").toFile(), FS.DETECTED);
        config.load();
        return config;
    }

    @Test
    void aCaseWithNothingCommittedAndAnEmptyRemoteHasNothingToSynchroniseYet() throws Exception {
        // A folder made a repository with plain git, no files yet; no credentials given at all.
        Path dir = Files.createDirectories(tmp.resolve("case"));
        Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
        String remote = TeamFixtures.bareRemote(tmp);
        SyncResult result = CaseRepository.sync(dir, remote, null, ANNA, null, null);
        assertEquals(SyncResult.Status.SYNCHRONIZED, result.status(), result.message());
        assertFalse(result.committed());
        assertEquals("nothing to synchronise yet", result.message());
    }

    @Test
    void theFirstSyncTiesTheBranchToTheRemoteAsPlainGitExpects() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        Path seed = TeamFixtures.seededCase(tmp, remote);
        FileBasedConfig config = configOnDisk(seed);
        assertEquals("origin", config.getString("branch", "main", "remote"));
        assertEquals("refs/heads/main", config.getString("branch", "main", "merge"));
        assertEquals(remote, config.getString("remote", "origin", "url"));
    }

    @Test
    void aBranchTheAnalystAlreadyTiedToTheRemoteStaysAsConfigured() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        Path seed = TeamFixtures.seededCase(tmp, remote);
        FileBasedConfig config = configOnDisk(seed);
        config.setString("branch", "main", "merge", "refs/heads/reviewed");
        config.save();
        TeamFixtures.annotate(seed, "a1", "结论", "Anna");
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(seed, ANNA).status());
        assertEquals("refs/heads/reviewed", configOnDisk(seed).getString("branch", "main", "merge"));
    }

    @Test
    void aRemoteThatCannotBeReachedFailsNamingTheCaseAndLosesNoLocalWork() throws Exception {
        for (IProgressMonitor monitor : Arrays.asList(null, new NullProgressMonitor())) {
            Path root = Files.createDirectories(tmp.resolve(monitor == null ? "no-monitor" : "monitor"));
            String remote = TeamFixtures.bareRemote(root);
            TeamFixtures.seededCase(root, remote);
            Path bo = TeamFixtures.cloneOf(remote, root.resolve("bo"));
            TeamFixtures.annotate(bo, "b1", "结论", "Bo");
            byte[] before = Files.readAllBytes(bo.resolve(SIDECAR));
            String gone = root.resolve("moved-away.git").toUri().toString();

            TeamException e = assertThrows(TeamException.class,
                    () -> CaseRepository.sync(bo, gone, null, BO, Credentials.NONE, monitor),
                    "a failure, not a cancel, with monitor " + monitor);
            assertTrue(e.getMessage().startsWith(bo + ": cannot synchronise"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(bo.resolve(SIDECAR)), "the working tree is as it was");
            assertEquals(Set.of(), CaseRepository.changedPaths(bo), "Bo's work is committed locally, not dropped");
            try (Git git = Git.open(bo.toFile())) {
                assertEquals(RepositoryState.SAFE, git.getRepository().getRepositoryState());
            }
            // Pointed back at the real remote, the next sync delivers it.
            assertEquals(SyncResult.Status.SYNCHRONIZED,
                    CaseRepository.sync(bo, remote, null, BO, Credentials.NONE, monitor).status());
        }
    }

    @Test
    void aPushTheRemoteRefusesKeepsTheMergeHereAndNamesTheBranch() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        TeamFixtures.seededCase(tmp, remote);
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));
        TeamFixtures.annotate(anna, "a1", "结论", "Anna");
        TeamFixtures.annotate(bo, "b1", "中国加快国产算力替代", "Bo");
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());
        // A stale lock on the remote's branch (another push that died): the remote refuses to move it.
        Path lock = Path.of(java.net.URI.create(remote)).resolve("refs/heads/main.lock");
        Files.writeString(lock, "");

        TeamException e = assertThrows(TeamException.class, () -> sync(bo, BO));
        assertTrue(e.getMessage().startsWith(bo + ": push of main failed"), e.getMessage());
        assertTrue(e.getMessage().endsWith("failed to lock"), "with the remote's own reason: " + e.getMessage());
        assertEquals(Set.of("a1", "b1"), TeamFixtures.view(TeamFixtures.load(bo)).keySet(), "merged here");
        try (Git git = Git.open(bo.toFile())) {
            assertEquals(RepositoryState.SAFE, git.getRepository().getRepositoryState(), "the merge is committed");
        }

        Files.delete(lock);
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(bo, BO).status());
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());
        assertEquals(Set.of("a1", "b1"), TeamFixtures.view(TeamFixtures.load(anna)).keySet());
    }

    @Test
    void whenTheRemoteMovesOnDuringTheSyncItSaysSynchroniseAgainAndTheNextOneDeliversBoth() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        TeamFixtures.seededCase(tmp, remote);
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));
        TeamFixtures.annotate(bo, "b1", "中国加快国产算力替代", "Bo");
        // Anna pushes just as Bo's push opens its connection, after Bo's fetch and merge.
        NullProgressMonitor annaPushesMeanwhile = new NullProgressMonitor() {
            boolean done;

            @Override
            public void subTask(String name) {
                if (!done && "Opening connection".equals(name)) {
                    done = true;
                    try {
                        TeamFixtures.annotate(anna, "a1", "结论", "Anna");
                        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
            }
        };

        SyncResult rejected = CaseRepository.sync(bo, null, null, BO, Credentials.NONE, annaPushesMeanwhile);
        assertEquals(SyncResult.Status.PUSH_REJECTED, rejected.status(), rejected.message());
        assertTrue(rejected.message().contains("synchronise again"), rejected.message());
        assertTrue(rejected.committed());
        assertEquals(Set.of("b1"), TeamFixtures.view(TeamFixtures.load(bo)).keySet(), "Bo's work is still here");

        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(bo, BO).status());
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());
        for (Path dir : List.of(anna, bo)) {
            assertEquals(Set.of("a1", "b1"), TeamFixtures.view(TeamFixtures.load(dir)).keySet(), dir.toString());
        }
    }

    @Test
    void aLocalChangeNotYetCommittedIsCommittedBeforeThePullNeverOverwritten() throws Exception {
        // Both edit the same line of a plain file; Bo has not committed. His line must survive the pull.
        String remote = TeamFixtures.bareRemote(tmp);
        Path seed = TeamFixtures.seededCase(tmp, remote);
        Files.writeString(seed.resolve("notes.txt"), "plan\n", StandardCharsets.UTF_8);
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(seed, ANNA).status());
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));
        Files.writeString(anna.resolve("notes.txt"), "plan by Anna\n", StandardCharsets.UTF_8);
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());
        Files.writeString(bo.resolve("notes.txt"), "plan by Bo\n", StandardCharsets.UTF_8);
        ObjectId remoteBefore;
        try (Git git = Git.open(anna.toFile())) {
            remoteBefore = git.getRepository().resolve(Constants.HEAD);
        }

        SyncResult result = sync(bo, BO);
        assertEquals(SyncResult.Status.TEXT_CONFLICTS, result.status(), result.message());
        assertTrue(result.committed(), "Bo's edit was committed first");
        assertEquals(List.of("notes.txt"), result.textConflicts());
        assertTrue(result.message().contains("notes.txt"), result.message());
        String notes = Files.readString(bo.resolve("notes.txt"), StandardCharsets.UTF_8);
        assertTrue(notes.contains("plan by Bo") && notes.contains("plan by Anna"), notes);
        try (Git git = Git.open(bo.toFile())) {
            git.fetch().call();
            assertEquals(remoteBefore, git.getRepository().resolve("refs/remotes/origin/main"), "nothing pushed");
        }
    }
}
