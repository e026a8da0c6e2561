package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseArticles;
import glossa.core.io.SidecarStore;
import glossa.exchange.export.CaseExporter;
import glossa.exchange.imports.ProjectImport;
import glossa.model.Document;
import glossa.model.Section;

/**
 * Memos on sections, and on passages another tool left without a code, are not lost in REFI-QDA: Glossa writes a
 * section's memo as an uncoded selection over the section with a note, and an import puts the note of any uncoded
 * selection on its section, or else into the document's memo after the passage's quote.
 */
class RefiQdaMemoTest {

    @TempDir
    Path dir;

    private Path export(AnnotatedArticle article) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseExporter(dir.resolve("origin"), "case", List.of(article), article.document().getCodebook())
                .export(ExportFixtures.format("qdpx").caseWriter(), ExportFixtures.OPTIONS, out, null);
        Path qdpx = dir.resolve("case.qdpx");
        Files.write(qdpx, out.toByteArray());
        return qdpx;
    }

    private Document imported(Path qdpx, List<String> skipped) throws IOException {
        ProjectImport.Result result = ProjectImport.run(qdpx, dir.resolve("imported"), new NullProgressMonitor());
        skipped.addAll(result.skipped());
        List<AnnotatedArticle> articles = CaseArticles.load(dir.resolve("imported"), null).articles();
        assertEquals(1, articles.size());
        return new SidecarStore().load(AnnotatedArticle.sidecarOf(articles.get(0).articlePath()));
    }

    @Test
    void sectionMemosComeBackOnTheirSectionsAndTheProjectStaysValid() throws IOException, SAXException {
        AnnotatedArticle article = ExportFixtures.smallWithMemos();
        Path qdpx = export(article);
        RefiQdaFiles.validate(RefiQdaFiles.unzip(Files.readAllBytes(qdpx)).get("project.qde"), "Project.xsd");

        List<String> skipped = new java.util.ArrayList<>();
        Document back = imported(qdpx, skipped);
        assertEquals(List.of(), skipped);
        assertEquals(ExportFixtures.SECTION_MEMO, ExportFixtures.numbered(back, "一").getMemo());
        // The subsection was made by hand; the import detects sections again and finds none inside 二, so its memo
        // joins the document's, after the quote of the passage it was on.
        String inner = ExportFixtures.TEXT.substring(ExportFixtures.TEXT.indexOf("中国企业"));
        String quote = inner.replaceAll("\\s+", " ").strip();
        assertTrue(quote.length() <= 40, "short enough to be quoted whole");
        assertEquals(ExportFixtures.DOCUMENT_MEMO + "\n\n«" + quote + "»: " + ExportFixtures.SUBSECTION_MEMO,
                back.getMemo());
        assertEquals(article.document().getAnnotations().size(), back.getAnnotations().size(),
                "a memo's selection makes no annotation");
    }

    @Test
    void aSectionMemoFollowsItsSectionWhenTheDetectedSectionsAgree() throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        // The sections the import will detect, so that a memo on a nested one has a place to land.
        article.document().getSections().clear();
        article.document().getSections().addAll(glossa.core.sections.SectionDetector.detect(article.text()));
        Section last = article.document().getSections().get(article.document().getSections().size() - 1);
        last.setMemo("最后一节 memo");
        Document back = imported(export(article), new java.util.ArrayList<>());
        Section lastBack = back.getSections().get(back.getSections().size() - 1);
        assertEquals("最后一节 memo", lastBack.getMemo());
        assertEquals(null, back.getMemo());
    }

    @Test
    void aLongPassageIsQuotedByItsFirstFortyCharactersOnOneLine() throws IOException {
        AnnotatedArticle article = ExportFixtures.sample();
        Section chapter = article.document().getSections().get(2);
        int begin = chapter.getBegin() + 2; // inside the chapter, so no detected section has this span
        Section passage = ExportFixtures.section("x9", "passage", begin, chapter.getEnd(), glossa.model.SectionKind.BODY);
        passage.setLevel(2);
        chapter.getChildren().add(passage);
        passage.setMemo("长段落的备忘");
        Document back = imported(export(article), new java.util.ArrayList<>());
        String flat = article.text().substring(begin, chapter.getEnd()).replaceAll("\\s+", " ").strip();
        assertTrue(flat.length() > 41);
        int cut = Character.isHighSurrogate(flat.charAt(39)) ? 39 : 40;
        assertEquals("«" + flat.substring(0, cut) + "…»: 长段落的备忘", back.getMemo());
    }

    private static final String CODE = "11111111-1111-4111-8111-111111111111";
    private static final String SOURCE = "22222222-2222-4222-8222-222222222222";
    private static final String TEXT = "标题\n一、总体要求\n开源模型的生态 😀 正在形成。\n二、措施\n出口管制。";

    private Path handWritten(String selections, String notes) throws IOException {
        return handWritten(TEXT, selections, notes);
    }

    private Path handWritten(String text, String selections, String notes) throws IOException {
        String qde = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "name=\"p\"><CodeBook><Codes><Code guid=\"" + CODE + "\" name=\"claim\"/></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"" + SOURCE + "\" name=\"a.txt\" plainTextPath=\"internal://" + SOURCE
                + ".txt\">" + selections + "</TextSource></Sources>" + notes + "</Project>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        entries.put("Sources/" + SOURCE + ".txt", text.getBytes(StandardCharsets.UTF_8));
        Path qdpx = dir.resolve("hand.qdpx");
        Files.write(qdpx, RefiQdaFiles.zip(entries));
        return qdpx;
    }

    private static String uncoded(int n, String quote, String inside) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(quote));
        int end = start + quote.codePointCount(0, quote.length());
        return "<PlainTextSelection guid=\"33333333-3333-4333-8333-33333333333" + n + "\" startPosition=\"" + start
                + "\" endPosition=\"" + end + "\">" + inside + "</PlainTextSelection>";
    }

    private static String note(int n, String text) {
        return "<Note guid=\"55555555-5555-4555-8555-55555555555" + n + "\"><PlainTextContent>" + text
                + "</PlainTextContent></Note>";
    }

    private static String noteRef(int n) {
        return "<NoteRef targetGUID=\"55555555-5555-4555-8555-55555555555" + n + "\"/>";
    }

    @Test
    void anotherToolsCommentedPassageWithoutACodeJoinsTheDocumentMemoAfterItsQuote() throws IOException {
        String selections = uncoded(1, "开源模型的生态 😀", noteRef(1))
                + uncoded(2, "出口管制", "<Description>ATLAS.ti comment</Description>")
                + uncoded(3, "正在形成", "");
        List<String> skipped = new java.util.ArrayList<>();
        Document back = imported(handWritten(selections, "<Notes>" + note(1, "生态的笔记") + "</Notes>"), skipped);
        assertEquals("«开源模型的生态 😀»: 生态的笔记\n\n«出口管制»: ATLAS.ti comment", back.getMemo());
        assertEquals(1, skipped.size(), skipped.toString());
        assertTrue(skipped.get(0).contains("33333333-3333-4333-8333-333333333333") && skipped.get(0).contains("no coding"),
                "an uncoded selection with nothing to say is still listed: " + skipped);
        assertEquals(List.of(), back.getAnnotations());
    }

    @Test
    void aQuoteOfFortyCharactersIsWholeAndOneMoreIsCut() throws IOException {
        String forty = "四十个字".repeat(10);
        String text = forty + "\n" + forty + "多\n";
        String selections = "<PlainTextSelection guid=\"33333333-3333-4333-8333-333333333331\" startPosition=\"0\" "
                + "endPosition=\"40\">" + noteRef(1) + "</PlainTextSelection>"
                + "<PlainTextSelection guid=\"33333333-3333-4333-8333-333333333332\" startPosition=\"41\" "
                + "endPosition=\"82\">" + noteRef(2) + "</PlainTextSelection>";
        Document back = imported(handWritten(text, selections, "<Notes>" + note(1, "a") + note(2, "b") + "</Notes>"),
                new java.util.ArrayList<>());
        assertEquals("«" + forty + "»: a\n\n«" + forty + "…»: b", back.getMemo());
    }

    @Test
    void aGlossaSectionMemoWhoseSectionIsGoneFallsBackToTheDocumentMemo() throws IOException {
        String selections = uncoded(1, "出口管制。",
                "<Description>[Glossa]\nsectionMemo: 九</Description>" + noteRef(1))
                + uncoded(2, "一、总体要求\n开源模型的生态 😀 正在形成。\n",
                        "<Description>[Glossa]\nsectionMemo: 七</Description>" + noteRef(2));
        String notes = "<Notes>" + note(1, "第九节") + note(2, "第七节") + "</Notes>";
        Document back = imported(handWritten(selections, notes), new java.util.ArrayList<>());
        assertEquals("第七节", ExportFixtures.numbered(back, "一").getMemo(), "no section 七: found by its span");
        assertEquals("«出口管制。»: 第九节", back.getMemo(), "no section 九 and none with that span");
        assertEquals(null, ExportFixtures.numbered(back, "二").getMemo());
    }
}
