package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.convert.Conversion;
import glossa.convert.ConversionException;
import glossa.convert.ConverterRegistry;
import glossa.convert.docx.DocxConverter;

/**
 * What a Word file's structure becomes in the article: which paragraphs are headings (by style name, by a style's or
 * the paragraph's outline level, through {@code basedOn}), numbers a style carries, content controls, tables, text
 * boxes, footnotes and endnotes, and the title when the document properties give none.
 */
class DocxStructureTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static String p(String pPr, String text) {
        return "<w:p>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + "<w:r><w:t>" + text
                + "</w:t></w:r></w:p>";
    }

    private static String styled(String styleId, String text) {
        return p("<w:pStyle w:val=\"" + styleId + "\"/>", text);
    }

    /** A paragraph style; {@code more} goes inside it (basedOn, pPr). */
    private static String style(String id, String name, String more) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\">"
                + (name == null ? "" : "<w:name w:val=\"" + name + "\"/>") + more + "</w:style>";
    }

    private static Conversion convert(String body, Map<String, String> parts) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("word/document.xml", "<w:document " + W + " xmlns:mc=\"http://schemas.openxmlformats.org/"
                + "markup-compatibility/2006\"><w:body>" + body + "</w:body></w:document>");
        parts.forEach((name, xml) -> entries.put(name, xml.startsWith("<") && !xml.contains("xmlns:w")
                ? xml.replaceFirst("^<(w:\\w+)", "<$1 " + W) : xml));
        return new DocxConverter().convert(Sources.zip(entries), "doc.docx");
    }

    private static Conversion withStyles(String body, String... styles) throws Exception {
        return convert(body, Map.of("word/styles.xml", "<w:styles>" + String.join("", styles) + "</w:styles>"));
    }

    static Stream<Arguments> headingStyles() {
        return Stream.of(
                Arguments.of(style("a1", "Title", ""), "# 文件标题"),
                Arguments.of(style("a1", "标题", ""), "# 文件标题"),
                Arguments.of(style("a1", "heading 3", ""), "### 文件标题"),
                Arguments.of(style("a1", "标题 6", ""), "###### 文件标题"),
                Arguments.of(style("a1", "Zhengwen", "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>"), "# 文件标题"),
                Arguments.of(style("a1", "Zhengwen", "<w:pPr><w:outlineLvl w:val=\"5\"/></w:pPr>"), "###### 文件标题"),
                // Outline level 6 and below have no Markdown heading; 9 is Word's "body text".
                Arguments.of(style("a1", "Zhengwen", "<w:pPr><w:outlineLvl w:val=\"6\"/></w:pPr>"), "文件标题"),
                Arguments.of(style("a1", "Zhengwen", "<w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr>"), "文件标题"),
                Arguments.of(style("a1", "Body Text", ""), "文件标题"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("headingStyles")
    void aStyleMakesAHeadingByItsNameOrOutlineLevel(String style, String line) throws Exception {
        assertEquals(line + "\n", withStyles(styled("a1", "文件标题"), style).text());
    }

    static Stream<Arguments> paragraphOutline() {
        return Stream.of(Arguments.of("0", "# 第一章 总则"), Arguments.of("5", "###### 第一章 总则"),
                Arguments.of("6", "第一章 总则"), Arguments.of("-1", "第一章 总则"), Arguments.of("x", "第一章 总则"));
    }

    /** Word lets a paragraph carry its own outline level, without a heading style. */
    @ParameterizedTest(name = "outlineLvl {0}")
    @MethodSource("paragraphOutline")
    void aParagraphsOwnOutlineLevelMakesAHeading(String outline, String line) throws Exception {
        assertEquals(line + "\n", convert(p("<w:outlineLvl w:val=\"" + outline + "\"/>", "第一章 总则"), Map.of())
                .text());
    }

    @Test
    void aStyleBasedOnAHeadingIsAHeadingAndACycleEnds() throws Exception {
        Conversion c = withStyles(styled("mine", "一、背景") + styled("loopA", "正文段落") + styled("unknown", "另一段"),
                style("h2", "heading 2", ""), style("mine", "My Heading", "<w:basedOn w:val=\"h2\"/>"),
                style("loopA", "Loop A", "<w:basedOn w:val=\"loopB\"/>"),
                style("loopB", "Loop B", "<w:basedOn w:val=\"loopA\"/>"));
        assertEquals("## 一、背景\n\n正文段落\n\n另一段\n", c.text());
    }

    /** Without a styles part, Word's built-in style ids name the headings ("Heading2"). */
    @Test
    void withoutAStylesPartTheStyleIdIsTheName() throws Exception {
        assertEquals("## 背景\n\n正文\n", convert(styled("Heading2", "背景") + styled("Normal", "正文"), Map.of())
                .text());
    }

    @Test
    void aStyleCarriesItsListNumberToItsParagraphsAndThoseBasedOnIt() throws Exception {
        String numbering = "<w:numbering><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"
                + "<w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
                + "</w:abstractNum><w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
        String styles = "<w:styles>"
                + style("ListHead", "List Head", "<w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr>")
                + style("ListHeadBold", "List Head Bold", "<w:basedOn w:val=\"ListHead\"/>")
                + style("Plain", "Plain", "<w:basedOn w:val=\"Missing\"/>") + "</w:styles>";
        Conversion c = convert(styled("ListHead", "总体要求") + styled("Plain", "说明") + styled("ListHeadBold", "主要任务")
                + styled("Unknown", "附注"), Map.of("word/styles.xml", styles, "word/numbering.xml", numbering));
        assertEquals("一、总体要求\n\n说明\n\n二、主要任务\n\n附注\n", c.text());
    }

    @Test
    void contentControlsCustomXmlAndInsertionsAreRead() throws Exception {
        String body = "<w:sdt><w:sdtPr/><w:sdtContent>" + p("", "控件里的段落") + "</w:sdtContent></w:sdt>"
                + "<w:sdt>" + p("", "没有内容元素的控件") + "</w:sdt>"
                + "<w:customXml>" + p("", "自定义XML里的段落") + "</w:customXml>"
                + "<w:ins>" + p("", "修订插入的段落") + "</w:ins>"
                + "<w:del>" + p("", "删除的段落") + "</w:del>";
        assertEquals("控件里的段落\n\n没有内容元素的控件\n\n自定义XML里的段落\n\n修订插入的段落\n", convert(body, Map.of()).text());
    }

    @Test
    void aTableCellOfSeveralParagraphsIsOneCellAndANestedTableFollowsAsRows() throws Exception {
        String body = "<w:tbl><w:tr><w:tc>" + p("", "第一行") + p("", "第二行") + "</w:tc><w:tc>" + p("", "右")
                + "<w:tbl><w:tr><w:tc>" + p("", "内") + "</w:tc><w:tc>" + p("", "表") + "</w:tc></w:tr></w:tbl>"
                + "</w:tc></w:tr></w:tbl>";
        assertEquals("内\t表\n\n第一行 第二行\t右\n", convert(body, Map.of()).text());
    }

    @Test
    void aTextBoxIsReadOnceThoughWordSavesItTwice() throws Exception {
        String box = "<w:txbxContent>" + p("", "方框里的标题") + "</w:txbxContent>";
        String body = "<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict>" + box.replace("方框", "后备图形") + "</w:pict></mc:Fallback>"
                + "<mc:Choice Requires=\"wps\"><w:drawing>" + box + "</w:drawing></mc:Choice>"
                + "<mc:Choice Requires=\"other\"><w:drawing>" + box.replace("方框", "第二选择") + "</w:drawing></mc:Choice>"
                + "</mc:AlternateContent></w:r></w:p>" + p("", "正文");
        assertEquals("方框里的标题\n\n正文\n", convert(body, Map.of()).text());
    }

    @Test
    void footnotesAndEndnotesFollowTheTextInTheOrderReferred() throws Exception {
        String footnotes = "<w:footnotes><w:footnote w:type=\"separator\" w:id=\"-1\">" + p("", "---")
                + "</w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\">" + p("", "===")
                + "</w:footnote><w:footnote w:type=\"normal\" w:id=\"1\">" + p("", "见第一号文件。")
                + p("", "另见附件。") + "</w:footnote></w:footnotes>";
        String endnotes = "<w:endnotes><w:endnote w:id=\"1\">" + p("", "尾注的说明。") + "</w:endnote></w:endnotes>";
        String body = "<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r>"
                + "<w:r><w:t>再说</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r>"
                + "<w:r><w:footnoteReference w:id=\"0\"/></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>";
        Conversion c = convert(body, Map.of("word/footnotes.xml", footnotes, "word/endnotes.xml", endnotes));
        assertEquals("正文[1]再说[2][2]\n\n[1] 尾注的说明。\n\n[2] 见第一号文件。 另见附件。\n", c.text());
    }

    static Stream<Arguments> titles() {
        String core = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:dcterms=\"http://purl.org/dc/terms/\">%s</cp:coreProperties>";
        return Stream.of(
                Arguments.of("no properties", Map.of(), "关于  数据安全的 通知", ""),
                Arguments.of("a blank title", Map.of("docProps/core.xml", core.formatted("<dc:title> </dc:title>"
                        + "<dcterms:created>2024</dcterms:created>")), "关于  数据安全的 通知", "2024"),
                Arguments.of("a title", Map.of("docProps/core.xml", core.formatted("<dc:title>正式标题</dc:title>")),
                        "正式标题", ""));
    }

    /** The document properties' title, else the first heading (its white space folded as in the text). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void theTitleComesFromThePropertiesElseTheFirstHeading(String what, Map<String, String> parts, String title,
            String published) throws Exception {
        Conversion c = convert(p("", "前言") + p("<w:outlineLvl w:val=\"1\"/>", "关于  数据安全的 通知")
                + p("<w:outlineLvl w:val=\"1\"/>", "第二个标题"), parts);
        assertEquals(title.replaceAll("\\s+", " "), c.title());
        assertEquals(published, c.published());
    }

    @Test
    void theRegistryGivesWordFilesToTheDocxConverter() {
        assertEquals("docx", ConverterRegistry.instance().forFile("报告.DOCX").orElseThrow().id());
        assertTrue(ConverterRegistry.instance().forFile("old.doc").isEmpty());
        assertEquals("Word documents", new DocxConverter().label());
    }

    /** A broken part is reported once, in the refusal, not also as parser noise on the command line's stderr. */
    @Test
    void aMalformedPartSaysSoWithoutWritingToStderr() throws Exception {
        byte[] zip = Sources.zip(Map.of("word/document.xml", "<w:document " + W + "><w:body><w:p>"));
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        ConversionException e;
        try {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            e = assertThrows(ConversionException.class, () -> new DocxConverter().convert(zip, "broken.docx"));
        } finally {
            System.setErr(err);
        }
        assertTrue(e.getMessage().startsWith("not a readable Word (.docx) file: word/document.xml: "), e.getMessage());
        assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Entries are looked up by their exact names: a path that climbs out of the archive is not the document. */
    @Test
    void aZipSlipNameIsNotTheDocument() throws Exception {
        byte[] zip = Sources.zip(Map.of("../word/document.xml", "<w:document " + W + "><w:body>"
                + p("", "escaped") + "</w:body></w:document>", "/word/document.xml", "x"));
        ConversionException e = assertThrows(ConversionException.class,
                () -> new DocxConverter().convert(zip, "slip.docx"));
        assertTrue(e.getMessage().contains("no word/document.xml"), e.getMessage());
    }
}
