package glossa.team.tests;

import static glossa.team.tests.TeamFixtures.ANNA;
import static glossa.team.tests.TeamFixtures.ARTICLE;
import static glossa.team.tests.TeamFixtures.BO;
import static glossa.team.tests.TeamFixtures.SIDECAR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.merge.MergeResult;
import glossa.model.Document;
import glossa.model.MergeConflict;
import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.team.SyncResult;

/** Two coders share a case through a bare repository (file:// URL, no network) and synchronise. */
class CaseSyncTest {

    @TempDir
    Path tmp;

    private SyncResult sync(Path dir, glossa.team.Author author) throws Exception {
        return CaseRepository.sync(dir, null, null, author, Credentials.NONE, null);
    }

    @Test
    void twoCodersAnnotatingTheSameArticleBothEndWithTheUnion() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        TeamFixtures.seededCase(tmp, remote);
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));
        TeamFixtures.annotate(anna, "a1", "美国要求限制AI芯片出口", "Anna");
        TeamFixtures.annotate(anna, "a2", "结论", "Anna");
        TeamFixtures.annotate(bo, "b1", "中国加快国产算力替代", "Bo");

        SyncResult first = sync(anna, ANNA);
        assertEquals(SyncResult.Status.SYNCHRONIZED, first.status(), first.message());
        assertTrue(first.committed());
        SyncResult second = sync(bo, BO);
        assertEquals(SyncResult.Status.SYNCHRONIZED, second.status(), second.message());
        assertEquals(List.of(SIDECAR), second.merged(), "Bo's sync merges the sidecar both changed");
        assertEquals(0, second.fieldConflictCount());
        SyncResult third = sync(anna, ANNA);
        assertEquals(SyncResult.Status.SYNCHRONIZED, third.status(), third.message());

        Document annas = TeamFixtures.load(anna);
        Document bos = TeamFixtures.load(bo);
        assertEquals(Set.of("a1", "a2", "b1"), TeamFixtures.view(annas).keySet());
        assertEquals(TeamFixtures.view(annas), TeamFixtures.view(bos));
        assertEquals("Bo", TeamFixtures.annotation(annas, "b1").getAuthor());
        assertEquals("Anna", TeamFixtures.annotation(bos, "a1").getAuthor());
        for (Path dir : List.of(anna, bo)) {
            String xmi = Files.readString(dir.resolve(SIDECAR), StandardCharsets.UTF_8);
            assertFalse(xmi.contains("<<<<<<<") || xmi.contains(">>>>>>>"), "no text conflict markers in " + dir);
        }
        try (Git git = Git.open(anna.toFile())) {
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            assertEquals(2, head.getParentCount(), "the merge commit has both coders' commits as parents");
            assertEquals("Bo", head.getAuthorIdent().getName());
            assertEquals(RepositoryState.SAFE, git.getRepository().getRepositoryState());
            assertEquals(head.getId(), remoteHead(git));
        }
    }

    @Test
    void aFieldBothChangedIsRecordedAndCanBeResolved() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        Path seed = Files.createDirectories(tmp.resolve("seed"));
        Files.writeString(seed.resolve(ARTICLE), TeamFixtures.TEXT, StandardCharsets.UTF_8);
        TeamFixtures.save(TeamFixtures.document(), seed.resolve(SIDECAR));
        TeamFixtures.annotate(seed, "x", "OpenAI 称 DeepSeek", "Anna");
        CaseRepository.share(seed);
        assertEquals(SyncResult.Status.SYNCHRONIZED,
                CaseRepository.sync(seed, remote, "seed", ANNA, Credentials.NONE, null).status());
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));
        TeamFixtures.setMemo(anna, "x", "a cost claim");
        TeamFixtures.setMemo(bo, "x", "a capability claim");

        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());
        SyncResult merged = sync(bo, BO);
        assertEquals(SyncResult.Status.SYNCHRONIZED, merged.status(), merged.message());
        assertEquals(1, merged.fieldConflictCount());
        MergeResult.Conflict conflict = merged.fieldConflicts().get(SIDECAR).get(0);
        assertEquals("x", conflict.objectId());
        assertEquals("memo", conflict.feature());
        assertEquals("a capability claim", conflict.ours());
        assertEquals("a cost claim", conflict.theirs());

        // The conflict travels with the sidecar, for the Merge Conflicts view of either coder.
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());
        Document annas = TeamFixtures.load(anna);
        assertEquals(1, annas.getConflicts().size());
        MergeConflict record = annas.getConflicts().get(0);
        assertEquals("a capability claim", TeamFixtures.annotation(annas, "x").getMemo(), "ours (Bo's) value stays");
        assertEquals("a cost claim", record.getTheirs());

        // Anna resolves it: take theirs (her own reading), drop the record, and synchronise.
        TeamFixtures.annotation(annas, "x").setMemo(record.getTheirs());
        annas.getConflicts().remove(record);
        TeamFixtures.save(annas, anna.resolve(SIDECAR));
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(bo, BO).status());
        for (Path dir : List.of(anna, bo)) {
            Document d = TeamFixtures.load(dir);
            assertEquals("a cost claim", TeamFixtures.annotation(d, "x").getMemo(), dir.toString());
            assertEquals(0, d.getConflicts().size(), dir.toString());
        }
    }

    @Test
    void anArticleTextConflictStopsWithMarkersAndLeavesTheSidecarAlone() throws Exception {
        TeamFixtures.Clones clones = TeamFixtures.textConflictClones(tmp);
        Path anna = clones.anna();
        Path bo = clones.bo();
        byte[] bosSidecar = Files.readAllBytes(bo.resolve(SIDECAR));
        ObjectId remoteBefore;
        try (Git git = Git.open(anna.toFile())) {
            remoteBefore = remoteHead(git);
        }

        SyncResult stopped = sync(bo, BO);
        assertEquals(SyncResult.Status.TEXT_CONFLICTS, stopped.status(), stopped.message());
        assertEquals(List.of(ARTICLE), stopped.textConflicts());
        assertEquals(List.of(SIDECAR), stopped.held());
        assertTrue(Files.readString(bo.resolve(ARTICLE), StandardCharsets.UTF_8).contains("<<<<<<<"),
                "JGit's text merge leaves its markers in the article");
        assertArrayEquals(bosSidecar, Files.readAllBytes(bo.resolve(SIDECAR)), "the sidecar is untouched");
        assertEquals(Set.of("b1"), TeamFixtures.view(TeamFixtures.load(bo)).keySet());
        try (Git git = Git.open(bo.toFile())) {
            assertEquals(RepositoryState.MERGING, git.getRepository().getRepositoryState());
            assertEquals(remoteBefore, remoteHead(git), "nothing was pushed");
        }

        // Bo settles the text; the next sync merges the held sidecar and pushes.
        Files.writeString(bo.resolve(ARTICLE), TeamFixtures.TEXT.replace("一、技术出口管制升级。", "一、出口管制。"),
                StandardCharsets.UTF_8);
        SyncResult resumed = sync(bo, BO);
        assertEquals(SyncResult.Status.SYNCHRONIZED, resumed.status(), resumed.message());
        assertEquals(List.of(SIDECAR), resumed.merged());
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());
        assertEquals(Set.of("a1", "b1"), TeamFixtures.view(TeamFixtures.load(anna)).keySet());
        assertEquals(Files.readString(bo.resolve(ARTICLE)), Files.readString(anna.resolve(ARTICLE)));
    }

    @Test
    void aCancelledPullLeavesTheWorkingTreeAsGitLeftIt() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        TeamFixtures.seededCase(tmp, remote);
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));
        TeamFixtures.annotate(anna, "a1", "结论", "Anna");
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());
        TeamFixtures.annotate(bo, "b1", "中国加快国产算力替代", "Bo");
        byte[] sidecarBefore = Files.readAllBytes(bo.resolve(SIDECAR));
        ObjectId headBefore;
        try (Git git = Git.open(bo.toFile())) {
            headBefore = git.getRepository().resolve(Constants.HEAD);
        }

        CancelOnFirstTask monitor = new CancelOnFirstTask();
        SyncResult cancelled = CaseRepository.sync(bo, null, null, BO, Credentials.NONE, monitor);
        assertEquals(SyncResult.Status.CANCELLED, cancelled.status(), cancelled.message());
        assertTrue(monitor.isCanceled(), "cancelled during " + monitor.task);
        assertArrayEquals(sidecarBefore, Files.readAllBytes(bo.resolve(SIDECAR)), "the sidecar is as it was");
        assertEquals(Set.of("b1"), TeamFixtures.view(TeamFixtures.load(bo)).keySet());
        try (Git git = Git.open(bo.toFile())) {
            assertEquals(RepositoryState.SAFE, git.getRepository().getRepositoryState());
            ObjectId head = git.getRepository().resolve(Constants.HEAD);
            // The local commit of Bo's work may have happened before the cancel; nobody else's work came in.
            try (var walk = new org.eclipse.jgit.revwalk.RevWalk(git.getRepository())) {
                RevCommit commit = walk.parseCommit(head);
                assertTrue(head.equals(headBefore) || commit.getParent(0).getId().equals(headBefore));
            }
            assertNotEquals(remoteHead(git), head, "nothing was pushed");
        }

        SyncResult again = sync(bo, BO);
        assertEquals(SyncResult.Status.SYNCHRONIZED, again.status(), again.message());
        assertEquals(Set.of("a1", "b1"), TeamFixtures.view(TeamFixtures.load(bo)).keySet());
    }

    private static ObjectId remoteHead(Git git) throws Exception {
        git.fetch().call();
        return git.getRepository().resolve(Constants.R_REMOTES + "origin/" + CaseRepository.DEFAULT_BRANCH);
    }

    /** Cancels as soon as JGit starts a task (counting, receiving, ...): the first moment it can stop. */
    private static final class CancelOnFirstTask extends NullProgressMonitor {
        String task;

        @Override
        public void subTask(String name) {
            if (task == null && name != null && !name.isEmpty()) {
                task = name;
                setCanceled(true);
            }
        }
    }
}
