package glossa.core.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizedTextTest {

    @Test
    void foldsFullWidthPunctuationQuotesAndWhitespace() {
        assertEquals(NormalizedText.fold("提案背景:中美(AI)\"竞争\""), NormalizedText.fold("提案背景：中美（AI）“竞争”"));
        assertEquals(NormalizedText.fold("a b\r\nc"), NormalizedText.fold("a  b\nc"));
        assertEquals("ab", NormalizedText.fold(" a\u3000b\t"));
    }

    @Test
    void mapsFoldedOffsetsBackToTheRealText() {
        String text = "一、 技术\r\n  封锁，";
        NormalizedText folded = NormalizedText.of(text);
        assertEquals("一、技术封锁,", new String(folded.chars()));
        int at = NormalizedText.fold(text).indexOf("术封");
        assertEquals(text.indexOf('术'), folded.realBegin(at));
        assertEquals(text.indexOf('封') + 1, folded.realEnd(at + 2));
        assertEquals(at, folded.foldedIndexAtOrAfter(text.indexOf('术')));
    }

    /** One spelling per character that revisions swap; the ends of the full-width block are inside it, not beyond. */
    @ParameterizedTest(name = "U+{0} -> U+{1}")
    @CsvSource(textBlock = """
            FF01, 0021
            FF0C, 002C
            FF5E, 007E
            FF00, FF00
            FF5F, FF5F
            201C, 0022
            201F, 0022
            300C, 0022
            300F, 0022
            2018, 0027
            201B, 0027
            3010, 005B
            3014, 005B
            3011, 005D
            3015, 005D
            2010, 002D
            2014, 002D
            2212, 002D
            2026, 002E
            3002, 3002
            3001, 3001
            4E2D, 4E2D
            0061, 0061
            D840, D840
            DC00, DC00
            """)
    void foldsEachCharacter(String from, String to) {
        assertEquals((char) Integer.parseInt(to, 16), NormalizedText.fold((char) Integer.parseInt(from, 16)));
    }

    @Test
    void surrogatePairsAndCjkKeepOneFoldedCharacterPerRealCharacter() {
        String text = "a \uD840\uDC00技\u3000b";
        NormalizedText folded = NormalizedText.of(text);
        assertEquals(5, folded.length());
        int[] origins = { 0, 2, 3, 4, 6 };
        String chars = "a\uD840\uDC00技b";
        for (int i = 0; i < origins.length; i++) {
            assertEquals(origins[i], folded.originOf(i), "origin of " + i);
            assertEquals(chars.charAt(i), folded.charAt(i), "char " + i);
        }
        // A span ending on the pair ends after its low half.
        assertEquals(4, folded.realEnd(3));
        assertEquals(2, folded.realBegin(1));
        assertEquals(2, folded.foldedIndexAtOrAfter(3));
        assertEquals(4, folded.foldedIndexAtOrAfter(5));
        assertEquals(5, folded.foldedIndexAtOrAfter(7));
    }

    @Test
    void anEmptyOrBlankTextFoldsToNothing() {
        assertEquals(0, NormalizedText.of("").length());
        assertEquals(0, NormalizedText.of(" \r\n\t\u3000").length());
        assertEquals("", NormalizedText.fold(" \n"));
        assertEquals(0, NormalizedText.of(" \n").foldedIndexAtOrAfter(0));
    }

    @ParameterizedTest(name = "\"{1}\" at {0}: {2}")
    @CsvSource(textBlock = """
            0,  abc,  true
            3,  def,  true
            4,  ef,   true
            4,  efg,  false
            5,  fg,   false
            -1, ab,   false
            1,  xyz,  false
            1,  bcx,  false
            6,  '',   true
            7,  '',   false
            2,  CD,   false
            """)
    void regionEquals(int at, String folded, boolean equal) {
        assertEquals(equal, NormalizedText.of("ab cd\nef").regionEquals(at, folded));
    }

    @ParameterizedTest(name = "[{0}, {1}): \"{2}\"")
    @CsvSource(textBlock = """
            1,  3,  bc
            0,  6,  abcdef
            -2, 2,  ab
            4,  10, ef
            3,  3,  ''
            4,  2,  ''
            10, 12, ''
            """)
    void substringIsClampedToTheText(int begin, int end, String expected) {
        assertEquals(expected, NormalizedText.of("ab cd\nef").substring(begin, end));
    }
}
