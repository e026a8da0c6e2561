package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.convert.docx.DocxConverter;

/**
 * Word's automatic list numbers are not in the paragraph text: the converter writes them as a reader of the document
 * sees them ("一、", "（1）", "1.1", "iv.", "①"), counting per list, restarting deeper levels, honouring a list's
 * start and a restart's override. Each case is a small .docx written here.
 */
class DocxListNumberingTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /** A level of an abstract list: {@code <w:lvl>} with its start, format and text. */
    private static String lvl(int ilvl, Integer start, String numFmt, String lvlText) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\">" + (start == null ? "" : "<w:start w:val=\"" + start + "\"/>")
                + "<w:numFmt w:val=\"" + numFmt + "\"/><w:lvlText w:val=\"" + lvlText + "\"/></w:lvl>";
    }

    private static String abstractNum(int id, String... levels) {
        return "<w:abstractNum w:abstractNumId=\"" + id + "\">" + String.join("", levels) + "</w:abstractNum>";
    }

    private static String num(int numId, int abstractId, String... overrides) {
        return "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractId + "\"/>"
                + String.join("", overrides) + "</w:num>";
    }

    /** A list item: a paragraph of list {@code numId} at level {@code ilvl}. */
    private static String item(int numId, int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>"
                + "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String para(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    /** The lines of the converted text, blank lines left out. */
    private static List<String> lines(String numbering, String... body) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("word/document.xml", "<w:document " + W + "><w:body>" + String.join("", body)
                + "</w:body></w:document>");
        entries.put("word/numbering.xml", "<w:numbering " + W + ">" + numbering + "</w:numbering>");
        return new DocxConverter().convert(Sources.zip(entries), "list.docx").text().lines()
                .filter(l -> !l.isEmpty()).toList();
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("decimal", 7, "%1.", "7. item"),
                Arguments.of("lowerLetter", 1, "%1)", "a) item"),
                Arguments.of("lowerLetter", 26, "%1)", "z) item"),
                Arguments.of("lowerLetter", 27, "%1)", "aa) item"),
                Arguments.of("upperLetter", 53, "%1.", "BA. item"),
                Arguments.of("upperLetter", 702, "%1.", "ZZ. item"),
                Arguments.of("upperLetter", 703, "%1.", "AAA. item"),
                Arguments.of("lowerRoman", 4, "%1.", "iv. item"),
                Arguments.of("lowerRoman", 9, "%1.", "ix. item"),
                Arguments.of("lowerRoman", 14, "%1.", "xiv. item"),
                Arguments.of("upperRoman", 40, "%1.", "XL. item"),
                Arguments.of("upperRoman", 90, "%1.", "XC. item"),
                Arguments.of("upperRoman", 1994, "%1.", "MCMXCIV. item"),
                Arguments.of("upperRoman", 3999, "%1.", "MMMCMXCIX. item"),
                Arguments.of("upperRoman", 444, "%1.", "CDXLIV. item"),
                Arguments.of("chineseCounting", 1, "%1、", "一、item"),
                Arguments.of("chineseCounting", 10, "%1、", "十、item"),
                Arguments.of("chineseCounting", 12, "%1、", "十二、item"),
                Arguments.of("chineseCounting", 20, "%1、", "二十、item"),
                Arguments.of("chineseCounting", 99, "%1、", "九十九、item"),
                Arguments.of("chineseCountingThousand", 100, "第%1条", "第一百条 item"),
                Arguments.of("chineseCountingThousand", 105, "第%1条", "第一百零五条 item"),
                Arguments.of("chineseCountingThousand", 110, "第%1条", "第一百一十条 item"),
                Arguments.of("chineseCountingThousand", 215, "第%1条", "第二百一十五条 item"),
                Arguments.of("chineseCountingThousand", 999, "第%1条", "第九百九十九条 item"),
                Arguments.of("chineseCountingThousand", 1000, "第%1条", "第1000条 item"),
                Arguments.of("chineseLegalSimplified", 3, "（%1）", "（三）item"),
                Arguments.of("ideographTraditional", 1, "%1.", "甲. item"),
                Arguments.of("ideographTraditional", 10, "%1.", "癸. item"),
                Arguments.of("ideographTraditional", 11, "%1.", "十一. item"),
                Arguments.of("decimalEnclosedCircle", 1, "%1", "① item"),
                Arguments.of("decimalEnclosedCircleChinese", 20, "%1", "⑳ item"),
                Arguments.of("decimalEnclosedCircle", 21, "%1", "21 item"),
                Arguments.of("decimalZero", 9, "%1.", "09. item"),
                Arguments.of("decimalZero", 10, "%1.", "10. item"),
                Arguments.of("decimalFullWidth", 12, "%1．", "１２．item"),
                Arguments.of("bullet", 1, "\uF0B7", "• item"),
                Arguments.of("none", 1, "%1.", "item"));
    }

    /** The number of an item, in each of Word's formats, as the first item of a list starting there. */
    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("formats")
    void eachFormatWritesTheNumberAsWordShowsIt(String numFmt, int start, String lvlText, String line)
            throws Exception {
        assertEquals(List.of(line), lines(abstractNum(0, lvl(0, start, numFmt, lvlText)) + num(1, 0),
                item(1, 0, "item")));
    }

    @Test
    void nestedLevelsCountOnAndRestartUnderANewParent() throws Exception {
        String numbering = abstractNum(0, lvl(0, 1, "chineseCounting", "%1、"), lvl(1, 1, "decimal", "（%2）"),
                legal(lvl(2, 1, "decimal", "%1.%2.%3")))
                + num(1, 0);
        assertEquals(List.of("一、总则", "（1）目的", "1.1.1 细则", "1.1.2 细则", "（2）范围", "1.2.1 细则", "二、分则", "（1）定义",
                "三、附则"),
                lines(numbering, item(1, 0, "总则"), item(1, 1, "目的"), item(1, 2, "细则"), item(1, 2, "细则"),
                        item(1, 1, "范围"), item(1, 2, "细则"), item(1, 0, "分则"), item(1, 1, "定义"),
                        item(1, 0, "附则")));
    }

    /** {@code isLgl}: Word's "legal style numbering", all levels as Arabic digits. */
    private static String legal(String lvl) {
        return lvl.replace("<w:numFmt", "<w:isLgl/><w:numFmt");
    }

    @Test
    void withoutLegalNumberingAMultiLevelLabelKeepsEachLevelsFormat() throws Exception {
        String numbering = abstractNum(0, lvl(0, 1, "chineseCounting", "第%1章"), lvl(1, 1, "decimal", "%1.%2"),
                legal(lvl(2, 1, "lowerLetter", "%1.%2.%3"))) + num(1, 0);
        assertEquals(List.of("第一章 总则", "一.1 目的", "1.1.1 细则", "第二章 分则", "二.1 定义"),
                lines(numbering, item(1, 0, "总则"), item(1, 1, "目的"), item(1, 2, "细则"), item(1, 0, "分则"),
                        item(1, 1, "定义")));
    }

    @Test
    void twoListsCountApartAndUnnumberedParagraphsDoNotCount() throws Exception {
        String numbering = abstractNum(0, lvl(0, 1, "decimal", "%1.")) + abstractNum(1, lvl(0, 1, "lowerLetter",
                "(%1)")) + num(1, 0) + num(2, 1);
        assertEquals(List.of("1. one", "(a) alpha", "plain text", "2. two", "(b) beta"),
                lines(numbering, item(1, 0, "one"), item(2, 0, "alpha"), para("plain text"), item(1, 0, "two"),
                        item(2, 0, "beta")));
    }

    @Test
    void aListWithoutAStartCountsFromOne() throws Exception {
        assertEquals(List.of("1. one", "2. two"), lines(abstractNum(0, lvl(0, null, "decimal", "%1.")) + num(1, 0),
                item(1, 0, "one"), item(1, 0, "two")));
    }

    /** "Chapter 0", "Step 0": a list may start at zero and still count on. */
    @Test
    void aListStartingAtZeroCountsOn() throws Exception {
        String numbering = abstractNum(0, lvl(0, 0, "decimal", "%1."), lvl(1, 0, "decimal", "%1.%2")) + num(1, 0);
        assertEquals(List.of("0. zero", "0.0 sub", "0.1 sub", "1. one", "1.0 sub"),
                lines(numbering, item(1, 0, "zero"), item(1, 1, "sub"), item(1, 1, "sub"), item(1, 0, "one"),
                        item(1, 1, "sub")));
    }

    /** Word's "Restart at …": a second list of the same kind whose first level starts over at a given number. */
    @Test
    void aStartOverrideRestartsTheList() throws Exception {
        String numbering = abstractNum(0, lvl(0, 1, "chineseCounting", "%1、"))
                + num(1, 0)
                + num(2, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride>");
        assertEquals(List.of("一、甲", "二、乙", "五、戊", "六、己"),
                lines(numbering, item(1, 0, "甲"), item(1, 0, "乙"), item(2, 0, "戊"), item(2, 0, "己")));
    }

    /** An override may replace a level outright: this list numbers its items (a), (b) where the others say 1., 2. */
    @Test
    void aLevelOverrideReplacesTheLevelForThatListOnly() throws Exception {
        String numbering = abstractNum(0, lvl(0, 1, "decimal", "%1."))
                + num(1, 0)
                + num(2, 0, "<w:lvlOverride w:ilvl=\"0\">" + lvl(0, 1, "lowerLetter", "(%1)") + "</w:lvlOverride>")
                + num(3, 0, "<w:lvlOverride w:ilvl=\"9\"><w:startOverride w:val=\"4\"/></w:lvlOverride>");
        assertEquals(List.of("1. one", "(a) alpha", "(b) beta", "2. two", "1. other"),
                lines(numbering, item(1, 0, "one"), item(2, 0, "alpha"), item(2, 0, "beta"), item(1, 0, "two"),
                        item(3, 0, "other")));
    }

    @Test
    void levelsOutsideWordsNineAreIgnored() throws Exception {
        String numbering = abstractNum(0, lvl(0, 1, "decimal", "%1."), lvl(9, 1, "decimal", "%10)"),
                lvl(-1, 1, "decimal", "x")) + num(1, 0);
        assertEquals(List.of("1. one", "level nine", "level minus one", "2. two"),
                lines(numbering, item(1, 0, "one"), item(1, 9, "level nine"), item(1, -1, "level minus one"),
                        item(1, 0, "two")));
    }

    @Test
    void aListThatIsNotDefinedOrIsNumberZeroGivesNoNumber() throws Exception {
        String numbering = abstractNum(0, lvl(0, 1, "decimal", "%1.")) + num(1, 0) + num(3, 7);
        assertEquals(List.of("unknown list", "numbering switched off", "missing abstract", "1. counted"),
                lines(numbering, item(2, 0, "unknown list"), item(0, 0, "numbering switched off"),
                        item(3, 0, "missing abstract"), item(1, 0, "counted")));
    }
}
