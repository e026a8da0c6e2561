package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.filter.AnnotationFilter;
import glossa.exchange.export.WebAnnotation;
import glossa.exchange.imports.ImportReport;
import glossa.exchange.imports.ImportResult;
import glossa.exchange.imports.WebAnnotationImporter;
import glossa.exchange.json.Json;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * The memos an analyst writes on the article itself (the document's, a section's) travel through the W3C Web
 * Annotation JSON-LD export and import like the annotations' memos do: written as {@code commenting} annotations,
 * read back onto the same document or section, never put in place of a memo the article already holds.
 */
class ArticleMemoExchangeTest {

    private static final String DOCUMENT_MEMO = ExportFixtures.DOCUMENT_MEMO;
    private static final String SECTION_MEMO = ExportFixtures.SECTION_MEMO;
    private static final String SUBSECTION_MEMO = ExportFixtures.SUBSECTION_MEMO;

    /** A fresh article over the same text with the same sections, no annotations and no memos. */
    private static AnnotatedArticle freshWithSections(AnnotatedArticle like) {
        AnnotatedArticle fresh = ExportFixtures.fresh(like);
        for (Section s : like.document().getSections()) {
            Section copy = EcoreUtil.copy(s);
            clearMemos(copy);
            fresh.document().getSections().add(copy);
        }
        return fresh;
    }

    private static void clearMemos(Section section) {
        section.setMemo(null);
        section.getChildren().forEach(ArticleMemoExchangeTest::clearMemos);
    }

    private static Section section(Document document, String number) {
        return ExportFixtures.numbered(document, number);
    }

    private static String jsonld(AnnotatedArticle article) throws IOException {
        return ExportFixtures.export(article, ExportFixtures.format("jsonld"), ExportFixtures.OPTIONS);
    }

    private static ImportResult read(AnnotatedArticle into, String json) throws IOException {
        return new WebAnnotationImporter().read(into, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                new NullProgressMonitor());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(String json) {
        Map<String, Object> collection = (Map<String, Object>) Json.parse(json);
        return (List<Map<String, Object>>) ((Map<String, Object>) collection.get("first")).get("items");
    }

    private static List<Map<String, Object>> memoItems(String json) {
        return items(json).stream().filter(i -> i.get(WebAnnotation.MEMO_OF) != null).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentAndEachSectionMemoIsOneCommentingAnnotationAfterTheAnnotations() throws IOException {
        AnnotatedArticle article = ExportFixtures.smallWithMemos();
        String json = jsonld(article);
        List<Map<String, Object>> items = items(json);
        List<Map<String, Object>> memos = memoItems(json);
        assertEquals(3, memos.size());
        assertEquals(memos, items.subList(items.size() - 3, items.size()), "memos follow annotations and relations");
        assertEquals(((Number) ((Map<String, Object>) Json.parse(json)).get("total")).intValue(), items.size());

        Map<String, Object> document = memos.get(0);
        assertEquals("document", document.get(WebAnnotation.MEMO_OF));
        assertEquals("commenting", document.get("motivation"));
        Map<String, Object> body = (Map<String, Object>) document.get("body");
        assertEquals(List.of("commenting", DOCUMENT_MEMO), List.of(body.get("purpose"), body.get("value")));
        Map<String, Object> target = (Map<String, Object>) document.get("target");
        assertNull(target.get("selector"), "the whole article");

        Section one = section(article.document(), "一");
        Map<String, Object> section = memos.get(1);
        assertEquals("section", section.get(WebAnnotation.MEMO_OF));
        Map<String, Object> selector = (Map<String, Object>) ((Map<String, Object>) section.get("target")).get("selector");
        assertEquals(List.of("TextPositionSelector", (long) one.getBegin(), (long) one.getEnd()),
                List.of(selector.get("type"), selector.get("start"), selector.get("end")));
        assertEquals(SECTION_MEMO, ((Map<String, Object>) section.get("body")).get("value"));
        assertEquals(SUBSECTION_MEMO, ((Map<String, Object>) memos.get(2).get("body")).get("value"));
        assertEquals(List.of("一", "二 › 1"), List.of(section.get(WebAnnotation.SECTION), memos.get(2).get(WebAnnotation.SECTION)));
        assertEquals(jsonld(article), json, "the same ids in a second export");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChoiceOfSectionsKeepsTheDocumentMemoAndThoseOfTheChosenSectionsWhateverTheAnnotationFilter() throws IOException {
        String json = ExportFixtures.export(ExportFixtures.smallWithMemos(), ExportFixtures.format("jsonld"),
                ExportFixtures.OPTIONS.withSections(Set.of("二"))
                        .withFilter(new AnnotationFilter(Set.of(), Set.of(), Set.of(), "no quote has this text")));
        List<Map<String, Object>> memos = memoItems(json);
        assertEquals(List.of(DOCUMENT_MEMO, SUBSECTION_MEMO),
                memos.stream().map(m -> ((Map<String, Object>) m.get("body")).get("value")).toList());
        assertEquals(memos, items(json), "no annotation passes the filter, the memos still do");
    }

    @Test
    void anArticleWithoutMemosGetsNoMemoItems() throws IOException {
        assertEquals(List.of(), memoItems(jsonld(ExportFixtures.small())));
    }

    @Test
    void memosComeBackOntoTheSameDocumentAndSectionsInOneResult() throws IOException {
        AnnotatedArticle article = ExportFixtures.smallWithMemos();
        AnnotatedArticle fresh = freshWithSections(article);
        ImportResult result = read(fresh, jsonld(article));
        assertTrue(result.report().isClean(), result.report().toString());
        assertEquals(article.document().getAnnotations().size() + 1 + 3, result.report().imported());
        assertNull(fresh.document().getMemo(), "nothing changes before the result is applied");
        result.applyTo(fresh.document());
        assertEquals(DOCUMENT_MEMO, fresh.document().getMemo());
        assertEquals(SECTION_MEMO, section(fresh.document(), "一").getMemo());
        assertEquals(SUBSECTION_MEMO, section(fresh.document(), "二").getChildren().get(0).getMemo());
        assertNull(section(fresh.document(), "二").getMemo());
        assertNull(section(fresh.document(), "").getMemo());
    }

    @Test
    void theSameMemosAgainAreAlreadyPresentAndChangeNothing() throws IOException {
        AnnotatedArticle article = ExportFixtures.smallWithMemos();
        ImportResult result = read(article, jsonld(article));
        assertEquals(List.of(), result.memos());
        assertEquals(0, result.report().imported());
        assertEquals(result.report().records(), result.report().alreadyPresent());
        assertTrue(result.isEmpty());
    }

    @Test
    void aDifferentMemoIsAddedAfterTheArticlesOwnNeverInItsPlace() throws IOException {
        AnnotatedArticle article = ExportFixtures.smallWithMemos();
        AnnotatedArticle target = freshWithSections(article);
        target.document().setMemo("my own note");
        section(target.document(), "一").setMemo("背景部分需要核实 \"sources\" and more of mine");
        ImportResult result = read(target, jsonld(article));
        result.applyTo(target.document());
        assertEquals("my own note\n\n" + DOCUMENT_MEMO, target.document().getMemo());
        assertEquals("背景部分需要核实 \"sources\" and more of mine", section(target.document(), "一").getMemo(),
                "the imported memo is already inside it");
        List<ImportReport.Problem> warnings = result.report().problems().stream()
                .filter(p -> p.severity() == ImportReport.Severity.WARNING).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("the document"), warnings.get(0).message());
    }

    @Test
    void aSectionTheArticleDoesNotHaveIsAnErrorNamingItAndTheRestIsImported() throws IOException {
        AnnotatedArticle article = ExportFixtures.smallWithMemos();
        AnnotatedArticle target = ExportFixtures.fresh(article); // no sections at all
        ImportResult result = read(target, jsonld(article));
        List<ImportReport.Problem> errors = result.report().errors();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("section \"一\"") && errors.get(0).message().contains("not imported"),
                errors.get(0).message());
        result.applyTo(target.document());
        assertEquals(DOCUMENT_MEMO, target.document().getMemo());
        assertEquals(2, result.report().skipped());
    }

    @Test
    void aSectionFoundByItsSpanWhenItsNumberChangedAndByItsPathWhenItsSpanMoved() throws IOException {
        AnnotatedArticle article = ExportFixtures.smallWithMemos();
        String json = jsonld(article);
        AnnotatedArticle renumbered = freshWithSections(article);
        section(renumbered.document(), "一").setNumber("1");
        ImportResult byspan = read(renumbered, json);
        assertTrue(byspan.report().isClean(), byspan.report().toString());
        byspan.applyTo(renumbered.document());
        assertEquals(SECTION_MEMO, section(renumbered.document(), "1").getMemo());

        AnnotatedArticle moved = freshWithSections(article);
        section(moved.document(), "一").setEnd(section(moved.document(), "一").getEnd() - 1);
        ImportResult bypath = read(moved, json);
        bypath.applyTo(moved.document());
        assertEquals(SECTION_MEMO, section(moved.document(), "一").getMemo());
    }

    /** One section memo of Glossa's shape, on {@code start..end} in code points, naming {@code path}. */
    private static String sectionMemo(String path, long start, long end, String text) {
        return "{\"type\": \"Annotation\", \"motivation\": \"commenting\", \"glossa:memoOf\": \"section\", "
                + (path == null ? "" : "\"glossa:section\": \"" + path + "\", ")
                + "\"body\": {\"type\": \"TextualBody\", \"purpose\": \"commenting\", \"value\": \"" + text + "\"}, "
                + "\"target\": {\"source\": \"x\", \"selector\": {\"type\": \"TextPositionSelector\", "
                + "\"start\": " + start + ", \"end\": " + end + "}}}";
    }

    @Test
    void theSectionWithBothPathAndSpanWinsThenThePathThenTheSpanAndCodePointsAreCounted() throws IOException {
        String text = "😀 前言\n一、甲\n内容\n二、乙\n内容\n";
        int one = text.indexOf("一、");
        int two = text.indexOf("二、");
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setCodebook(glossa.core.codebook.DefaultCodebook.create());
        Section preamble = ExportFixtures.section("", "前言", 0, one, SectionKind.PREAMBLE);
        Section first = ExportFixtures.section("一", "甲", one, two, SectionKind.BODY);
        Section second = ExportFixtures.section("二", "乙", two, text.length(), SectionKind.BODY);
        document.getSections().addAll(List.of(preamble, first, second));
        AnnotatedArticle article = new AnnotatedArticle(java.nio.file.Path.of("a.txt"),
                glossa.core.text.ArticleText.of(text), document);
        long cpOne = text.codePointCount(0, one); // the emoji is one code point, two UTF-16 units
        long cpTwo = text.codePointCount(0, two);
        long cpEnd = text.codePointCount(0, text.length());
        String preamblePath = glossa.core.sections.SectionIndex.path(preamble);
        String json = "[" + String.join(",",
                sectionMemo("二", cpOne, cpTwo, "path 二, span of 一: the path wins"),
                sectionMemo("三", cpOne, cpTwo, "no path 三, span of 一"),
                sectionMemo("九", 0, cpOne, "no path 九, the span of the preamble from 0"),
                sectionMemo(null, cpTwo, cpEnd, "no path at all, the span of 二"),
                sectionMemo("九", cpTwo, cpEnd + 1, "no path 九, a span past the end"),
                sectionMemo("九", cpTwo, cpOne, "no path 九, a span ending before it starts"),
                sectionMemo("九", (long) Integer.MAX_VALUE + 1, cpEnd, "no path 九, a start past any int"),
                sectionMemo("九", -1, cpEnd, "no path 九, a negative start"))
                + "]";
        ImportResult result = read(article, json);
        result.applyTo(document);
        assertEquals("path 二, span of 一: the path wins\n\nno path at all, the span of 二", second.getMemo());
        assertEquals("no path 三, span of 一", first.getMemo());
        assertEquals("no path 九, the span of the preamble from 0", preamble.getMemo(), preamblePath);
        assertEquals(4, result.report().errors().size(), result.report().toString());
        assertTrue(result.report().errors().stream().allMatch(e -> e.message().contains("section \"九\"")),
                result.report().toString());
        assertEquals(4, result.report().imported(), "each memo placed counts, the joined one too");
    }

    @Test
    void twoSectionsWithOneNumberAreToldApartByTheSpanAndAnEmptySectionIsFoundToo() throws IOException {
        String text = "一、甲\n内容\n一、乙\n内容\n";
        int second = text.indexOf("一、乙");
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setCodebook(glossa.core.codebook.DefaultCodebook.create());
        Section empty = ExportFixtures.section("", "", 0, 0, SectionKind.PREAMBLE);
        Section a = ExportFixtures.section("一", "甲", 0, second, SectionKind.BODY);
        Section b = ExportFixtures.section("一", "乙", second, text.length(), SectionKind.BODY);
        document.getSections().addAll(List.of(empty, a, b));
        AnnotatedArticle article = new AnnotatedArticle(java.nio.file.Path.of("a.txt"),
                glossa.core.text.ArticleText.of(text), document);
        String json = "[" + String.join(",",
                sectionMemo("一", second, text.length(), "the second 一"),
                sectionMemo("一", 1, 2, "some 一: the first"),
                sectionMemo("九", 0, 0, "the empty one at 0")) + "]";
        read(article, json).applyTo(document);
        assertEquals("the second 一", b.getMemo());
        assertEquals("some 一: the first", a.getMemo());
        assertEquals("the empty one at 0", empty.getMemo());
    }

    @Test
    void aCommentThatAlsoClassifiesIsAnAnnotationNotAMemo() throws IOException {
        AnnotatedArticle target = ExportFixtures.fresh(ExportFixtures.small());
        String json = """
                [{"type": "Annotation", "motivation": ["commenting", "classifying"],
                  "body": [{"type": "TextualBody", "purpose": "classifying", "value": "claim"},
                           {"type": "TextualBody", "purpose": "commenting", "value": "why"}],
                  "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "开源模型"}}}]
                """;
        ImportResult result = read(target, json);
        assertEquals(List.of(), result.memos());
        assertEquals(1, result.annotations().size(), result.report().toString());
        assertEquals("why", result.annotations().get(0).getMemo());

        String whole = """
                {"type": "Annotation", "motivation": "commenting", "target": "https://example.org/a",
                 "body": [{"type": "TextualBody", "purpose": "classifying", "value": "claim"},
                          {"type": "TextualBody", "purpose": "commenting", "value": "on the whole page"}]}
                """;
        ImportResult classifiesTheWhole = read(target, whole);
        assertEquals(List.of(), classifiesTheWhole.memos(), "a code for a whole page is no memo");
        assertEquals(1, classifiesTheWhole.report().errors().size(), classifiesTheWhole.report().toString());
    }

    @Test
    void aPageNoteOfAnotherToolBecomesTheDocumentMemoAndACommentOnASpanDoesNot() throws IOException {
        String hypothesis = """
                [{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:1", "type": "Annotation",
                  "motivation": "commenting", "body": {"type": "TextualBody", "value": "页面笔记 page note"},
                  "target": "https://example.org/article"},
                 {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:2", "type": "Annotation",
                  "motivation": "commenting", "body": {"type": "TextualBody", "value": "a comment on a span"},
                  "target": {"source": "https://example.org/article",
                             "selector": {"type": "TextQuoteSelector", "exact": "开源模型"}}}]
                """;
        AnnotatedArticle target = ExportFixtures.fresh(ExportFixtures.small());
        ImportResult result = read(target, hypothesis);
        assertEquals(1, result.memos().size());
        result.applyTo(target.document());
        assertEquals("页面笔记 page note", target.document().getMemo());
        assertEquals(List.of(), target.document().getAnnotations(), "a comment on a span has no type to code it with");
    }

    @Test
    void aMemoWithoutTextOrOfAnUnknownKindIsAnErrorAndChangesNothing() throws IOException {
        List<String> items = new ArrayList<>();
        items.add("""
                {"type": "Annotation", "motivation": "commenting", "glossa:memoOf": "document",
                 "body": {"type": "TextualBody", "purpose": "commenting", "value": "  "}, "target": {"source": "x"}}""");
        items.add("""
                {"type": "Annotation", "motivation": "commenting", "glossa:memoOf": "paragraph",
                 "body": {"type": "TextualBody", "purpose": "commenting", "value": "m"}, "target": {"source": "x"}}""");
        AnnotatedArticle target = ExportFixtures.fresh(ExportFixtures.small());
        ImportResult result = read(target, "[" + String.join(",", items) + "]");
        assertEquals(2, result.report().errors().size(), result.report().toString());
        assertTrue(result.report().errors().get(1).message().contains("paragraph"));
        assertTrue(result.isEmpty());
    }
}
