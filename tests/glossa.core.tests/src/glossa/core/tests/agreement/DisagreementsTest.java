package glossa.core.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import glossa.core.agreement.Adjudication;
import glossa.core.agreement.Agreement;
import glossa.core.agreement.AgreementResult;
import glossa.core.agreement.AgreementStudies;
import glossa.core.agreement.ArticleCoding;
import glossa.core.agreement.Disagreement;
import glossa.core.agreement.Disagreements;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;

/** Where two coders differ, and settling it by accepting one coder's coding (undoably). */
class DisagreementsTest {

    @Test
    void agreedAnnotationsAreLeftOutAndTheRestChainedByOverlap() {
        TwoCoderDocument d = new TwoCoderDocument();
        d.add("ana", d.claim, 10, 40); // agreed
        d.add("bo", d.claim, 10, 40);
        d.add("ana", d.claim, 100, 130); // boundaries differ; bo's measure overlaps bo's claim: one chain
        d.add("bo", d.claim, 105, 130);
        d.add("bo", d.measure, 125, 160);
        d.add("ana", d.measure, 160, 170); // touches the chain's end: a chain of its own
        d.add("bo", d.claim, 700, 720); // only bo, in section 二
        List<Disagreement> found = Disagreements.find(ArticleCoding.of(d.article), null);
        assertEquals(3, found.size(), found.toString());
        Disagreement first = found.get(0);
        assertEquals(100, first.begin());
        assertEquals(160, first.end());
        assertEquals(List.of("ana", "bo"), List.copyOf(first.byCoder().keySet()));
        assertEquals(1, first.byCoder().get("ana").size());
        assertEquals(2, first.byCoder().get("bo").size());
        assertEquals("一 背景", first.section().label());
        assertTrue(first.open());
        assertEquals(160, found.get(1).begin());
        Disagreement last = found.get(2);
        assertEquals("二 内容", last.section().label());
        assertEquals(List.of(), last.byCoder().get("ana"));
        assertEquals(List.of("bo"), last.standing());
        assertFalse(last.open(), "one coding stands");
    }

    @Test
    void oneCoderAloneHasNothingToDisagreeWith() {
        TwoCoderDocument d = new TwoCoderDocument();
        d.add("ana", d.claim, 10, 40);
        assertEquals(List.of(), Disagreements.find(ArticleCoding.of(d.article), null));
    }

    @Test
    void acceptingOneCoderConfirmsTheirsRejectsTheOthersAndUndoes() {
        TwoCoderDocument d = new TwoCoderDocument();
        Annotation anas = d.add("ana", d.claim, 100, 130);
        anas.setStatus(AnnotationStatus.SUGGESTED);
        Annotation bos = d.add("bo", d.claim, 105, 130);
        Annotation bosMeasure = d.add("bo", d.measure, 120, 140);
        ArticleCoding before = ArticleCoding.of(d.article);
        AgreementResult figuresBefore = Agreement.compute(AgreementStudies.ofArticle(before, null));
        Disagreement disagreement = Disagreements.find(before, null).get(0);
        EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());

        assertTrue(Adjudication.changes(disagreement, "ana"));
        Command accept = Adjudication.accept(domain, disagreement, "ana", "Accept ana's coding");
        domain.getCommandStack().execute(accept);
        assertEquals(AnnotationStatus.CONFIRMED, anas.getStatus());
        assertEquals(AnnotationStatus.REJECTED, bos.getStatus());
        assertEquals(AnnotationStatus.REJECTED, bosMeasure.getStatus());
        assertEquals("ana", anas.getAuthor());
        assertEquals("bo", bos.getAuthor(), "the author is kept");
        assertEquals(3, d.document.getAnnotations().size(), "nothing is deleted");

        ArticleCoding after = ArticleCoding.of(d.article);
        Disagreement settled = Disagreements.find(after, null).get(0);
        assertEquals(List.of("ana"), settled.standing());
        assertFalse(Adjudication.changes(settled, "ana"), "accepting again changes nothing");
        AgreementResult figuresAfter = Agreement.compute(AgreementStudies.ofArticle(after, null));
        assertEquals(figuresBefore.overall(), figuresAfter.overall(), "adjudication leaves the figures as they were");

        domain.getCommandStack().undo();
        assertEquals(AnnotationStatus.SUGGESTED, anas.getStatus());
        assertEquals(AnnotationStatus.CONFIRMED, bos.getStatus());
        assertEquals(AnnotationStatus.CONFIRMED, bosMeasure.getStatus());
        assertTrue(Disagreements.find(ArticleCoding.of(d.article), null).get(0).open());
    }

    @Test
    void acceptingACoderWithoutAnnotationsThereRejectsTheOthers() {
        TwoCoderDocument d = new TwoCoderDocument();
        d.add("ana", d.claim, 10, 40);
        d.add("bo", d.claim, 10, 40);
        Annotation extra = d.add("bo", d.measure, 300, 320);
        Disagreement only = Disagreements.find(ArticleCoding.of(d.article), null).get(0);
        EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
        assertFalse(Adjudication.changes(only, "bo"));
        assertSame(org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE,
                Adjudication.accept(domain, only, "bo", "x"));
        domain.getCommandStack().execute(Adjudication.accept(domain, only, "ana", "Accept ana's coding"));
        assertEquals(AnnotationStatus.REJECTED, extra.getStatus());
        assertEquals(List.of(), Disagreements.find(ArticleCoding.of(d.article), null).get(0).standing());
    }
}
