package glossa.core.tests.query;

import java.util.Date;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;

/** A small hand-built document: sections 一 (with 1. and 2.), 二, 结语, text before the first heading, default codebook. */
final class Fixture {

    final Document document = GlossaFactory.eINSTANCE.createDocument();
    final AnnotationType claim;
    final AnnotationType measure;
    final AnnotationType counter;
    final Section one;
    final Section oneOne;
    final Section oneTwo;
    final Section two;
    final Section closing;
    private int nextId;

    Fixture() {
        document.setCodebook(DefaultCodebook.create());
        claim = Codebooks.find(document.getCodebook(), DefaultCodebook.CLAIM).orElseThrow();
        measure = Codebooks.find(document.getCodebook(), DefaultCodebook.POLICY_MEASURE).orElseThrow();
        counter = Codebooks.find(document.getCodebook(), DefaultCodebook.COUNTER_STRATEGY).orElseThrow();
        one = section("一", "提案背景", 1, 100, 500);
        oneOne = section("1.", "技术代差缩小", 2, 150, 300);
        oneTwo = section("2.", "数据与人才争夺", 2, 300, 500);
        one.getChildren().add(oneOne);
        one.getChildren().add(oneTwo);
        two = section("二", "提案内容", 1, 500, 900);
        closing = section("", "结语", 1, 900, 1000);
        document.getSections().add(one);
        document.getSections().add(two);
        document.getSections().add(closing);
    }

    static Section section(String number, String title, int level, int begin, int end) {
        Section section = GlossaFactory.eINSTANCE.createSection();
        section.setNumber(number);
        section.setTitle(title);
        section.setLevel(level);
        section.setBegin(begin);
        section.setEnd(end);
        return section;
    }

    Annotation add(AnnotationType type, int begin, String quote) {
        Annotation a = GlossaFactory.eINSTANCE.createAnnotation();
        a.setId("a" + (nextId++));
        a.setType(type);
        a.setBegin(begin);
        a.setEnd(begin + quote.length());
        a.setQuote(quote);
        a.setStatus(AnnotationStatus.CONFIRMED);
        a.setAuthor("alice");
        a.setModified(new Date(1_000_000L * nextId));
        document.getAnnotations().add(a);
        return a;
    }

    Annotation add(AnnotationType type, int begin, String quote, String actor) {
        Annotation a = add(type, begin, quote);
        a.getAttributes().add(AnnotationFactory.attribute("actor", actor));
        return a;
    }

    static EditingDomain domain() {
        return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
    }
}
