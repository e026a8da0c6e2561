package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.internal.CsvReader;

class CsvExportTest {

    static List<List<String>> parse(String csv) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(csv));
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void readerFollowsRfc4180() throws IOException {
        String csv = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\",,中文\r\nlast,row";
        assertEquals(List.of(List.of("a", "b,c", "say \"hi\""), List.of("multi\r\nline", "", "中文"),
                List.of("last", "row")), parse(csv));
        assertThrows(IOException.class, () -> parse("\"never closed"));
        assertNull(new CsvReader(new StringReader("")).next());
    }

    @Test
    void oneRowPerAnnotationWithBomHeaderAndAttributeColumns() throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        byte[] bytes = ExportFixtures.bytes(article, ExportFixtures.format("csv"), ExportFixtures.OPTIONS);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = parse(csv);
        assertEquals(List.of("document", "section number", "section title", "type", "quote", "begin", "end",
                // attribute names of the default codebook, each once, in codebook order
                "actor", "stance", "confidence", "instrument", "target", "domain", "responds-to",
                "memo", "author", "created", "modified", "status", "type id", "id",
                // added last, so the columns before keep their places; empty without a page map
                "page"), rows.get(0));
        assertEquals(5, rows.size());
        List<String> claim = rows.get(1);
        assertEquals("article.zh.txt", claim.get(0));
        assertEquals("一", claim.get(1));
        assertEquals("背景", claim.get(2));
        assertEquals("Claim", claim.get(3));
        assertEquals("技术出口管制", claim.get(4));
        int begin = ExportFixtures.TEXT.indexOf("技术出口管制", ExportFixtures.TEXT.indexOf("一、"));
        assertEquals(List.of(Integer.toString(begin), Integer.toString(begin + 6)), claim.subList(5, 7));
        assertEquals("美国政府", claim.get(7));
        assertEquals("critical", claim.get(8));
        assertEquals("", claim.get(9));
        assertEquals("主张, with \"quotes\", commas\nand a new line", claim.get(14));
        assertEquals("ana", claim.get(15));
        assertEquals("2025-09-20T08:15:30.123Z", claim.get(16));
        assertEquals("2025-09-21T09:00:00Z", claim.get(17));
        assertEquals("confirmed", claim.get(18));
        assertEquals("suggested", rows.get(2).get(18));
        assertEquals("", claim.get(21), "no page map, no page");
        assertEquals("export control", rows.get(2).get(10));
        for (List<String> row : rows) {
            assertEquals(rows.get(0).size(), row.size());
        }
        // CRLF record ends; the memo's own LF stays inside its quoted field.
        assertEquals(5, csv.split("\r\n", -1).length - 1);
    }

    /** OWASP CSV injection: no cell of the file starts a formula, and reading it back gives the text as it was. */
    @Test
    void cellsThatWouldStartAFormulaAreDefusedAndReadBackUnchanged() throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        List<String> memos = List.of("=HYPERLINK(\"http://example.org\",\"click\")", "+1 看好", "-2", "@SUM(A1)",
                "\tTAB", "'=already quoted", "''=twice", "'plain", "普通备注");
        List<String> all = new ArrayList<>();
        for (int round = 0; round * 4 < memos.size(); round++) {
            for (int i = 0; i < 4; i++) {
                article.document().getAnnotations().get(i).setMemo(memos.get(Math.min(memos.size() - 1, round * 4 + i)));
            }
            byte[] bytes = ExportFixtures.bytes(article, ExportFixtures.format("csv"), ExportFixtures.OPTIONS);
            String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            for (String cell : csv.split("\r\n|,")) {
                String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
                if (!unquoted.isEmpty()) {
                    char first = unquoted.charAt(0);
                    org.junit.jupiter.api.Assertions.assertFalse(
                            first == '=' || first == '+' || first == '-' || first == '@' || first == '\t',
                            "a cell starts a formula: " + cell);
                }
            }
            List<List<String>> rows = parse(csv);
            int memo = rows.get(0).indexOf("memo");
            for (int i = 1; i < rows.size(); i++) {
                all.add(rows.get(i).get(memo));
            }
        }
        for (String memo : memos) {
            org.junit.jupiter.api.Assertions.assertTrue(all.contains(memo), "read back unchanged: " + memo + " in " + all);
        }
    }
}
