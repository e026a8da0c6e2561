package glossa.core.tests.agreement;

import java.util.Date;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.text.ArticleText;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;

/** An in-memory article of 1,000 characters with the default codebook and two sections, for coders to annotate. */
final class TwoCoderDocument {

    final Document document = GlossaFactory.eINSTANCE.createDocument();
    final AnnotatedArticle article;
    final AnnotationType claim;
    final AnnotationType measure;
    final Section one;
    final Section two;
    private int nextId;

    TwoCoderDocument() {
        document.setCodebook(DefaultCodebook.create());
        document.setTitle("Two coders");
        claim = Codebooks.find(document.getCodebook(), DefaultCodebook.CLAIM).orElseThrow();
        measure = Codebooks.find(document.getCodebook(), DefaultCodebook.POLICY_MEASURE).orElseThrow();
        one = section("一", "背景", 0, 500);
        two = section("二", "内容", 500, 1000);
        document.getSections().add(one);
        document.getSections().add(two);
        article = new AnnotatedArticle(null, new ArticleText("x".repeat(1000), java.nio.charset.StandardCharsets.UTF_8,
                false), document);
    }

    private static Section section(String number, String title, int begin, int end) {
        Section s = GlossaFactory.eINSTANCE.createSection();
        s.setNumber(number);
        s.setTitle(title);
        s.setLevel(1);
        s.setBegin(begin);
        s.setEnd(end);
        return s;
    }

    Annotation add(String author, AnnotationType type, int begin, int end) {
        Annotation a = GlossaFactory.eINSTANCE.createAnnotation();
        a.setId("a" + nextId++);
        a.setType(type);
        a.setBegin(begin);
        a.setEnd(end);
        a.setStatus(AnnotationStatus.CONFIRMED);
        a.setAuthor(author);
        a.setModified(new Date(0));
        document.getAnnotations().add(a);
        return a;
    }
}
