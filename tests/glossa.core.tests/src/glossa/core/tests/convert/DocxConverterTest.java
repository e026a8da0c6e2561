package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import glossa.convert.Conversion;
import glossa.convert.ConversionException;
import glossa.convert.docx.DocxConverter;

/** A real Word file from the web, Word files made here for single rules, and hostile ones. */
class DocxConverterTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static String p(String style, String numId, String ilvl, String runs) {
        String pPr = (style == null ? "" : "<w:pStyle w:val=\"" + style + "\"/>")
                + (numId == null ? "" : "<w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId
                        + "\"/></w:numPr>");
        return "<w:p>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + runs + "</w:p>";
    }

    private static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static byte[] docx(String body, Map<String, String> more) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>");
        entries.put("word/document.xml", "<w:document " + W + "><w:body>" + body + "</w:body></w:document>");
        entries.putAll(more);
        return Sources.zip(entries);
    }

    @Test
    void realLibraryCalendarConverts() throws Exception {
        Conversion c = new DocxConverter().convert(Sources.bytes("chernigovka-library-calendar-2017.ru.docx"),
                "calendar.docx");
        assertTrue(c.text().contains("Календарь знаменательных и памятных дат на 2017 год"));
        assertTrue(c.text().contains("Январь"));
        assertTrue(c.text().lines().anyMatch(line -> line.contains("\t")), "its table rows keep their cells");
    }

    @Test
    void realTranslatedPartyDocumentKeepsItsHeadingLevelsAndNumberedPoints() throws Exception {
        Conversion c = new DocxConverter().convert(
                Sources.bytes("document-9-communique-ideological-sphere.en.docx"), "document-9.docx");
        assertEquals("Communiqué on the Current State of the Ideological Sphere", c.title());
        java.util.List<String> lines = c.text().lines().toList();
        assertEquals("## Communiqué on the Current State of the Ideological Sphere", lines.get(0));
        assertTrue(lines.contains("### Introduction"), "a Word heading style becomes a Markdown heading");
        assertTrue(lines.contains("### Noteworthy Problems Related to the Current State of the Ideological Sphere"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("7. Questioning Reform and Opening")),
                "a numbered point keeps its number at the start of its line");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("4. Conscientiously strengthen management")));
    }

    @Test
    void headingsListsTablesAndFootnotes() throws Exception {
        String styles = "<w:styles " + W + ">"
                + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"a5\"><w:name w:val=\"标题 2\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"MyHead\"><w:name w:val=\"My Head\"/>"
                + "<w:basedOn w:val=\"a5\"/></w:style></w:styles>";
        String numbering = "<w:numbering " + W + ">"
                + "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
                + "<w:lvlText w:val=\"（%2）\"/></w:lvl></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
                + "<w:lvlText w:val=\"\uF0B7\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";
        String footnotes = "<w:footnotes " + W + "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p>"
                + r("----") + "</w:p></w:footnote><w:footnote w:id=\"2\"><w:p>" + r("见国务院文件。")
                + "</w:p></w:footnote></w:footnotes>";
        String core = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                + "<dc:title>数据安全工作方案</dc:title><dc:creator>办公厅</dc:creator>"
                + "<dcterms:created>2024-03-01T08:00:00Z</dcterms:created></cp:coreProperties>";
        String body = p("1", null, null, r("数据安全工作方案"))
                + p(null, null, null, r("为做好工作，") + "<w:r><w:footnoteReference w:id=\"2\"/></w:r>" + r("制定本方案。"))
                + p("a5", "1", "0", r("总体要求"))
                + p(null, "1", "1", r("坚持统筹。"))
                + p(null, "1", "1", r("坚持"))
                + p("MyHead", "1", "0", r("主要任务"))
                + p(null, "1", "1", r("建立制度") + "<w:del><w:r><w:delText>删掉的字</w:delText></w:r></w:del>")
                + p(null, "2", "0", r("要点甲"))
                + "<w:tbl><w:tr><w:tc>" + p(null, null, null, r("指标")) + "</w:tc><w:tc>"
                + p(null, null, null, r("目标")) + "</w:tc></w:tr></w:tbl>"
                + "<w:sectPr/>";
        Conversion c = new DocxConverter().convert(docx(body, Map.of("word/styles.xml", styles,
                "word/numbering.xml", numbering, "word/footnotes.xml", footnotes, "docProps/core.xml", core)),
                "plan.docx");
        assertEquals("""
                # 数据安全工作方案

                为做好工作，[1]制定本方案。

                ## 一、总体要求

                （1）坚持统筹。

                （2）坚持

                ## 二、主要任务

                （1）建立制度

                • 要点甲

                指标\t目标

                [1] 见国务院文件。
                """, c.text());
        assertEquals("数据安全工作方案", c.title());
        assertEquals("办公厅", c.author());
        assertEquals("2024-03-01", c.published());
    }

    @Test
    void zipBombIsRefusedAfterBoundedWork() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 80; i++) { // 80 MB of spaces: deflates to well under 1 MB
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < 1024 * 1024, "a real bomb: " + bytes.size());
        ConversionException e = assertThrows(ConversionException.class,
                () -> new DocxConverter().convert(bytes.toByteArray(), "bomb.docx"));
        assertTrue(e.getMessage().startsWith("refused as a zip bomb"), e.getMessage());
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5001; i++) {
            entries.put("x/" + i, "");
        }
        ConversionException e = assertThrows(ConversionException.class,
                () -> new DocxConverter().convert(Sources.zip(entries), "many.docx"));
        assertTrue(e.getMessage().contains("more than 5000 entries"), e.getMessage());
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document " + W + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        byte[] bytes = Sources.zip(Map.of("word/document.xml", xxe));
        ConversionException e = assertThrows(ConversionException.class,
                () -> new DocxConverter().convert(bytes, "xxe.docx"));
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
        assertTrue(e.getMessage().contains("word/document.xml"), e.getMessage());
    }

    @Test
    void notADocxSaysWhat() {
        byte[] ole = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 };
        assertTrue(assertThrows(ConversionException.class, () -> new DocxConverter().convert(ole, "old.docx"))
                .getMessage().contains("Word 97-2003"));
        assertTrue(assertThrows(ConversionException.class,
                () -> new DocxConverter().convert("hello".getBytes(), "t.docx")).getMessage().contains("not a zip"));
        assertTrue(assertThrows(ConversionException.class,
                () -> new DocxConverter().convert(Sources.zip(Map.of("a.txt", "x")), "z.docx")).getMessage()
                .contains("no word/document.xml"));
    }
}
