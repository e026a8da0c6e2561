package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import glossa.search.IndexTerms;
import glossa.search.SearchQuery;
import glossa.search.TextMatcher;
import glossa.search.WordChars;
import glossa.search.internal.RegexShape;

/**
 * The matcher's fast paths (a literal found with indexOf; a regular expression run only in windows around a literal
 * it must hold) against the plain rule they stand in for: the term's pattern run over the whole text, leftmost match
 * first, a match that breaks the whole-word rule retried one char further on. Random texts mix Han, Latin, digits,
 * line breaks and characters outside the BMP (emoji, CJK extension B), so that offsets are UTF-16 offsets.
 */
class FastMatchingTest {

    private static final String ALPHABET = "年月日政策芯片管制，。 \n\t0123456789abcAB-_😀𠀀🇨🇳";

    /** The rule as it was before the fast paths: the pattern over the whole text. */
    private static List<String> reference(Pattern pattern, boolean wholeWord, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && matcher.find(from)) {
            int begin = matcher.start();
            int end = matcher.end();
            if (end > begin && (!wholeWord || whole(text, begin, end))) {
                found.add(begin + ".." + end);
                from = end;
            } else {
                from = begin + 1;
            }
        }
        return found;
    }

    private static boolean whole(String text, int begin, int end) {
        int first = text.codePointAt(begin);
        int last = text.codePointBefore(end);
        if (WordChars.isWordChar(first) && begin > 0 && WordChars.isWordChar(text.codePointBefore(begin))) {
            return false;
        }
        return !(WordChars.isWordChar(last) && end < text.length() && WordChars.isWordChar(text.codePointAt(end)));
    }

    private static List<String> found(SearchQuery query, String text) {
        return new TextMatcher(query).find(text).stream().map(m -> m[0] + ".." + m[1]).toList();
    }

    private static String randomText(long seed, int length, List<String> inserts) {
        int[] points = ALPHABET.codePoints().toArray();
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            if (random.nextInt(12) == 0) {
                text.append(inserts.get(random.nextInt(inserts.size())));
            } else {
                text.appendCodePoint(points[random.nextInt(points.length)]);
            }
        }
        return text.toString();
    }

    @Test
    void regularExpressionsFindWhatTheWholeTextRunFinds() {
        List<String> regexes = List.of("\\d{4}年", "\\d{1,4}年\\d{1,2}月", "年", "[0-9]年", "(?:19|20)\\d\\d年",
                "\\b\\d{2}年", "芯片.{0,5}管制", "芯片[^。]{0,10}?管制", "^政策", "管制$", "\\bab\\b", "a.b", "😀年",
                "年😀?", "(年|月)日", "(政策){1,2}", "\\s年", "\\p{IsHan}{2}年", "[年月]", "日\\d{2,3}+",
                "\\d.{0,3}+年", "ab?c", "(?:a|b)c\\.?", "x?年+", "年.*管制", "(?i)AB", "𠀀.年");
        for (int seed = 1; seed <= 5; seed++) {
            String text = randomText(seed, 6_000, List.of("2024年", "1999年12月", "芯片受到管制", "ab", "abc",
                    "😀年", "政策政策", "日123", "a😀b"));
            for (String regex : regexes) {
                SearchQuery query = SearchQuery.regex(regex);
                List<String> expected = reference(Pattern.compile(regex), true, text);
                assertEquals(expected, found(query, text), regex + " (seed " + seed + ")");
                SearchQuery anyWord = new SearchQuery(regex, true, false, SearchQuery.DEFAULT_NEAR);
                assertEquals(reference(Pattern.compile(regex), false, text), found(anyWord, text), regex);
            }
        }
    }

    @Test
    void plainLiteralsFindWhatTheirPatternFinds() {
        List<String> terms = List.of("政策", "芯片管制", "2024年", "，。", "😀", "😀年", "𠀀", "🇨🇳", "年😀", "12", "_");
        for (int seed = 1; seed <= 3; seed++) {
            String text = randomText(seed, 8_000, terms);
            for (String term : terms) {
                Pattern pattern = Pattern.compile(Pattern.quote(term));
                List<String> expected = reference(pattern, true, text);
                assertFalse(reference(pattern, false, text).isEmpty(), term);
                assertEquals(expected, found(SearchQuery.plain(term), text), term);
                assertEquals(reference(pattern, false, text),
                        found(new SearchQuery(term, false, false, SearchQuery.DEFAULT_NEAR), text), term);
            }
        }
    }

    @Test
    void hitsAtTheEdgesOfTheTextAndAroundSurrogatePairs() {
        String text = "2024年😀政策🇨🇳芯片\n管制2025年";
        assertEquals(List.of("0..5", (text.length() - 5) + ".." + text.length()),
                found(SearchQuery.regex("\\d{4}年"), text));
        int flag = text.indexOf("🇨🇳");
        assertEquals(List.of(flag + ".." + (flag + 4)), found(SearchQuery.plain("🇨🇳"), text));
        int policy = text.indexOf("政策");
        assertEquals(List.of((policy - 2) + ".." + (policy + 2)), found(SearchQuery.regex("😀政策"), text));
        assertEquals(List.of((policy - 2) + ".." + (policy + 2)), found(SearchQuery.regex(".政策"), text));
        // ^ and $ are the text's edges, never a window's.
        assertEquals(List.of("0..5"), found(SearchQuery.regex("^\\d{4}年"), text));
        assertEquals(List.of((text.length() - 5) + ".." + text.length()), found(SearchQuery.regex("\\d{4}年$"), text));
        assertEquals(List.of(), found(SearchQuery.regex("^政策"), text));
    }

    @Test
    void shapesOfRegularExpressions() {
        assertEquals(new RegexShape(9, "年"), RegexShape.of("\\d{4}年"));
        assertEquals(new RegexShape(14, "年"), RegexShape.of("\\d{1,4}年\\d{1,2}月"), "the first of two equal runs");
        assertEquals(new RegexShape(7, "export"), RegexShape.of("(?:export)s?"));
        assertEquals("controls", RegexShape.of("export\\s+controls").literal(), "the longest run");
        assertEquals(-1, RegexShape.of("export\\s+controls").maxLength(), "unbounded");
        assertFalse(RegexShape.of("export\\s+controls").windowed());
        assertTrue(RegexShape.of("\\d{4}年").windowed());
        assertNull(RegexShape.of("年|月").literal(), "alternatives hold no common literal");
        assertNull(RegexShape.of("年?").literal(), "an optional literal is not required");
        assertEquals("a.b", RegexShape.of("a\\.b").literal(), "escaped punctuation is literal");
        assertEquals(RegexShape.NONE, RegexShape.of("(?i)年"), "flags are not read");
        assertEquals(RegexShape.NONE, RegexShape.of("(年)\\1"), "nor back-references");
        assertEquals(RegexShape.NONE, RegexShape.of("(?<=a)年"), "nor lookbehind");
        assertEquals(6, RegexShape.of("(ab){1,3}").maxLength());
        assertEquals("ab", RegexShape.of("(ab){1,3}").literal(), "a group met at least once");
        assertNull(RegexShape.of("😀").literal(), "surrogate pairs stay out of the literal");
        assertEquals(2, RegexShape.of("😀").maxLength());
        assertEquals(4, RegexShape.of("[a[b]&&[^c]]x?x").maxLength(), "nested classes");
    }

    @Test
    void theIndexNeedsTheLiteralOfARegularExpression() {
        assertEquals(Set.of("年"), IndexTerms.required(SearchQuery.regex("\\d{4}年")));
        assertEquals(Set.of("实体", "体清", "清单", "实", "体", "清", "单"),
                IndexTerms.required(SearchQuery.regex("实体清单\\d?")));
        // A Latin literal may be a part of a longer word at its edges; only words closed inside it count.
        assertEquals(Set.of("controls"), IndexTerms.required(SearchQuery.regex("export controls now")));
        assertEquals(Set.of(), IndexTerms.required(SearchQuery.regex("年|月")));
        // Every article that matches holds the terms: check on a text.
        String text = "据报道，2024年出台的实体清单3扩大";
        Set<String> terms = IndexTerms.of(text);
        assertTrue(terms.containsAll(IndexTerms.required(SearchQuery.regex("实体清单\\d?"))));
        assertTrue(terms.containsAll(IndexTerms.required(SearchQuery.regex("\\d{4}年出台"))));
    }
}
