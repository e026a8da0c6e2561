package glossa.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import glossa.core.io.RestrictedCharacters;

/**
 * The characters XML 1.1 restricts (U+007F-U+0084, U+0086-U+009F) or folds into a line end (U+0085, U+2028) become
 * character references in the bytes EMF wrote; nothing else changes.
 */
class RestrictedCharactersTest {

    private static String escape(String text) {
        return new String(RestrictedCharacters.escape(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\u007F|&#x7F;",
            "\u0080|&#x80;",
            "\u0084|&#x84;",
            "\u0085|&#x85;",
            "\u0086|&#x86;",
            "\u009F|&#x9F;",
            "`\u2028`|&#x2028;",
            "a\u007Fb|a&#x7F;b",
            "memo=\"x\u0085y\"|memo=\"x&#x85;y\"",
            "\u007F\u0085\u2028|&#x7F;&#x85;&#x2028;",
            "中\u0090文\u2028😀|中&#x90;文&#x2028;😀",
            "`\u2028\u2028`|&#x2028;&#x2028;",
            "ab\u009F|ab&#x9F;",
            "\u009Fab|&#x9F;ab" })
    void restrictedCharactersBecomeUpperCaseReferences(String text, String escaped) {
        assertEquals(escaped, escape(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "plain ASCII ~", "\u00A0no-break", "é", "\u0100", "中文", "€", "\u2027", "\u2029",
            "\u2018quoted\u2019", "\u201C\u201D", "😀", "\uFFFD", "&#x85; already a reference", "\t\n\r" })
    void otherTextIsReturnedAsItWas(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertSame(bytes, RestrictedCharacters.escape(bytes), "no copy when there is nothing to escape");
    }

    @Test
    void onlyTheExactByteSequencesCount() {
        // C2 followed by a byte outside 80-9F, E2 80 followed by anything but A8, and sequences cut by the end of the
        // bytes stay as they are (the bytes EMF wrote are UTF-8; a cut sequence is not one of these characters).
        int[][] untouched = { { 0xC2 }, { 'a', 0xC2 }, { 0xC2, 0x41 }, { 0xC2, 0xA0 },
                { 0xC2, 0xBF }, { 0xE2 }, { 0xE2, 0x80 }, { 'a', 0xE2, 0x80 }, { 0xE2, 0x80, 0xA9 }, { 0xE2, 0x80, 0xA7 },
                { 0xE2, 0x81, 0xA8 }, { 0xE3, 0x80, 0xA8 }, { 0xC3, 0x85 }, { 0x7E }, { 0x80 } };
        for (int[] pattern : untouched) {
            byte[] bytes = bytes(pattern);
            assertSame(bytes, RestrictedCharacters.escape(bytes), java.util.Arrays.toString(pattern));
        }
        // At the very end of the bytes, a whole sequence still counts.
        assertArrayEquals("a&#x80;".getBytes(StandardCharsets.US_ASCII),
                RestrictedCharacters.escape(bytes(new int[] { 'a', 0xC2, 0x80 })));
        assertArrayEquals("a&#x2028;".getBytes(StandardCharsets.US_ASCII),
                RestrictedCharacters.escape(bytes(new int[] { 'a', 0xE2, 0x80, 0xA8 })));
        assertArrayEquals("&#x7F;".getBytes(StandardCharsets.US_ASCII),
                RestrictedCharacters.escape(bytes(new int[] { 0x7F })));
    }

    @Test
    void aLongDocumentWithManyOfThemKeepsEverythingElse() {
        StringBuilder text = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append("段落 ").append(i).append(i % 3 == 0 ? "\u0085" : "").append(i % 7 == 0 ? "\u2028" : "");
            expected.append("段落 ").append(i).append(i % 3 == 0 ? "&#x85;" : "").append(i % 7 == 0 ? "&#x2028;" : "");
        }
        assertEquals(expected.toString(), escape(text.toString()));
    }

    private static byte[] bytes(int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
