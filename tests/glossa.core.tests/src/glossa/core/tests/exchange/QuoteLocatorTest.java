package glossa.core.tests.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.exchange.imports.QuoteLocator;

/**
 * Where an imported quote lands, as a table: at its recorded position when the text there matches (also at the very
 * start and the very end of the text), else at the occurrence whose surroundings agree best with the recorded prefix
 * and suffix, ties going to the occurrence nearest the recorded position; nowhere when the quote is missing, empty or
 * not in the text.
 */
class QuoteLocatorTest {

    /** "ab" occurs at 0, 5 and 10; "x1ab" at 3, "x2ab" at 8. */
    private static final String TEXT = "ab x1ab x2ab";

    static Stream<Arguments> table() {
        return Stream.of(
                // quote, prefix, suffix, recorded begin, end -> begin of the match (-1: none), moved
                Arguments.of("ab", null, null, 0, 2, 0, false),
                Arguments.of("ab", null, null, 5, 7, 5, false),
                // the last characters of the text: end == text length is still "at the recorded position"
                Arguments.of("ab", null, null, 10, 12, 10, false),
                Arguments.of(TEXT, null, null, 0, 12, 0, false),
                // recorded position holds the quote, but the recorded end does not fit the quote: searched again
                Arguments.of("ab", null, null, 5, 8, 5, true),
                Arguments.of("ab", null, null, 5, 6, 5, true),
                // a recorded span past the end of the text
                Arguments.of("ab", null, null, 11, 13, 10, true),
                // unknown position, no context: every occurrence is at distance 0 and agrees in 0 characters; the first
                // one wins the tie
                Arguments.of("ab", null, null, -1, -1, 0, true),
                // the text moved: the nearest occurrence to the recorded position
                Arguments.of("ab", null, null, 4, 6, 5, true),
                Arguments.of("ab", null, null, 6, 8, 5, true),
                Arguments.of("ab", null, null, 9, 11, 10, true),
                Arguments.of("ab", null, null, 1, 3, 0, true),
                Arguments.of("ab", null, null, 8, 10, 10, true),
                Arguments.of("ab", null, null, 3, 5, 5, true),
                // the prefix decides over the distance
                Arguments.of("ab", "x2", null, 4, 6, 10, true),
                Arguments.of("ab", "x1", null, 9, 11, 5, true),
                // a prefix that agrees in part still counts
                Arguments.of("ab", "zx1", null, -1, -1, 5, true),
                // the text at the recorded position wins over the context
                Arguments.of("ab", " x2", null, 0, 2, 0, false),
                Arguments.of("ab", " x2", null, 1, 3, 10, true),
                // the suffix decides too: " x1" agrees 3 characters after 0, 2 after 5; nothing follows 10
                Arguments.of("ab", null, " x2", 9, 11, 5, true),
                Arguments.of("ab", null, " x1", 9, 11, 0, true),
                Arguments.of("ab", null, "", 9, 11, 10, true),
                // prefix and suffix add up (0: 0 + 2, 5: 1 + 2, 10: 0 + 0)
                Arguments.of("ab", "1", " x", 9, 11, 5, true),
                // context that agrees up to the start or the end of the text, and would go on past it
                Arguments.of("ab", "zab x1", null, 9, 11, 5, true),
                Arguments.of("ab", null, " x2ab!", -1, -1, 5, true),
                Arguments.of("ab", "0123456789x2", null, -1, -1, 10, true),
                // nothing to find
                Arguments.of("ba", null, null, 0, 2, -1, false),
                Arguments.of("", null, null, 0, 0, -1, false),
                Arguments.of(null, "x1", null, 5, 7, -1, false));
    }

    @ParameterizedTest(name = "\"{0}\" prefix {1} suffix {2} at {3}..{4}")
    @MethodSource("table")
    void locates(String quote, String prefix, String suffix, int begin, int end, int expectedBegin,
            boolean moved) {
        QuoteLocator.Match match = new QuoteLocator(TEXT).locate(quote, prefix, suffix, begin, end);
        if (expectedBegin < 0) {
            assertEquals(null, match);
            return;
        }
        assertEquals(new QuoteLocator.Match(expectedBegin, expectedBegin + quote.length(), moved), match);
    }
}
