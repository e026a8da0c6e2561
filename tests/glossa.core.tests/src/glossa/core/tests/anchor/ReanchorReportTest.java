package glossa.core.tests.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import glossa.core.anchor.AnchorResult;
import glossa.core.anchor.ReanchorReport;
import glossa.core.anchor.Reanchorer;
import glossa.core.anchor.Reanchoring;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * What applying a re-anchoring does to each annotation, by outcome: counts per state, what a review lists, which
 * statuses change (an orphan found again, a rejected annotation lost) and that a second application changes nothing.
 */
class ReanchorReportTest {

    private static final String OLD = "开头一句话。\n\n一、背景\n\n中美人工智能竞争已经进入白热化阶段。\n\n"
            + "二、措施\n\n出口管制清单扩大到十二项关键技术。\n\n三、结语\n\n合作仍有空间。\n";

    private final AnnotationType type = DefaultCodebook.create().getTypes().get(0);

    private Annotation annotate(Document document, String quote, AnnotationStatus status) {
        int at = OLD.indexOf(quote);
        Annotation a = AnnotationFactory.create(OLD, type, at, at + quote.length(), "t");
        a.setStatus(status);
        document.getAnnotations().add(a);
        return a;
    }

    @Test
    void applyingSetsStatesAndStatusesByOutcomeAndThenNothingIsLeftToChange() {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.getSections().addAll(AnchoringCorpus.sections(OLD));
        document.setContentHash(Reanchoring.contentHash(OLD));
        Annotation exact = annotate(document, "合作仍有空间", AnnotationStatus.CONFIRMED);
        Annotation movedBack = annotate(document, "出口管制清单扩大到十二项关键技术", AnnotationStatus.ORPHANED);
        Annotation lostRejected = annotate(document, "中美人工智能竞争已经进入白热化阶段", AnnotationStatus.REJECTED);
        Annotation lost = annotate(document, "开头一句话", AnnotationStatus.SUGGESTED);
        // The first paragraph and the background go; text is inserted before the measures.
        String revised = OLD.replace("开头一句话。\n\n", "").replace("中美人工智能竞争已经进入白热化阶段。", "（删去）")
                .replace("二、措施\n\n", "二、措施\n\n新增一段很长的说明文字放在这里。");
        revised = revised.substring(0, revised.indexOf("三、结语")) + "三、结语\n\n合作仍有空间。\n";
        ReanchorReport report = new Reanchorer().reanchor(revised, document, null, new NullProgressMonitor());

        Map<AnchorState, Integer> counts = report.counts();
        assertEquals(AnchorState.VALUES.size(), counts.size(), "every state, zero or not");
        assertEquals(2, counts.get(AnchorState.ORPHANED));
        assertEquals(2, counts.get(AnchorState.MOVED));
        assertEquals(0, counts.get(AnchorState.EXACT));
        assertEquals(0, counts.get(AnchorState.FUZZY));
        assertEquals(List.of(exact, movedBack, lostRejected, lost),
                report.needingReview().stream().map(AnchorResult::annotation).toList(), "document order");
        assertTrue(report.hasChanges());

        report.apply();
        assertEquals(revised.indexOf("合作仍有空间"), exact.getBegin());
        assertEquals(AnnotationStatus.CONFIRMED, exact.getStatus());
        assertEquals(AnnotationStatus.CONFIRMED, movedBack.getStatus(), "an orphan found again exactly is confirmed");
        assertEquals(AnnotationStatus.REJECTED, lostRejected.getStatus(), "an adjudication outlives a lost anchor");
        assertEquals(AnchorState.ORPHANED, lostRejected.getAnchor());
        assertEquals(AnnotationStatus.ORPHANED, lost.getStatus());
        assertEquals(lost.getBegin(), lost.getEnd(), "an orphan keeps an empty span");
        assertEquals("开头一句话", lost.getQuote(), "and its quote");

        ReanchorReport again = new Reanchorer().reanchor(revised, document, null, new NullProgressMonitor());
        assertEquals(2, again.count(AnchorState.EXACT));
        again.apply();
        ReanchorReport third = new Reanchorer().reanchor(revised, document, null, new NullProgressMonitor());
        assertFalse(third.hasChanges(), "nothing changes the second time round");
        assertFalse(third.toCommand(new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
                new BasicCommandStack())).canExecute(), "an empty command");
    }

    @Test
    void aResultTellsWhetherItsSpanChangedAndWhetherItWasAmbiguous() {
        Annotation a = GlossaFactory.eINSTANCE.createAnnotation();
        assertFalse(new AnchorResult(a, AnchorState.EXACT, 5, 9, 5, 9, 1, "abcd", "abcd").spanChanged());
        assertTrue(new AnchorResult(a, AnchorState.MOVED, 5, 9, 6, 10, 1, "abcd", "abcd").spanChanged());
        assertTrue(new AnchorResult(a, AnchorState.MOVED, 5, 9, 5, 10, 1, "abcd", "abcde").spanChanged());
        assertTrue(new AnchorResult(a, AnchorState.FUZZY, 5, 9, 5, 9, 0.9, "abcd", "abce").spanChanged());
        assertFalse(new AnchorResult(a, AnchorState.ORPHANED, 5, 9, 5, 9, 0, "abcd", null).spanChanged());
        assertFalse(new AnchorResult(a, AnchorState.ORPHANED, 5, 9, 5, 5, 0, "abcd", null).isAmbiguous());
        assertTrue(new AnchorResult(a, AnchorState.ORPHANED, 5, 9, 5, 5, 0, "abcd", null, "ambiguous: 2 candidates")
                .isAmbiguous());
        assertFalse(new AnchorResult(a, AnchorState.ORPHANED, 5, 9, 5, 5, 0, "abcd", null, "claimed by another")
                .isAmbiguous());
    }
}
