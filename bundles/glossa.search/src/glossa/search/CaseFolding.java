package glossa.search;

import java.util.BitSet;

/**
 * Which characters case-insensitive matching can match to another character. A plain term made only of characters
 * that have no case partner (Chinese, digits, most punctuation) matches exactly the same places with or without
 * {@code CASE_INSENSITIVE | UNICODE_CASE}, and without those flags the regex engine skips a case mapping per
 * character of the text: that mapping was most of a search for a Chinese word in every article of a case.
 */
final class CaseFolding {

    private CaseFolding() {
    }

    /** Built once: every code point that a case mapping changes, and every code point such a mapping gives. */
    private static final class Cased {
        static final BitSet SET = build();

        private static BitSet build() {
            BitSet cased = new BitSet(Character.MAX_CODE_POINT + 1);
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                int upper = Character.toUpperCase(c);
                int lower = Character.toLowerCase(c);
                int folded = Character.toLowerCase(upper); // what Pattern's UNICODE_CASE compares
                if (upper != c || lower != c || folded != c) {
                    cased.set(c);
                    cased.set(upper);
                    cased.set(lower);
                    cased.set(folded);
                }
            }
            return cased;
        }
    }

    /** True when case-insensitive matching of {@code term} can only match the term's own characters. */
    static boolean caseless(String term) {
        for (int i = 0; i < term.length();) {
            int c = term.codePointAt(i);
            if (Cased.SET.get(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
