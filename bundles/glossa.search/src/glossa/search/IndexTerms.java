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
        // Sized for the terms a text has (about one per char of Chinese): growing the set was a tenth of indexing.
        Set<String> terms = LinkedHashSet.newLinkedHashSet(Math.min(text.length(), 1 << 16));
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
        LongSet bigrams = new LongSet(Math.min(n, 1 << 16));
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

    /**
     * A set of longs without boxing (open addressing, linear probing): a bigram per CJK char of the text is
     * checked here, and boxing each one into a {@code HashSet<Long>} cost more than the check.
     */
    private static final class LongSet {
        private long[] slots;
        private boolean[] used;
        private int size;

        LongSet(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            slots = new long[capacity];
            used = new boolean[capacity];
        }

        /** Adds the value; false when it was there already. */
        boolean add(long value) {
            int mask = slots.length - 1;
            int i = (int) (mix(value) & mask);
            while (used[i]) {
                if (slots[i] == value) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            slots[i] = value;
            if (++size * 2 > slots.length) {
                grow();
            }
            return true;
        }

        private void grow() {
            long[] oldSlots = slots;
            boolean[] oldUsed = used;
            slots = new long[oldSlots.length * 2];
            used = new boolean[oldSlots.length * 2];
            size = 0;
            for (int i = 0; i < oldSlots.length; i++) {
                if (oldUsed[i]) {
                    add(oldSlots[i]);
                }
            }
        }

        private static long mix(long value) {
            long h = value * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }

    /** Convenience for tests: the terms as a list. */
    static List<String> list(String text) {
        return List.copyOf(of(text));
    }
}
