package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import glossa.core.text.ArticleText;
import glossa.core.text.TextDecoder;
import glossa.core.text.TextDecodingException;

/**
 * The rules by which {@link TextDecoder} tells BOM-less UTF-16 from a binary file, at their boundaries: how many NUL
 * bytes in the right places make UTF-16 of mostly ASCII, how many plausible code units (ASCII, CJK ideographs and
 * punctuation, general punctuation, full-width forms) make UTF-16 of mostly Chinese, and which way round; and where
 * a bad byte is reported.
 */
class TextDecoderRulesTest {

    private static final String NAME = "a.txt";

    private static ArticleText decode(byte[] bytes) throws TextDecodingException {
        return TextDecoder.decode(bytes, NAME, null);
    }

    private static boolean refusedAsBinary(byte[] bytes) {
        try {
            decode(bytes);
            return false;
        } catch (TextDecodingException e) {
            assertTrue(e.getMessage().contains("binary file"), e.getMessage());
            return true;
        }
    }

    /**
     * ASCII letters (a NUL each, in the second byte for little endian) and Cyrillic letters (no NUL, not plausible
     * as code units): UTF-16 by its NULs while at least a quarter of the code units have one.
     */
    @ParameterizedTest(name = "[{index}] {0} ASCII + {1} Cyrillic, {2}: UTF-16 {3}")
    @CsvSource({
        "2, 6, UTF-16LE, true",
        "2, 7, UTF-16LE, false",
        "2, 6, UTF-16BE, true",
        "2, 7, UTF-16BE, false",
        "1, 3, UTF-16LE, true",
        "1, 4, UTF-16LE, false",
        "5, 0, UTF-16LE, true",
        "5, 0, UTF-16BE, true",
        "3, 9, UTF-16BE, true",
        "3, 10, UTF-16BE, false",
    })
    void utf16ByItsNulsWhileAQuarterOfTheUnitsHaveOne(int ascii, int cyrillic, String charset, boolean utf16)
            throws Exception {
        String text = "ab cd".substring(0, ascii) + "ЖЖЖЖЖЖЖЖЖЖЖ".substring(0, cyrillic);
        Charset cs = Charset.forName(charset);
        byte[] bytes = text.getBytes(cs);
        if (utf16) {
            ArticleText read = decode(bytes);
            assertEquals(text, read.text());
            assertEquals(cs, read.charset());
            assertFalse(read.byteOrderMark());
        } else {
            assertTrue(refusedAsBinary(bytes));
        }
    }

    @Test
    void nulsOnBothSidesOrAnOddLengthAreNoUtf16ByNuls() {
        // 'Ā' (U+0100) puts its NUL first in little endian, 'a' second: neither pattern; Cyrillic keeps the code
        // units from looking plausible, so nothing else takes it for UTF-16 either.
        assertTrue(refusedAsBinary("aĀЖЖ".getBytes(StandardCharsets.UTF_16LE)));
        byte[] odd = "abcd".getBytes(StandardCharsets.UTF_16LE);
        byte[] oddLength = java.util.Arrays.copyOf(odd, odd.length - 1);
        assertTrue(refusedAsBinary(oddLength));
        assertTrue(refusedAsBinary(new byte[] { 0, 0, 0, 0 }), "only NULs: a NUL pattern on both sides");
    }

    /**
     * Mixed NULs send the decision to the code units: "a" and "Ā" with k × "中"; read as little endian, "a" and every
     * "中" are plausible, "Ā" is not; read the other way round only "a" (U+6100) is. Nine in ten must be plausible.
     */
    @ParameterizedTest(name = "[{index}] {0} × 中 in {1}: UTF-16 {2}")
    @CsvSource({
        "8, UTF-16LE, true",
        "7, UTF-16LE, false",
        "18, UTF-16LE, true",
        "8, UTF-16BE, true",
        "7, UTF-16BE, false",
    })
    void utf16ByItsCodeUnitsWhenNineInTenArePlausible(int cjk, String charset, boolean utf16) throws Exception {
        String text = "aĀ" + "中".repeat(cjk);
        Charset cs = Charset.forName(charset);
        byte[] bytes = text.getBytes(cs);
        if (utf16) {
            ArticleText read = decode(bytes);
            assertEquals(text, read.text());
            assertEquals(cs, read.charset());
        } else {
            assertTrue(refusedAsBinary(bytes));
        }
    }

    @Test
    void twoCodeUnitsAreEnoughToDecide() throws Exception {
        // 'a' has its NUL second, '耀' (U+8000) first; swapped, '耀' is U+0080, a control: little endian it is
        String text = "a耀";
        ArticleText read = decode(text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(text, read.text());
        assertEquals(StandardCharsets.UTF_16LE, read.charset());
    }

    @Test
    void aTextThatReadsEquallyWellBothWaysIsNotGuessed() {
        // 'a' is U+0061 one way and U+6100 the other; '一' (U+4E00) is U+004E ('N') the other way: all plausible
        assertTrue(refusedAsBinary("a一a一".getBytes(StandardCharsets.UTF_16LE)));
    }

    /**
     * Which single code unit counts as plausible: "aĀ" + 7 × "中" + the probe is UTF-16 exactly when the probe is
     * plausible (nine of ten), whatever the probe reads as the other way round.
     */
    @ParameterizedTest(name = "[{index}] U+{0}: plausible {1}")
    @CsvSource({
        "000A, true", "000D, true", "0009, true", "000B, false", "001F, false",
        "0020, true", "007E, true", "007F, false", "00A0, false",
        "1FFF, false", "2000, true", "206F, true", "2070, false",
        "2FFF, false", "3000, true", "303F, true", "3040, false",
        "4DFF, false", "4E00, true", "9FFF, true", "A000, false",
        "FEFE, false", "FF00, true", "FFEF, true", "FFF0, false",
    })
    void plausibleCodeUnits(String hex, boolean plausible) throws Exception {
        String text = "aĀ" + "中".repeat(7) + (char) Integer.parseInt(hex, 16);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_16LE);
        if (plausible) {
            assertEquals(text, decode(bytes).text());
        } else {
            assertTrue(refusedAsBinary(bytes));
        }
    }

    @ParameterizedTest(name = "[{index}] {0} byte order mark, then \"{1}\"")
    @CsvSource({
        "UTF-8, abc", "UTF-8, ''", "UTF-8, a", "UTF-16LE, abc", "UTF-16LE, ''", "UTF-16BE, ''", "GB18030, abc",
        "GB18030, ''", "GB18030, 中文abc",
    })
    void aByteOrderMarkAloneOrBeforeAsciiIsReadWhole(String charset, String text) throws Exception {
        Charset cs = Charset.forName(charset);
        byte[] bom = "\uFEFF".getBytes(cs);
        byte[] body = text.getBytes(cs);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        ArticleText read = decode(bytes);
        assertEquals(text, read.text());
        assertEquals(cs, read.charset());
        assertTrue(read.byteOrderMark());
    }

    /** The first bad byte's line counts LF, CR LF and a lone CR as one line end each; its column counts code points. */
    @ParameterizedTest(name = "[{index}] before the bad byte: {0}")
    @CsvSource(delimiter = '|', value = {
        "''|1|1",
        "abc|1|4",
        "a\\nb|2|2",
        "a\\r\\nb|2|2",
        "a\\rb|2|2",
        "a\\r\\r\\nb|3|2",
        "a\\n\\n|3|1",
        "a\\r|2|1",
        "😀中|1|3",
        "x\\n😀😀é|2|4",
    })
    void aBadByteIsReportedAtItsLineAndColumn(String before, int line, int column) {
        String text = before.replace("\\n", "\n").replace("\\r", "\r");
        byte[] good = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xFF;
        bytes[good.length + 1] = 'z';
        TextDecodingException e = assertThrows(TextDecodingException.class, () -> decode(bytes));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains("invalid UTF-8 byte 0xFF at byte offset " + good.length), e.getMessage());
        assertEquals(NAME, e.file());
    }
}
