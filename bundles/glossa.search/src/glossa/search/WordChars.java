package glossa.search;

/**
 * The one definition of words that the scan and the index share, so that both find the same hits. A <em>word
 * character</em> is a letter, digit or combining mark of an alphabetic script; CJK characters (Han, kana, Hangul) are
 * not: they stand alone, and a Chinese query matches as a substring. A whole-word match of Latin text needs no word
 * character on either side.
 */
public final class WordChars {

    private WordChars() {
    }

    /** Han, Hiragana, Katakana, Hangul and Bopomofo: scripts written without spaces between words. */
    public static boolean isCjk(int codePoint) {
        if (codePoint < 0x1100) {
            return false; // no CJK script below Hangul Jamo
        }
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFF) {
            return true; // CJK Unified Ideographs: most characters of a Chinese text, without a script lookup
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }

    /** A character that continues a word of an alphabetic script (letter, digit, mark), CJK excluded. */
    public static boolean isWordChar(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFF) {
            return false;
        }
        int type = Character.getType(codePoint);
        boolean wordish = Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
        return wordish && !isCjk(codePoint);
    }

    /**
     * The case-folded form both sides compare: {@code toLowerCase(toUpperCase(c))}, the rule of
     * {@link String#regionMatches(boolean, int, String, int, int)} and of {@code Pattern.UNICODE_CASE}.
     */
    public static int fold(int codePoint) {
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFF) {
            return codePoint; // ideographs have no case
        }
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    /** {@link #fold(int)} for each code point. */
    public static String fold(CharSequence text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> folded.appendCodePoint(fold(c)));
        return folded.toString();
    }
}
