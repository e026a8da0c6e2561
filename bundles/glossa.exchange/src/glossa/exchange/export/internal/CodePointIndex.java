package glossa.exchange.export.internal;

/**
 * Converts between UTF-16 offsets (Glossa's) and Unicode code point offsets (the W3C TextPositionSelector's) in
 * O(1) after one O(n) pass; only texts with characters outside the BMP need the table.
 */
public final class CodePointIndex {

    private final String text;
    private final int[] codePointAt; // UTF-16 offset -> code points before it; null when the text is all BMP

    public CodePointIndex(String text) {
        this.text = text;
        boolean supplementary = false;
        for (int i = 0; i < text.length() && !supplementary; i++) {
            supplementary = Character.isSurrogate(text.charAt(i));
        }
        if (supplementary) {
            codePointAt = new int[text.length() + 1];
            int cp = 0;
            for (int i = 0; i < text.length();) {
                int n = Character.charCount(text.codePointAt(i));
                codePointAt[i] = cp;
                if (n == 2) {
                    codePointAt[i + 1] = cp; // inside a pair: the pair is not yet passed
                }
                i += n;
                cp++;
            }
            codePointAt[text.length()] = cp;
        } else {
            codePointAt = null;
        }
    }

    public int length() {
        return text.length();
    }

    /** Code points wholly before a UTF-16 offset. */
    public int toCodePoints(int utf16) {
        return codePointAt == null ? utf16 : codePointAt[utf16];
    }

    /** The UTF-16 offset of a code point offset, or -1 when it lies past the end. */
    public int toUtf16(int codePoints) {
        if (codePointAt == null) {
            return codePoints <= text.length() ? codePoints : -1;
        }
        if (codePoints < 0 || codePoints > codePointAt[text.length()]) {
            return -1;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) { // first UTF-16 offset whose count reaches codePoints
            int mid = (lo + hi) >>> 1;
            if (codePointAt[mid] < codePoints) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
