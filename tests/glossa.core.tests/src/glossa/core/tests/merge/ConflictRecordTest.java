package glossa.core.tests.merge;

import static glossa.core.tests.merge.MergeFixtures.annotate;
import static glossa.core.tests.merge.MergeFixtures.annotation;
import static glossa.core.tests.merge.MergeFixtures.copy;
import static glossa.core.tests.merge.MergeFixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.merge.MergeResult;
import glossa.core.merge.ThreeWayMerge;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.MergeConflict;

/**
 * The conflicts a merge writes into the document: one record per object and field however often it is found, carried
 * from theirs when new, kept while this merge finds it again; and what the result tells the user.
 */
class ConflictRecordTest {

    private Document base;

    @BeforeEach
    void setUp() {
        base = MergeFixtures.sample();
        annotation(base, "a").setMemo("m0");
    }

    private static MergeConflict record(String id, String objectId, String ours, String theirs) {
        MergeConflict c = GlossaFactory.eINSTANCE.createMergeConflict();
        c.setId(id);
        c.setObjectKind("annotation");
        c.setObjectId(objectId);
        c.setFeature("memo");
        c.setOurs(ours);
        c.setTheirs(theirs);
        return c;
    }

    private static String describe(MergeConflict c) {
        return c.getObjectId() + " " + c.getFeature() + " " + c.getBase() + "|" + c.getOurs() + "|" + c.getTheirs();
    }

    @Test
    void aNewConflictIsRecordedWithAllThreeValuesAndItsDate() {
        Document ours = copy(base);
        Document theirs = copy(base);
        annotation(ours, "a").setMemo("mine");
        annotation(theirs, "a").setMemo("theirs");
        Date before = new Date();
        MergeFixtures.apply(base, ours, theirs);
        MergeConflict recorded = ours.getConflicts().get(0);
        assertEquals("a memo m0|mine|theirs", describe(recorded));
        assertNotNull(recorded.getCreated());
        assertTrue(!recorded.getCreated().before(new Date(before.getTime() - 1000)));
    }

    @Test
    void aConflictFoundAgainUpdatesItsRecordInsteadOfAddingOne() {
        Document ours = copy(base);
        MergeConflict old = record("c-old", "a", "earlier mine", "earlier theirs");
        old.setCreated(new Date(0));
        ours.getConflicts().add(old);
        Document theirs = copy(base);
        annotation(ours, "a").setMemo("mine");
        annotation(theirs, "a").setMemo("theirs");
        MergeFixtures.apply(base, ours, theirs);
        assertEquals(1, ours.getConflicts().size());
        assertSame(old, ours.getConflicts().get(0));
        assertEquals("a memo m0|mine|theirs", describe(old));
        assertTrue(old.getCreated().getTime() > 0, "dated by this merge");
    }

    @Test
    void aConflictTheirsResolvedStaysWhenThisMergeFindsItAgain() {
        base.getConflicts().add(record("c-old", "a", "x", "y"));
        Document ours = copy(base);
        Document theirs = copy(base);
        theirs.getConflicts().clear();
        annotation(ours, "a").setMemo("mine");
        annotation(theirs, "a").setMemo("theirs");
        MergeFixtures.apply(base, ours, theirs);
        assertEquals(List.of("a memo m0|mine|theirs"), ours.getConflicts().stream().map(c -> describe(c)).toList());
    }

    @Test
    void aConflictBothSidesRecordedIsKeptOnce() {
        Document ours = copy(base);
        Document theirs = copy(base);
        ours.getConflicts().add(record("c-1", "b", "p", "q"));
        theirs.getConflicts().add(record("c-2", "b", "p", "q"));
        MergeFixtures.apply(base, ours, theirs);
        assertEquals(List.of("c-1"), ours.getConflicts().stream().map(MergeConflict::getId).toList());
    }

    @Test
    void theSummarySaysWhatCameInAndHowManyConflicts() {
        Document ours = copy(base);
        Document theirs = copy(base);
        annotate(theirs, "n1", "claim", 40, 50);
        MergeResult one = ThreeWayMerge.merge(base, copy(ours), theirs);
        assertEquals("1 annotation added, 0 changed, 0 deleted by another writer", one.summary());
        annotate(theirs, "n2", "claim", 60, 70);
        annotation(theirs, "b").setMemo("theirs");
        annotation(ours, "b").setMemo("mine");
        annotation(theirs, "a").setStatus(glossa.model.AnnotationStatus.SUGGESTED);
        MergeResult two = ThreeWayMerge.merge(base, ours, theirs);
        assertSame(ours, two.ours());
        assertEquals("2 annotations added, 1 changed, 0 deleted by another writer; 1 conflict", two.summary());
        Document mine = copy(base);
        Document yours = copy(base);
        for (String id : List.of("a", "b")) {
            annotation(mine, id).setMemo("mine");
            annotation(yours, id).setMemo("yours");
        }
        MergeResult three = ThreeWayMerge.merge(base, mine, yours);
        assertEquals("0 annotations added, 0 changed, 0 deleted by another writer; 2 conflicts", three.summary());
    }

    @Test
    void aRemovalIsPartOfTheUndoableCommand() {
        Document ours = copy(base);
        Document theirs = copy(base);
        theirs.getRelations().clear();
        Map<String, String> before = view(ours);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());
        domain.getCommandStack().execute(ThreeWayMerge.merge(base, ours, theirs).toCommand(domain));
        assertTrue(ours.getRelations().isEmpty());
        domain.getCommandStack().undo();
        assertEquals(before, view(ours));
    }
}
