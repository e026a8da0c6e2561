package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.exchange.export.internal.CodePointIndex;
import glossa.exchange.export.internal.Html;
import glossa.exchange.export.internal.Iso;

/**
 * The small text rules every export format relies on, as tables with their boundaries: ISO-8601 dates (the same text
 * as the JDK's {@link Instant#toString()}, also before 1970, at the last millisecond of a day and from year 10000 on),
 * HTML escaping (every special and control character, at the start, the end and in between) and safe colours, and
 * UTF-16 offsets against code points (the W3C selectors count code points) around surrogate pairs.
 */
class ExportTextRulesTest {

    static Stream<Arguments> instants() {
        return Stream.of(Arguments.of("1970-01-01T00:00:00Z"), Arguments.of("1970-01-01T00:00:00.001Z"),
                Arguments.of("2025-09-26T12:07:00Z"), Arguments.of("2025-09-26T12:07:00.500Z"),
                Arguments.of("2025-12-31T23:59:59.999Z"), Arguments.of("2000-02-29T09:05:07.010Z"),
                Arguments.of("2024-10-09T10:10:10.100Z"), Arguments.of("0001-01-01T00:00:00Z"),
                Arguments.of("1969-12-31T23:59:59.999Z"), Arguments.of("9999-12-31T23:59:59.999Z"),
                Arguments.of("+10000-01-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instants")
    void datesAreWrittenAsTheJdkWritesThemAndReadBack(String iso) {
        Date date = Date.from(Instant.parse(iso));
        assertEquals(iso, Iso.format(date));
        assertEquals(date.toInstant().toString(), Iso.format(date));
        assertEquals(date, Iso.parse(Iso.format(date)));
    }

    @Test
    void missingDatesAreEmptyAndBadOnesAreErrors() {
        assertEquals("", Iso.format(null));
        assertNull(Iso.parse(null));
        assertNull(Iso.parse(""));
        assertNull(Iso.parse("  "));
        assertEquals(Date.from(Instant.parse("2025-09-26T12:07:00Z")), Iso.parse(" 2025-09-26T12:07:00Z\n"));
        assertThrows(DateTimeParseException.class, () -> Iso.parse("26.09.2025"));
    }

    static Stream<Arguments> escapes() {
        return Stream.of(
                // text -> escaped
                Arguments.of(null, ""), Arguments.of("", ""), Arguments.of("plain 中文 text", "plain 中文 text"),
                Arguments.of("a&b", "a&amp;b"), Arguments.of("<p>", "&lt;p&gt;"), Arguments.of("\"q\"", "&quot;q&quot;"),
                Arguments.of("it's", "it&#39;s"), Arguments.of("&", "&amp;"), Arguments.of("x<", "x&lt;"),
                Arguments.of(">x", "&gt;x"), Arguments.of("a<b>c&d'e\"f", "a&lt;b&gt;c&amp;d&#39;e&quot;f"),
                // line breaks and tabs stay; other control characters and DEL become U+FFFD
                Arguments.of("a\nb\tc\rd", "a\nb\tc\rd"), Arguments.of("a\u0000b", "a\uFFFDb"),
                Arguments.of("\u0001", "\uFFFD"), Arguments.of("a\u001Fb", "a\uFFFDb"), Arguments.of("\u007F", "\uFFFD"),
                Arguments.of(" ~\u0080", " ~\u0080"), Arguments.of("a\u000Bb\u000Cc", "a\uFFFDb\uFFFDc"),
                Arguments.of("😀<😀", "😀&lt;😀"));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("escapes")
    void htmlEscapesSpecialAndControlCharacters(String text, String escaped) {
        assertEquals(escaped, Html.escape(text));
        if (text != null) {
            StringBuilder sb = new StringBuilder("[");
            Html.escape("##" + text + "##", 2, 2 + text.length(), sb);
            assertEquals("[" + escaped, sb.toString(), "a range escapes only its own characters");
        }
    }

    static Stream<Arguments> colors() {
        return Stream.of(Arguments.of("#1a2B3c", "#1A2B3C"), Arguments.of("#FFFFFF", "#FFFFFF"),
                Arguments.of(null, "#9E9E9E"), Arguments.of("", "#9E9E9E"), Arguments.of("#FFF", "#9E9E9E"),
                Arguments.of("#1234567", "#9E9E9E"), Arguments.of("red", "#9E9E9E"),
                Arguments.of("#12345G", "#9E9E9E"), Arguments.of("#123456;}body{x", "#9E9E9E"),
                Arguments.of("123456", "#9E9E9E"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("colors")
    void onlyHexColoursReachTheCss(String color, String safe) {
        assertEquals(safe, Html.safeColor(color));
    }

    static Stream<Arguments> codePoints() {
        return Stream.of(
                // text, UTF-16 offsets 0..length -> code points before each
                Arguments.of("", new int[] { 0 }), Arguments.of("ab中", new int[] { 0, 1, 2, 3 }),
                Arguments.of("😀", new int[] { 0, 0, 1 }), Arguments.of("a😀b", new int[] { 0, 1, 1, 2, 3 }),
                Arguments.of("😀😀", new int[] { 0, 0, 1, 1, 2 }), Arguments.of("中😀", new int[] { 0, 1, 1, 2 }));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("codePoints")
    void offsetsConvertBetweenUtf16AndCodePoints(String text, int[] before) {
        CodePointIndex index = new CodePointIndex(text);
        assertEquals(text.length(), index.length());
        for (int utf16 = 0; utf16 <= text.length(); utf16++) {
            assertEquals(before[utf16], index.toCodePoints(utf16), "code points before " + utf16);
        }
        int codePoints = text.codePointCount(0, text.length());
        for (int cp = 0; cp <= codePoints; cp++) {
            assertEquals(text.offsetByCodePoints(0, cp), index.toUtf16(cp), "UTF-16 offset of code point " + cp);
        }
        assertEquals(-1, index.toUtf16(codePoints + 1), "past the end");
    }

    @Test
    void aNegativeCodePointOffsetIsNowhereInTextsWithSurrogates() {
        assertEquals(-1, new CodePointIndex("a😀").toUtf16(-1));
    }
}
