package glossa.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import glossa.search.internal.RegexShape;

/**
 * The terms the case index holds for a text, and the terms a query needs: each run of word characters, case-folded
 * ({@link WordChars}), and each CJK character alone and with the next (unigrams and bigrams). Whatever a plain query
 * matches, the text holds all of the query's required terms, so the index never leaves out an article the scan would
 * find; the scan then finds the exact hits.
 */
public final class IndexTerms {

    private IndexTerms() {
    }

    /** All terms of a text. */
    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        collect(text, terms, true, true);
        return terms;
    }

    /**
     * The terms an article must hold to match the query: empty when the index cannot narrow the search (a regular
     * expression without a literal every match holds, or a term with nothing but partial words).
     */
    public static Set<String> required(SearchQuery query) {
        Set<String> terms = new LinkedHashSet<>();
        if (query.regex()) {
            // A match holds the literal as it is, so the article holds the literal's CJK characters and whole words.
            String literal = RegexShape.of(query.text()).literal();
            if (literal != null) {
                collect(literal, terms, false, false);
            }
            return terms;
        }
        for (String term : query.terms()) {
            // Without whole-word matching a word at the term's edge may be part of a longer word in the text.
            collect(term, terms, query.wholeWord(), query.wholeWord());
        }
        return terms;
    }

    private static void collect(String text, Set<String> into, boolean firstRunWhole, boolean lastRunWhole) {
        int n = text.length();
        // CJK unigrams and bigrams repeat a lot in one text: skip repeats before making strings of them.
        java.util.BitSet unigrams = new java.util.BitSet();
        java.util.HashSet<Long> bigrams = new java.util.HashSet<>();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (WordChars.isWordChar(c)) {
                int end = i + width;
                while (end < n && WordChars.isWordChar(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                boolean whole = (i > 0 || firstRunWhole) && (end < n || lastRunWhole);
                if (whole) {
                    into.add(WordChars.fold(text.substring(i, end)));
                }
                i = end;
            } else if (WordChars.isCjk(c)) {
                int folded = WordChars.fold(c);
                if (!unigrams.get(folded)) {
                    unigrams.set(folded);
                    into.add(Character.toString(folded));
                }
                if (i + width < n) {
                    int next = text.codePointAt(i + width);
                    if (WordChars.isCjk(next)) {
                        int foldedNext = WordChars.fold(next);
                        if (bigrams.add(((long) folded << 21) | foldedNext)) {
                            into.add(new StringBuilder(4).appendCodePoint(folded).appendCodePoint(foldedNext)
                                    .toString());
                        }
                    }
                }
                i += width;
            } else {
                i += width;
            }
        }
    }

    /** Convenience for tests: the terms as a list. */
    static List<String> list(String text) {
        return List.copyOf(of(text));
    }
}
