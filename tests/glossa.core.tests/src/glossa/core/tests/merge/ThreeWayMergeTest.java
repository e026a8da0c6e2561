package glossa.core.tests.merge;

import static glossa.core.tests.merge.MergeFixtures.annotate;
import static glossa.core.tests.merge.MergeFixtures.annotation;
import static glossa.core.tests.merge.MergeFixtures.attribute;
import static glossa.core.tests.merge.MergeFixtures.copy;
import static glossa.core.tests.merge.MergeFixtures.relate;
import static glossa.core.tests.merge.MergeFixtures.type;
import static glossa.core.tests.merge.MergeFixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.merge.MergeResult;
import glossa.core.merge.ThreeWayMerge;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.MergeConflict;

/** The rules of {@link ThreeWayMerge}, one at a time. */
class ThreeWayMergeTest {

    private Document base;

    @BeforeEach
    void setUp() {
        base = MergeFixtures.sample();
    }

    private static MergeResult merge(Document base, Document ours, Document theirs) {
        MergeResult result = ThreeWayMerge.merge(base, ours, theirs);
        result.apply();
        return result;
    }

    @Test
    void additionsOnBothSidesAreKept() {
        Document ours = copy(base);
        Document theirs = copy(base);
        annotate(ours, "mine", "claim", 60, 70);
        annotate(theirs, "yours", "policy-measure", 80, 90);
        MergeResult result = merge(base, ours, theirs);
        assertNotNull(annotation(ours, "mine"));
        Annotation incoming = annotation(ours, "yours");
        assertNotNull(incoming);
        assertSame(type(ours, "policy-measure"), incoming.getType(), "the copy uses ours' type object");
        assertEquals(1, result.added());
        assertTrue(result.isClean());
        assertEquals(5, ours.getAnnotations().size());
    }

    @Test
    void aDeletionOfAnUntouchedAnnotationIsTaken() {
        Document ours = copy(base);
        Document theirs = copy(base);
        theirs.getAnnotations().remove(annotation(theirs, "c"));
        MergeResult result = merge(base, ours, theirs);
        assertNull(annotation(ours, "c"));
        assertEquals(1, result.deleted());
        assertTrue(result.isClean());
    }

    @Test
    void aChangeOnOneSideWinsFieldByField() {
        Document ours = copy(base);
        Document theirs = copy(base);
        annotation(ours, "a").setMemo("my memo");
        annotation(theirs, "a").setType(type(theirs, "counter-strategy"));
        annotation(theirs, "a").setStatus(AnnotationStatus.SUGGESTED);
        attribute(annotation(theirs, "a"), "actor", "OpenAI");
        annotation(theirs, "b").setBegin(21);
        annotation(theirs, "b").setQuote(MergeFixtures.TEXT.substring(21, 30));
        MergeResult result = merge(base, ours, theirs);
        Annotation a = annotation(ours, "a");
        assertEquals("my memo", a.getMemo());
        assertEquals("counter-strategy", a.getType().getId());
        assertSame(type(ours, "counter-strategy"), a.getType());
        assertEquals(AnnotationStatus.SUGGESTED, a.getStatus());
        assertEquals("OpenAI", a.getAttributes().get(0).getValue());
        assertEquals(21, annotation(ours, "b").getBegin());
        assertEquals(MergeFixtures.TEXT.substring(21, 30), annotation(ours, "b").getQuote());
        assertEquals(2, result.changed());
        assertTrue(result.isClean(), () -> "conflicts: " + result.conflicts());
    }

    @Test
    void differentChangesOfOneFieldAreAConflictThatKeepsOurs() {
        Document ours = copy(base);
        Document theirs = copy(base);
        annotation(ours, "a").setMemo("mine");
        annotation(theirs, "a").setMemo("theirs");
        MergeResult result = merge(base, ours, theirs);
        assertEquals("mine", annotation(ours, "a").getMemo());
        assertEquals(List.of(new MergeResult.Conflict("annotation", "a", "memo", null, "mine", "theirs")),
                result.conflicts());
        MergeConflict recorded = ours.getConflicts().get(0);
        assertEquals("a", recorded.getObjectId());
        assertEquals("memo", recorded.getFeature());
        assertEquals("mine", recorded.getOurs());
        assertEquals("theirs", recorded.getTheirs());
        assertNotNull(recorded.getId());
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        Document ours = copy(base);
        Document theirs = copy(base);
        annotation(ours, "a").setMemo("same");
        annotation(theirs, "a").setMemo("same");
        MergeResult result = merge(base, ours, theirs);
        assertTrue(result.isClean());
        assertFalse(result.hasChanges());
    }

    @Test
    void laterModificationDateWinsWithoutAConflict() {
        Document ours = copy(base);
        Document theirs = copy(base);
        annotation(ours, "a").setMemo("mine");
        annotation(ours, "a").setModified(new java.util.Date(1_000_000));
        annotation(theirs, "a").setStatus(AnnotationStatus.SUGGESTED);
        annotation(theirs, "a").setModified(new java.util.Date(2_000_000));
        MergeResult result = merge(base, ours, theirs);
        assertTrue(result.isClean(), () -> "conflicts: " + result.conflicts());
        assertEquals(2_000_000, annotation(ours, "a").getModified().getTime());
    }

    @Test
    void deletedOnOneSideAndChangedOnTheOtherKeepsTheChangedOne() {
        Document ours = copy(base);
        Document theirs = copy(base);
        ours.getAnnotations().remove(annotation(ours, "c"));
        annotation(theirs, "c").setMemo("still relevant");
        annotation(ours, "b").setMemo("kept by me");
        theirs.getAnnotations().remove(annotation(theirs, "b"));
        MergeResult result = merge(base, ours, theirs);
        assertEquals("still relevant", annotation(ours, "c").getMemo());
        assertEquals("kept by me", annotation(ours, "b").getMemo());
        assertEquals(2, result.conflicts().size());
        assertTrue(result.conflicts().stream().allMatch(c -> c.feature().equals("deleted")));
    }

    @Test
    void aRelationToAnAnnotationTheOtherSideDeletedKeepsThatAnnotation() {
        Document ours = copy(base);
        Document theirs = copy(base);
        relate(ours, "r2", annotation(ours, "c"), annotation(ours, "a"));
        theirs.getAnnotations().remove(annotation(theirs, "c"));
        MergeResult result = merge(base, ours, theirs);
        assertNotNull(annotation(ours, "c"), "the relation's end stays");
        assertSame(annotation(ours, "c"), ours.getRelations().get(1).getSource());
        assertEquals(1, result.conflicts().size());
        assertEquals("relation", result.conflicts().get(0).objectKind());
        assertEquals("source", result.conflicts().get(0).feature());
    }

    @Test
    void anIncomingRelationToAnAnnotationOursDeletedBringsItBack() {
        Document ours = copy(base);
        Document theirs = copy(base);
        ours.getAnnotations().remove(annotation(ours, "c"));
        relate(theirs, "r3", annotation(theirs, "a"), annotation(theirs, "c"));
        MergeResult result = merge(base, ours, theirs);
        Annotation c = annotation(ours, "c");
        assertNotNull(c);
        assertSame(c, ours.getRelations().stream().filter(r -> r.getId().equals("r3")).findFirst().get().getTarget());
        assertFalse(result.isClean());
    }

    @Test
    void aTypeInUseIsNeverRemoved() {
        AnnotationType mine = GlossaFactory.eINSTANCE.createAnnotationType();
        mine.setId("actor-claim");
        mine.setName("Actor claim");
        type(base, "claim").getChildren().add(EcoreUtil2.copy(mine));
        Document ours2 = copy(base);
        Document theirs2 = copy(base);
        annotate(ours2, "new", "actor-claim", 60, 70);
        AnnotationType gone = type(theirs2, "actor-claim");
        ((AnnotationType) gone.eContainer()).getChildren().remove(gone);
        MergeResult result = merge(base, ours2, theirs2);
        assertNotNull(type(ours2, "actor-claim"));
        assertSame(type(ours2, "actor-claim"), annotation(ours2, "new").getType());
        assertEquals("type", result.conflicts().get(0).objectKind());
        // Untouched by ours and not in use: theirs' deletion is taken.
        Document theirs3 = copy(base);
        AnnotationType gone3 = type(theirs3, "actor-claim");
        ((AnnotationType) gone3.eContainer()).getChildren().remove(gone3);
        Document ours3 = copy(base);
        merge(base, ours3, theirs3);
        assertFalse(view(ours3).containsKey("t:actor-claim"));
        assertEquals(view(theirs3), view(ours3));
    }

    @Test
    void newTypesComeInUnderTheirParentAndAnnotationsUseThem() {
        Document ours = copy(base);
        Document theirs = copy(base);
        AnnotationType sub = GlossaFactory.eINSTANCE.createAnnotationType();
        sub.setId("sub");
        sub.setName("Sub");
        type(theirs, "policy-measure").getChildren().add(sub);
        annotate(theirs, "s", "sub", 60, 70);
        merge(base, ours, theirs);
        AnnotationType merged = type(ours, "sub");
        assertSame(type(ours, "policy-measure"), merged.eContainer());
        assertSame(merged, annotation(ours, "s").getType());
    }

    @Test
    void filterFieldsMergeLikeAnnotationFields() {
        base.setActiveFilter(GlossaFactory.eINSTANCE.createAnnotationFilterSpec());
        Document ours = copy(base);
        Document theirs = copy(base);
        ours.getActiveFilter().setText("出口");
        theirs.getActiveFilter().getHiddenTypes().add("claim");
        merge(base, ours, theirs);
        assertEquals("出口", ours.getActiveFilter().getText());
        assertEquals(List.of("claim"), ours.getActiveFilter().getHiddenTypes());
    }

    @Test
    void anUnresolvedConflictOfTheirsIsCarriedAndOneTheyResolvedIsGone() {
        MergeConflict old = GlossaFactory.eINSTANCE.createMergeConflict();
        old.setId("c-old");
        old.setObjectKind("annotation");
        old.setObjectId("a");
        old.setFeature("memo");
        base.getConflicts().add(old);
        Document ours = copy(base);
        Document theirs = copy(base);
        theirs.getConflicts().clear();
        MergeConflict incoming = EcoreUtil2.copy(old);
        incoming.setId("c-new");
        incoming.setObjectId("b");
        theirs.getConflicts().add(incoming);
        merge(base, ours, theirs);
        assertEquals(List.of("b"), ours.getConflicts().stream().map(MergeConflict::getObjectId).toList());
    }

    @Test
    void mergingTheSameDocumentChangesNothing() {
        Document x = copy(base);
        annotation(x, "a").setMemo("x");
        annotate(x, "d", "claim", 60, 70);
        Document ours = copy(x);
        MergeResult result = merge(base, ours, copy(x));
        assertFalse(result.hasChanges());
        assertEquals(view(x), view(ours));
        Document fromBase = copy(base);
        merge(base, fromBase, copy(x));
        assertEquals(view(x), view(fromBase), "merge(b, b, x) == x");
    }

    @Test
    void noCommonBaseKeepsEverythingOfBothSides() {
        Document ours = MergeFixtures.document();
        Document theirs = MergeFixtures.document();
        annotate(ours, "o", "claim", 0, 5);
        annotate(theirs, "t", "claim", 5, 9);
        MergeResult result = merge(null, ours, theirs);
        assertEquals(2, ours.getAnnotations().size());
        assertTrue(result.isClean(), () -> "conflicts: " + result.conflicts());
    }

    @Test
    void theCommandIsOneUndoableStep() {
        Document ours = copy(base);
        Document theirs = copy(base);
        annotate(theirs, "new", "claim", 60, 70);
        theirs.getAnnotations().remove(annotation(theirs, "c"));
        annotation(theirs, "a").setMemo("theirs");
        annotation(ours, "b").setMemo("mine");
        annotation(theirs, "b").setMemo("theirs too");
        Map<String, String> before = view(ours);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());
        Command command = ThreeWayMerge.merge(base, ours, theirs).toCommand(domain);
        assertTrue(command.canExecute());
        domain.getCommandStack().execute(command);
        Map<String, String> after = view(ours);
        assertEquals("theirs", annotation(ours, "a").getMemo());
        assertNotNull(annotation(ours, "new"));
        assertNull(annotation(ours, "c"));
        assertEquals(1, ours.getConflicts().size());
        domain.getCommandStack().undo();
        assertEquals(before, view(ours));
        assertTrue(ours.getConflicts().isEmpty());
        domain.getCommandStack().redo();
        assertEquals(after, view(ours));
    }

    /** EcoreUtil.copy with the generic type the tests want. */
    private static final class EcoreUtil2 {
        static <T extends org.eclipse.emf.ecore.EObject> T copy(T object) {
            return org.eclipse.emf.ecore.util.EcoreUtil.copy(object);
        }
    }
}
