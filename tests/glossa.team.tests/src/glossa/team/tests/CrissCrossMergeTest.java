package glossa.team.tests;

import static glossa.team.tests.TeamFixtures.ANNA;
import static glossa.team.tests.TeamFixtures.BO;
import static glossa.team.tests.TeamFixtures.SIDECAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.model.Document;
import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.team.SyncResult;

/**
 * A criss-cross history: Anna and Bo each merge the other's first commit by hand, so their next sync has two merge
 * bases. JGit's recursive merge then merges the bases line by line into a virtual base, which for the sidecar holds
 * conflict markers; the sync must still end with every annotation both kept, and with what one of them deleted gone.
 */
class CrissCrossMergeTest {

    @TempDir
    Path tmp;

    private record Coders(Path anna, Path bo) {
    }

    /**
     * Anna and Bo, each with a clone of a seeded case: a first round committed and published on side branches
     * (Anna's a1; Bo's b1 and b0), then each merges the other's by hand, so their two merges have the same two
     * parents.
     */
    private Coders crissCrossed() throws Exception {
        String remote = TeamFixtures.bareRemote(tmp);
        TeamFixtures.seededCase(tmp, remote);
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));
        TeamFixtures.annotate(anna, "a1", "美国要求限制AI芯片出口", "Anna");
        CaseRepository.commit(anna, "a1", ANNA);
        TeamFixtures.annotate(bo, "b1", "中国加快国产算力替代", "Bo");
        TeamFixtures.annotate(bo, "b0", "结论", "Bo");
        CaseRepository.commit(bo, "b1", BO);
        push(anna, "anna-1");
        push(bo, "bo-1");
        crossMerge(anna, "bo-1", "b1", "b0");
        crossMerge(bo, "anna-1", "a1");
        return new Coders(anna, bo);
    }

    @Test
    void aSyncWithTwoMergeBasesLosesNothing() throws Exception {
        Coders coders = crissCrossed();
        Path anna = coders.anna();
        Path bo = coders.bo();


        // Second round: Anna adds, Bo adds, changes Anna's memo and deletes his own b0.
        TeamFixtures.annotate(anna, "a2", "OpenAI 称 DeepSeek", "Anna");
        TeamFixtures.annotate(bo, "b2", "技术出口管制升级", "Bo");
        TeamFixtures.setMemo(bo, "a1", "Bo: export controls, not sanctions");
        Document bos = TeamFixtures.load(bo);
        bos.getAnnotations().remove(TeamFixtures.annotation(bos, "b0"));
        TeamFixtures.save(bos, bo.resolve(SIDECAR));

        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());
        try (Git git = Git.open(bo.toFile())) {
            git.fetch().setRemote(CaseRepository.REMOTE).call();
            assertEquals(2, mergeBases(git, Constants.HEAD, "refs/remotes/origin/main").size(),
                    "the history is criss-cross");
        }
        SyncResult merged = sync(bo, BO);
        assertEquals(SyncResult.Status.SYNCHRONIZED, merged.status(), merged.message());
        assertEquals(List.of(SIDECAR), merged.merged());
        assertEquals(0, merged.fieldConflictCount(), merged.fieldConflicts().toString());
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());

        for (Path dir : List.of(anna, bo)) {
            Document d = TeamFixtures.load(dir);
            assertEquals(Set.of("a1", "a2", "b1", "b2"), TeamFixtures.view(d).keySet(),
                    "everything both kept, and not b0, which Bo deleted after both had it: " + dir);
            assertEquals("Bo: export controls, not sanctions", TeamFixtures.annotation(d, "a1").getMemo());
            String xmi = Files.readString(dir.resolve(SIDECAR), StandardCharsets.UTF_8);
            assertFalse(xmi.contains("<<<<<<<") || xmi.contains(">>>>>>>"), "no text conflict markers in " + dir);
        }
        assertEquals(TeamFixtures.view(TeamFixtures.load(anna)), TeamFixtures.view(TeamFixtures.load(bo)));
    }

    @Test
    void aCrissCrossSyncStoppedByATextConflictResumesFromAllItsBases() throws Exception {
        // As above, but both also reword the article's first line: the sync stops, Bo settles the text, and the
        // resumed sync must merge the held sidecar from both merge bases again (one base alone brings b0 back).
        Coders coders = crissCrossed();
        Path anna = coders.anna();
        Path bo = coders.bo();
        TeamFixtures.annotate(anna, "a2", "OpenAI 称 DeepSeek", "Anna");
        Files.writeString(anna.resolve(TeamFixtures.ARTICLE), TeamFixtures.TEXT.replace("一、", "第一、"),
                StandardCharsets.UTF_8);
        TeamFixtures.annotate(bo, "b2", "技术出口管制升级", "Bo");
        Document bos = TeamFixtures.load(bo);
        bos.getAnnotations().remove(TeamFixtures.annotation(bos, "b0"));
        TeamFixtures.save(bos, bo.resolve(SIDECAR));
        Files.writeString(bo.resolve(TeamFixtures.ARTICLE), TeamFixtures.TEXT.replace("一、", "其一、"),
                StandardCharsets.UTF_8);
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());

        SyncResult stopped = sync(bo, BO);
        assertEquals(SyncResult.Status.TEXT_CONFLICTS, stopped.status(), stopped.message());
        assertEquals(List.of(SIDECAR), stopped.held());
        Files.writeString(bo.resolve(TeamFixtures.ARTICLE), TeamFixtures.TEXT, StandardCharsets.UTF_8);
        SyncResult resumed = sync(bo, BO);
        assertEquals(SyncResult.Status.SYNCHRONIZED, resumed.status(), resumed.message());
        assertEquals(List.of(SIDECAR), resumed.merged());
        assertEquals(0, resumed.fieldConflictCount(), resumed.fieldConflicts().toString());
        assertEquals(SyncResult.Status.SYNCHRONIZED, sync(anna, ANNA).status());
        for (Path dir : List.of(anna, bo)) {
            assertEquals(Set.of("a1", "a2", "b1", "b2"), TeamFixtures.view(TeamFixtures.load(dir)).keySet(),
                    "not b0, which Bo deleted after both had it: " + dir);
        }
    }

    private static SyncResult sync(Path dir, glossa.team.Author author) throws Exception {
        return CaseRepository.sync(dir, null, null, author, Credentials.NONE, null);
    }

    private static void push(Path dir, String branch) throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            git.push().setRemote(CaseRepository.REMOTE)
                    .setRefSpecs(new RefSpec(Constants.HEAD + ":" + Constants.R_HEADS + branch)).call();
        }
    }

    /** Merges the other's side branch without committing, writes the union of both sidecars, commits. */
    private static void crossMerge(Path dir, String branch, String... theirIds) throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            git.fetch().setRemote(CaseRepository.REMOTE).call();
            Document ours = Documents.at(git, Constants.HEAD);
            Document theirs = Documents.at(git, "refs/remotes/origin/" + branch);
            git.merge().include(git.getRepository().resolve("refs/remotes/origin/" + branch)).setCommit(false)
                    .setFastForward(FastForwardMode.NO_FF).call();
            for (String id : theirIds) {
                ours.getAnnotations().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(TeamFixtures.annotation(theirs,
                        id)));
            }
            TeamFixtures.save(ours, dir.resolve(SIDECAR));
            git.add().addFilepattern(SIDECAR).call();
            git.commit().setMessage("merge " + branch + " by hand").call();
        }
    }

    private static List<RevCommit> mergeBases(Git git, String a, String b) throws Exception {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(git.getRepository().resolve(a)));
            walk.markStart(walk.parseCommit(git.getRepository().resolve(b)));
            List<RevCommit> bases = new ArrayList<>();
            for (RevCommit c = walk.next(); c != null; c = walk.next()) {
                bases.add(c);
            }
            return bases;
        }
    }

    /** A sidecar as a commit has it. */
    private static final class Documents {
        static Document at(Git git, String ref) throws Exception {
            ObjectId commit = git.getRepository().resolve(ref + "^{commit}");
            try (RevWalk walk = new RevWalk(git.getRepository());
                    var tree = org.eclipse.jgit.treewalk.TreeWalk.forPath(git.getRepository(), SIDECAR,
                            walk.parseCommit(commit).getTree())) {
                byte[] bytes = git.getRepository().open(tree.getObjectId(0)).getBytes();
                return new glossa.core.io.SidecarStore().load(bytes, Path.of(SIDECAR));
            }
        }
    }
}
