package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.ArticleStore;
import glossa.core.io.SidecarException;
import glossa.core.text.ArticleText;
import glossa.core.text.ContentHash;
import glossa.core.text.TextDecoder;
import glossa.core.text.TextEncoder;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Relation;
import glossa.model.Section;

class ArticleStoreTest {

    @TempDir
    Path dir;

    private final ArticleStore store = new ArticleStore();

    @Test
    void newArticleGetsADocumentWithCodebookHashAndSections() throws Exception {
        Path article = copySample();
        AnnotatedArticle a = store.open(article, null);
        Document d = a.document();
        assertEquals("article.txt", d.getSourcePath());
        // No stored title: TitleDetector finds the headline below the stray "logo" line.
        assertEquals(null, d.getTitle(), "no automatic title is stored");
        assertEquals("UTF-8", d.getEncoding());
        assertEquals(ContentHash.of(a.text()), d.getContentHash());
        assertEquals(64, d.getContentHash().length());
        assertEquals(3, d.getCodebook().getTypes().size());
        assertEquals(8, d.getSections().size()); // preamble, 一–五, 结语, page footer
        assertFalse(a.textChangedSinceAnnotated());
        assertFalse(Files.exists(AnnotatedArticle.sidecarOf(article)), "opening writes nothing");
    }

    @Test
    void roundTripKeepsChineseEmojiOverlapsRelationsAndAttributes() throws Exception {
        Path article = dir.resolve("article.txt");
        String text = "一、提案背景😀：中美AI竞争的“技术卡位战”\n  1. 技术出口管制😀升级，人才流动限制。\n";
        Files.writeString(article, text);
        AnnotatedArticle a = store.open(article, null);
        Document d = a.document();
        int outerBegin = text.indexOf("技术出口");
        int outerEnd = text.indexOf("。");
        Annotation outer = add(a, DefaultCodebook.POLICY_MEASURE, outerBegin, outerEnd);
        Annotation inner = add(a, DefaultCodebook.CLAIM, text.indexOf("管制😀"), text.indexOf("升级") + 2);
        Annotation overlapping = add(a, DefaultCodebook.COUNTER_STRATEGY, text.indexOf("升级"), text.length() - 1);
        outer.getAttributes().add(AnnotationFactory.attribute("instrument", "export control"));
        outer.getAttributes().add(AnnotationFactory.attribute("actor", "美国政府 & \"OpenAI\" <提案>"));
        outer.setMemo("多行\n备注\r\n with tab\t and 😀");
        inner.setStatus(AnnotationStatus.SUGGESTED);
        Relation relation = GlossaFactory.eINSTANCE.createRelation();
        relation.setId("r-1");
        relation.setKind("counters");
        relation.setSource(overlapping);
        relation.setTarget(outer);
        d.getRelations().add(relation);
        store.save(a, false, null);

        AnnotatedArticle b = new ArticleStore().open(article, null);
        Document e = b.document();
        assertEquals(3, e.getAnnotations().size());
        for (int i = 0; i < 3; i++) {
            Annotation before = d.getAnnotations().get(i);
            Annotation after = e.getAnnotations().get(i);
            assertEquals(before.getId(), after.getId());
            assertEquals(before.getType().getId(), after.getType().getId());
            assertEquals(before.getBegin(), after.getBegin());
            assertEquals(before.getEnd(), after.getEnd());
            assertEquals(before.getQuote(), after.getQuote());
            assertEquals(before.getPrefix(), after.getPrefix());
            assertEquals(before.getSuffix(), after.getSuffix());
            assertEquals(before.getStatus(), after.getStatus());
            assertEquals(before.getCreated(), after.getCreated());
            assertEquals(b.text().substring(after.getBegin(), after.getEnd()), after.getQuote());
            assertTrue(after.getType() == Codebooks.find(e.getCodebook(), after.getType().getId()).get(),
                    "the type reference resolves into the loaded codebook");
        }
        Annotation outerAgain = e.getAnnotations().get(0);
        assertTrue(outerAgain.getQuote().contains("😀"));
        assertEquals("美国政府 & \"OpenAI\" <提案>", AnnotationFactory.attributeValue(outerAgain, "actor"));
        assertEquals("多行\n备注\r\n with tab\t and 😀", outerAgain.getMemo());
        Relation r = e.getRelations().get(0);
        assertEquals("counters", r.getKind());
        assertTrue(r.getSource() == e.getAnnotations().get(2) && r.getTarget() == outerAgain);
        assertFalse(b.textChangedSinceAnnotated());
    }

    @Test
    void eachEncodingRoundTripsByteForByteAndIsRemembered() throws Exception {
        String text = "一、出口管制😀\r\n  1. 技术代差缩小引发的焦虑，人才流动限制与国际标准制定权争夺。\r\n结语：开放与高效\r\n";
        List<ArticleText> variants = List.of(new ArticleText(text, StandardCharsets.UTF_8, false),
                new ArticleText(text, StandardCharsets.UTF_8, true),
                new ArticleText(text, StandardCharsets.UTF_16LE, true),
                new ArticleText(text, StandardCharsets.UTF_16BE, true),
                new ArticleText(text, TextDecoder.GB18030, false));
        for (ArticleText variant : variants) {
            String label = variant.charset() + (variant.byteOrderMark() ? "+BOM" : "");
            Path article = dir.resolve("a-" + label + ".txt");
            byte[] bytes = TextEncoder.encode(variant);
            Files.write(article, bytes);
            AnnotatedArticle a = store.open(article, null);
            assertEquals(text, a.text(), label);
            assertEquals(variant.charset(), a.articleText().charset(), label);
            assertEquals(variant.byteOrderMark(), a.articleText().byteOrderMark(), label);
            Annotation annotation = add(a, DefaultCodebook.CLAIM, text.indexOf("技术代差"), text.indexOf("焦虑") + 2);
            store.save(a, true, null);
            assertArrayEquals(bytes, Files.readAllBytes(article), label + ": the text is written back unchanged");
            AnnotatedArticle b = store.open(article, null);
            assertEquals(variant.charset().name(), b.document().getEncoding(), label);
            assertEquals(variant.byteOrderMark(), b.document().isByteOrderMark(), label);
            Annotation again = b.document().getAnnotations().get(0);
            assertEquals(annotation.getQuote(), b.text().substring(again.getBegin(), again.getEnd()), label);
        }
    }

    @Test
    void crlfOffsetsPointAtTheSameTextAfterReopening() throws Exception {
        Path article = dir.resolve("crlf.txt");
        String lf = Files.readString(TestFiles.sample());
        Files.writeString(article, lf.replace("\n", "\r\n"));
        AnnotatedArticle a = store.open(article, null);
        assertTrue(a.text().contains("\r\n"));
        int begin = a.text().indexOf("技术出口管制升级");
        add(a, DefaultCodebook.POLICY_MEASURE, begin, begin + 8);
        store.save(a, false, null);
        AnnotatedArticle b = store.open(article, null);
        Annotation again = b.document().getAnnotations().get(0);
        assertEquals(begin, again.getBegin());
        assertEquals("技术出口管制升级", b.text().substring(again.getBegin(), again.getEnd()));
        Section two = b.document().getSections().get(2);
        assertTrue(two.getBegin() < begin && begin < two.getEnd());
    }

    @Test
    void changedTextIsFlaggedAndItsOldHashKept() throws Exception {
        Path article = copySample();
        AnnotatedArticle a = store.open(article, null);
        add(a, DefaultCodebook.CLAIM, 10, 20);
        store.save(a, false, null);
        String oldHash = a.document().getContentHash();
        Files.writeString(article, "新的开头。\n" + Files.readString(article));
        AnnotatedArticle b = store.open(article, ArticleStore.ReanchorPolicy.DEFER, null);
        assertTrue(b.textChangedSinceAnnotated());
        store.save(b, false, null);
        assertEquals(oldHash, store.open(article, ArticleStore.ReanchorPolicy.DEFER, null).document().getContentHash(),
                "a save before re-anchoring keeps the hash of the annotated text");
        b.setTextChangedSinceAnnotated(false); // what re-anchoring will do
        store.save(b, false, null);
        AnnotatedArticle c = store.open(article, null);
        assertNotEquals(oldHash, c.document().getContentHash());
        assertFalse(c.textChangedSinceAnnotated());
    }

    @Test
    void correctedSectionsAreKeptOnReopen() throws Exception {
        Path article = copySample();
        AnnotatedArticle a = store.open(article, null);
        Section only = GlossaFactory.eINSTANCE.createSection();
        only.setTitle("whole text");
        only.setEnd(a.text().length());
        a.document().getSections().clear();
        a.document().getSections().add(only);
        a.document().setSectionsCorrected(true);
        store.save(a, false, null);
        List<Section> sections = store.open(article, null).document().getSections();
        assertEquals(1, sections.size());
        assertEquals("whole text", sections.get(0).getTitle());
    }

    @Test
    void unreadableSidecarFailsTheOpenAndIsNotOverwritten() throws Exception {
        Path article = copySample();
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        byte[] broken = "<glossa:Document xmlns:glossa=\"http://glossa.dev/model/1\"><annotations".getBytes(StandardCharsets.UTF_8);
        Files.write(sidecar, broken);
        assertThrows(SidecarException.class, () -> store.open(article, null));
        assertArrayEquals(broken, Files.readAllBytes(sidecar));
    }

    @Test
    void missingArticleIsAClearError() {
        assertThrows(NoSuchFileException.class, () -> store.open(dir.resolve("nope.txt"), null));
    }

    private Path copySample() throws Exception {
        Path article = dir.resolve("article.txt");
        Files.copy(TestFiles.sample(), article);
        return article;
    }

    private static Annotation add(AnnotatedArticle a, String typeId, int begin, int end) {
        Annotation annotation = AnnotationFactory.create(a.text(),
                Codebooks.find(a.document().getCodebook(), typeId).orElseThrow(), begin, end, "tester");
        a.document().getAnnotations().add(annotation);
        return annotation;
    }
}
