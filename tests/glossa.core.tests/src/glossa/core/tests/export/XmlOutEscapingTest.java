package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import glossa.exchange.export.internal.XmlOut;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.refiqda.QdeReader;

/**
 * XmlOut escapes and encodes attribute values and text in one pass (the REFI-QDA export's hot path): the bytes must
 * be those of the rules spelled out here character by character, for every kind of character, at any position and
 * across the writer's buffer boundaries. And GUIDs stay unique in a project far larger than the reader's first table.
 */
class XmlOutEscapingTest {

    /** The rules, one character at a time: what XmlOut documents. */
    private static String expected(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('?');
            } else if (c == '&') {
                sb.append("&amp;");
            } else if (c == '<') {
                sb.append("&lt;");
            } else if (c == '>') {
                sb.append("&gt;");
            } else if (c == '"') {
                sb.append("&quot;");
            } else if (c == '\r') {
                sb.append("&#13;");
            } else if (c == '\n' || c == '\t') {
                sb.append(attribute ? c == '\n' ? "&#10;" : "&#9;" : String.valueOf(c));
            } else if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String written(String value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlOut x = new XmlOut(out, 0);
        x.start("e").attr("a", value).text(value).end();
        x.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyKindOfCharacterIsEscapedAsTheRulesSay() throws IOException {
        String all = "a&b<c>d\"e'f\ng\rh\ti\u0001j\u001Fk\uFFFEl\uFFFFm中文é😀n\uD800o\uDC00p";
        assertEquals("<e a=\"" + expected(all, true) + "\">" + expected(all, false) + "</e>\n", written(all));
        assertTrue(written("x\uD83D").contains("a=\"x?\""), "a high surrogate at the end of a value");
    }

    @Test
    void longRandomValuesCrossTheBufferAsTheRulesSay() throws IOException {
        char[] alphabet = "a&<>\"\n\r\t\u0001中é\uFFFE\uD83D\uDE00\uD800".toCharArray();
        Random random = new Random(16);
        for (int round = 0; round < 20; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(200_000);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String value = sb.toString();
            assertEquals("<e a=\"" + expected(value, true) + "\">" + expected(value, false) + "</e>\n", written(value));
        }
    }

    @Test
    void aDuplicateAmongManyGuidsIsFoundWithItsFirstUse() {
        StringBuilder codes = new StringBuilder("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>\n");
        for (int i = 0; i < 50_000; i++) {
            codes.append("<Code guid=\"").append(String.format("%08x-0000-4000-8000-%012x", i, i * 7919L))
                    .append("\" name=\"c").append(i).append("\" isCodable=\"true\"/>\n");
        }
        String again = String.format("{%08X-0000-4000-8000-%012X}", 31_337, 31_337 * 7919L);
        codes.append("<Code guid=\"").append(again).append("\" name=\"again\" isCodable=\"true\"/>\n");
        codes.append("</Codes></CodeBook>");
        ImportFormatException e = org.junit.jupiter.api.Assertions.assertThrows(ImportFormatException.class,
                () -> QdeReader.readCodebook(codes.toString().getBytes(StandardCharsets.UTF_8), "c.qdc"));
        assertTrue(e.getMessage().contains("used twice (first by <Code> at line " + (31_337 + 2) + ")"),
                e.getMessage());
        codes.setLength(codes.indexOf("<Code guid=\"" + again));
        codes.append("</Codes></CodeBook>");
        assertEquals(50_000, assertNoThrow(codes.toString()));
    }

    private static int assertNoThrow(String xml) {
        try {
            return QdeReader.readCodebook(xml.getBytes(StandardCharsets.UTF_8), "c.qdc").size();
        } catch (ImportFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
