package glossa.team.tests;

import static glossa.team.tests.TeamFixtures.ANNA;
import static glossa.team.tests.TeamFixtures.ARTICLE;
import static glossa.team.tests.TeamFixtures.BO;
import static glossa.team.tests.TeamFixtures.SIDECAR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RepositoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Relation;
import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.team.SyncResult;

/**
 * What two coders find in a sidecar after synchronising, when their edits meet in ways the line merge of XMI gets
 * wrong or cannot settle: nothing either wrote is dropped without a conflict record, and the file loads again.
 */
class SidecarMergeOnSyncTest {

    @TempDir
    Path tmp;

    /** Edits one sidecar as the workbench would: load, change, save. */
    interface Edit {
        void apply(Document d) throws Exception;
    }

    private static void edit(Path folder, Edit edit) throws Exception {
        Document d = TeamFixtures.load(folder);
        edit.apply(d);
        TeamFixtures.save(d, folder.resolve(SIDECAR));
    }

    private static SyncResult sync(Path dir, glossa.team.Author author) throws Exception {
        return CaseRepository.sync(dir, null, null, author, Credentials.NONE, null);
    }

    private static void assertSynchronized(SyncResult result) {
        assertEquals(SyncResult.Status.SYNCHRONIZED, result.status(), result.message());
    }

    /**
     * A case whose article lies in {@code sub} (may be "") with annotations x1, m0..m4 (the middle) and x9 spread over
     * the sidecar, synchronised to a new remote; returns the remote's URL.
     */
    private static String seed(Path root, String sub) throws Exception {
        String remote = TeamFixtures.bareRemote(root);
        Path seed = Files.createDirectories(root.resolve("seed"));
        Path folder = Files.createDirectories(seed.resolve(sub));
        Files.writeString(folder.resolve(ARTICLE), TeamFixtures.TEXT, StandardCharsets.UTF_8);
        TeamFixtures.save(TeamFixtures.document(), folder.resolve(SIDECAR));
        TeamFixtures.annotate(folder, "x1", "一、技术出口管制升级", "Seed");
        for (int i = 0; i < 5; i++) {
            TeamFixtures.annotate(folder, "m" + i, "OpenAI", "Seed");
        }
        TeamFixtures.annotate(folder, "x9", "结论", "Seed");
        CaseRepository.share(seed);
        assertSynchronized(CaseRepository.sync(seed, remote, "seed", ANNA, Credentials.NONE, null));
        return remote;
    }

    private static Set<String> ids(Path folder) throws Exception {
        return TeamFixtures.view(TeamFixtures.load(folder)).keySet();
    }

    @Test
    void anAnnotationOneCoderDeletedStaysDeletedWhenTheOtherChangedAnotherOne() throws Exception {
        // Far apart in the XMI, so Git's line merge settles the file cleanly; the sync merges it again by meaning,
        // from the real common base (a merge without one would bring the deleted annotation back). The article lies
        // in a subfolder, as in a case with several folders.
        String remote = seed(tmp, "articles");
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));
        edit(anna.resolve("articles"), d -> d.getAnnotations().remove(TeamFixtures.annotation(d, "m2")));
        TeamFixtures.setMemo(bo.resolve("articles"), "x9", "Bo's reading");

        assertSynchronized(sync(anna, ANNA));
        SyncResult bos = sync(bo, BO);
        assertSynchronized(bos);
        assertEquals(List.of("articles/" + SIDECAR), bos.merged(), "reported as merged by the semantic merge");
        assertEquals(0, bos.fieldConflictCount());
        assertSynchronized(sync(anna, ANNA));
        for (Path dir : List.of(anna, bo)) {
            Path folder = dir.resolve("articles");
            assertEquals(Set.of("x1", "m0", "m1", "m3", "m4", "x9"), ids(folder), dir.toString());
            assertEquals("Bo's reading", TeamFixtures.annotation(TeamFixtures.load(folder), "x9").getMemo());
            assertEquals(0, TeamFixtures.load(folder).getConflicts().size());
        }
    }

    @Test
    void aRelationToAnAnnotationTheOtherCoderDeletedKeepsThatAnnotationWithAConflict() throws Exception {
        // Anna deletes m2; Bo links x9 to m2. Line by line both edits apply cleanly and the relation would point at
        // nothing; by meaning, m2 stays for Bo's relation and the deletion is recorded as a conflict.
        String remote = seed(tmp, "");
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));
        edit(anna, d -> d.getAnnotations().remove(TeamFixtures.annotation(d, "m2")));
        edit(bo, d -> {
            Relation r = GlossaFactory.eINSTANCE.createRelation();
            r.setId("r1");
            r.setKind("supports");
            r.setSource(TeamFixtures.annotation(d, "x9"));
            r.setTarget(TeamFixtures.annotation(d, "m2"));
            d.getRelations().add(r);
        });

        assertSynchronized(sync(anna, ANNA));
        SyncResult bos = sync(bo, BO);
        assertSynchronized(bos);
        assertEquals(List.of(SIDECAR), bos.merged());
        assertTrue(bos.fieldConflictCount() >= 1, "the deletion is recorded, not silently undone: " + bos);
        Document merged = TeamFixtures.load(bo);
        assertTrue(ids(bo).contains("m2"));
        assertEquals(1, merged.getRelations().size());
        assertEquals("m2", merged.getRelations().get(0).getTarget().getId());
        assertFalse(merged.getConflicts().isEmpty(), "the record travels in the sidecar");
    }

    /** Which side deletes the annotation that the other gives a memo. */
    private record DeleteVsChange(String name, boolean annaDeletes) {
    }

    @Test
    void anAnnotationDeletedOnOneSideAndChangedOnTheOtherIsKeptChangedWithAConflict() throws Exception {
        for (DeleteVsChange row : List.of(new DeleteVsChange("theirs (Anna) deletes", true),
                new DeleteVsChange("ours (Bo) deletes", false))) {
            Path root = Files.createDirectories(tmp.resolve(row.annaDeletes() ? "anna-deletes" : "bo-deletes"));
            String remote = seed(root, "");
            Path anna = TeamFixtures.cloneOf(remote, root.resolve("anna"));
            Path bo = TeamFixtures.cloneOf(remote, root.resolve("bo"));
            Path deleter = row.annaDeletes() ? anna : bo;
            Path changer = row.annaDeletes() ? bo : anna;
            edit(deleter, d -> d.getAnnotations().remove(TeamFixtures.annotation(d, "m2")));
            TeamFixtures.setMemo(changer, "m2", "still needed");

            assertSynchronized(sync(anna, ANNA));
            SyncResult bos = sync(bo, BO);
            assertSynchronized(bos);
            assertEquals(List.of(SIDECAR), bos.merged(), row.name());
            assertEquals(Set.of("x1", "m0", "m1", "m2", "m3", "m4", "x9"), ids(bo), row.name());
            assertEquals("still needed", TeamFixtures.annotation(TeamFixtures.load(bo), "m2").getMemo(), row.name());
            assertTrue(bos.fieldConflicts().get(SIDECAR).stream().anyMatch(c -> "m2".equals(c.objectId())),
                    row.name() + ": " + bos.fieldConflicts());
            assertSynchronized(sync(anna, ANNA));
            assertEquals(TeamFixtures.view(TeamFixtures.load(bo)), TeamFixtures.view(TeamFixtures.load(anna)),
                    row.name());
        }
    }

    @Test
    void aSidecarFileDeletedByOneCoderAndAnnotatedByTheOtherIsKeptWithTheAnnotations() throws Exception {
        for (boolean annaDeletes : List.of(true, false)) {
            Path root = Files.createDirectories(tmp.resolve(annaDeletes ? "anna-deletes" : "bo-deletes"));
            String remote = seed(root, "");
            Path anna = TeamFixtures.cloneOf(remote, root.resolve("anna"));
            Path bo = TeamFixtures.cloneOf(remote, root.resolve("bo"));
            Path deleter = annaDeletes ? anna : bo;
            Path annotator = annaDeletes ? bo : anna;
            Files.delete(deleter.resolve(SIDECAR));
            TeamFixtures.annotate(annotator, "new", "中国加快国产算力替代", "Annotator");

            assertSynchronized(sync(anna, ANNA));
            SyncResult bos = sync(bo, BO);
            assertSynchronized(bos);
            assertEquals(List.of(SIDECAR), bos.merged(), "deleter " + deleter);
            assertSynchronized(sync(anna, ANNA));
            for (Path dir : List.of(anna, bo)) {
                assertEquals(Set.of("x1", "m0", "m1", "m2", "m3", "m4", "x9", "new"), ids(dir),
                        "deleter " + deleter + ", in " + dir);
            }
        }
    }

    @Test
    void aSidecarBothCodersStartedWithoutACommonBaseKeepsBothCodings() throws Exception {
        // Both add the same article with their own sidecar: no base at all, so everything counts as added.
        String remote = TeamFixtures.bareRemote(tmp);
        TeamFixtures.seededCase(tmp, remote);
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));
        for (Path dir : List.of(anna, bo)) {
            Path folder = Files.createDirectories(dir.resolve("new"));
            Files.writeString(folder.resolve(ARTICLE), TeamFixtures.TEXT, StandardCharsets.UTF_8);
            TeamFixtures.save(TeamFixtures.document(), folder.resolve(SIDECAR));
        }
        TeamFixtures.annotate(anna.resolve("new"), "a1", "结论", "Anna");
        TeamFixtures.annotate(bo.resolve("new"), "b1", "美国要求限制AI芯片出口", "Bo");

        assertSynchronized(sync(anna, ANNA));
        SyncResult bos = sync(bo, BO);
        assertSynchronized(bos);
        assertEquals(List.of("new/" + SIDECAR), bos.merged());
        assertSynchronized(sync(anna, ANNA));
        assertEquals(Set.of("a1", "b1"), ids(anna.resolve("new")));
        assertEquals(Set.of("a1", "b1"), ids(bo.resolve("new")));
    }

    @Test
    void anEmptySidecarInTheBaseOrOnOneSideLosesNothingTheOtherWrote() throws Exception {
        // The base's sidecar is an empty file (an article registered before anyone coded it); Bo's own sidecar was
        // emptied too (an interrupted save outside Glossa). Anna's annotation survives, and the file loads.
        String remote = TeamFixtures.bareRemote(tmp);
        Path seed = Files.createDirectories(tmp.resolve("seed"));
        Files.writeString(seed.resolve(ARTICLE), TeamFixtures.TEXT, StandardCharsets.UTF_8);
        Files.write(seed.resolve(SIDECAR), new byte[0]);
        CaseRepository.share(seed);
        assertSynchronized(CaseRepository.sync(seed, remote, "seed", ANNA, Credentials.NONE, null));
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));
        TeamFixtures.save(TeamFixtures.document(), anna.resolve(SIDECAR));
        TeamFixtures.annotate(anna, "a1", "结论", "Anna");
        TeamFixtures.save(TeamFixtures.document(), bo.resolve(SIDECAR));
        TeamFixtures.annotate(bo, "b1", "美国要求限制AI芯片出口", "Bo");

        assertSynchronized(sync(anna, ANNA));
        assertSynchronized(sync(bo, BO));
        assertEquals(Set.of("a1", "b1"), ids(bo), "an empty base is no base: both are additions");

        // Now Bo's sidecar is emptied and Anna adds another annotation.
        assertSynchronized(sync(anna, ANNA));
        Files.write(bo.resolve(SIDECAR), new byte[0]);
        TeamFixtures.annotate(anna, "a2", "中国加快国产算力替代", "Anna");
        assertSynchronized(sync(anna, ANNA));
        SyncResult bos = sync(bo, BO);
        assertSynchronized(bos);
        assertTrue(ids(bo).contains("a2"), "Anna's new annotation came in: " + ids(bo));
    }

    @Test
    void onlyTheSidecarsBothCodersChangedAreReportedAsMerged() throws Exception {
        // Anna codes one article, Bo another: Git merges the commits, and neither sidecar needs the semantic merge.
        String remote = TeamFixtures.bareRemote(tmp);
        Path seed = TeamFixtures.seededCase(tmp, remote);
        Path second = Files.createDirectories(seed.resolve("second"));
        Files.writeString(second.resolve(ARTICLE), TeamFixtures.TEXT, StandardCharsets.UTF_8);
        TeamFixtures.save(TeamFixtures.document(), second.resolve(SIDECAR));
        assertSynchronized(sync(seed, ANNA));
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));
        TeamFixtures.annotate(anna, "a1", "结论", "Anna");
        TeamFixtures.annotate(bo.resolve("second"), "b1", "结论", "Bo");

        assertSynchronized(sync(anna, ANNA));
        SyncResult bos = sync(bo, BO);
        assertSynchronized(bos);
        assertEquals(List.of(), bos.merged());
        assertSynchronized(sync(anna, ANNA));
        for (Path dir : List.of(anna, bo)) {
            assertEquals(Set.of("a1"), ids(dir));
            assertEquals(Set.of("b1"), ids(dir.resolve("second")));
        }
    }

    @Test
    void synchronisingAgainWithTheMarkersStillInTheArticleStopsAgainAndPushesNothing() throws Exception {
        TeamFixtures.Clones clones = TeamFixtures.textConflictClones(tmp);
        Path bo = clones.bo();
        byte[] bosSidecar = Files.readAllBytes(bo.resolve(SIDECAR));
        SyncResult first = sync(bo, BO);
        assertEquals(SyncResult.Status.TEXT_CONFLICTS, first.status(), first.message());
        String withMarkers = Files.readString(bo.resolve(ARTICLE), StandardCharsets.UTF_8);
        ObjectId remoteBefore = remoteHead(bo);

        SyncResult again = sync(bo, BO);
        assertEquals(SyncResult.Status.TEXT_CONFLICTS, again.status(), again.message());
        assertEquals(List.of(ARTICLE), again.textConflicts());
        assertEquals(List.of(SIDECAR), again.held());
        assertTrue(again.message().contains(ARTICLE), "the message names the file: " + again.message());
        assertFalse(again.committed());
        assertEquals(withMarkers, Files.readString(bo.resolve(ARTICLE), StandardCharsets.UTF_8));
        assertArrayEquals(bosSidecar, Files.readAllBytes(bo.resolve(SIDECAR)), "the held sidecar is Bo's still");
        try (Git git = Git.open(bo.toFile())) {
            assertEquals(RepositoryState.MERGING, git.getRepository().getRepositoryState());
        }
        assertEquals(remoteBefore, remoteHead(bo), "markers never reach the remote");
    }

    @Test
    void aResumedMergeIsCommittedWithTheAnalystsMessageOrGitsMergeMessage() throws Exception {
        for (String message : new String[] { null, "settled the first line" }) {
            Path root = Files.createDirectories(tmp.resolve(message == null ? "default" : "given"));
            TeamFixtures.Clones clones = TeamFixtures.textConflictClones(root);
            Path bo = clones.bo();
            assertEquals(SyncResult.Status.TEXT_CONFLICTS, sync(bo, BO).status());
            Files.writeString(bo.resolve(ARTICLE), TeamFixtures.TEXT, StandardCharsets.UTF_8);
            SyncResult resumed = CaseRepository.sync(bo, null, message, BO, Credentials.NONE, null);
            assertSynchronized(resumed);
            try (Git git = Git.open(bo.toFile())) {
                var head = git.log().setMaxCount(1).call().iterator().next();
                assertEquals(2, head.getParentCount());
                if (message == null) {
                    assertTrue(head.getFullMessage().startsWith("Glossa: merge origin/main"),
                            head.getFullMessage());
                } else {
                    assertEquals(message, head.getFullMessage());
                }
            }
        }
    }

    private static ObjectId remoteHead(Path dir) throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            String url = git.getRepository().getConfig().getString("remote", "origin", "url");
            Map<String, org.eclipse.jgit.lib.Ref> refs = Git.lsRemoteRepository().setRemote(url).callAsMap();
            return refs.get(Constants.R_HEADS + CaseRepository.DEFAULT_BRANCH).getObjectId();
        }
    }
}
