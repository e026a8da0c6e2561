package glossa.exchange.imports;

/**
 * Finds where a quote belongs in a text: at its recorded position when the text there still matches, else at the
 * occurrence of the exact quote whose surrounding text best matches the recorded prefix and suffix (ties go to the
 * occurrence nearest the recorded position).
 */
public final class QuoteLocator {

    private final String text;

    public QuoteLocator(String text) {
        this.text = text;
    }

    /** Where a quote was found: {@code moved} when not at the recorded position. */
    public record Match(int begin, int end, boolean moved) {
    }

    /**
     * @param begin  recorded UTF-16 begin, or -1 when unknown
     * @return the match, or null when the quote does not occur in the text
     */
    public Match locate(String quote, String prefix, String suffix, int begin, int end) {
        if (quote == null || quote.isEmpty()) {
            return null;
        }
        if (begin >= 0 && end == begin + quote.length() && end <= text.length() && text.startsWith(quote, begin)) {
            return new Match(begin, end, false);
        }
        int best = -1;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            int score = contextBefore(i, prefix) + contextAfter(i + quote.length(), suffix);
            int distance = begin < 0 ? 0 : Math.abs(i - begin);
            if (score > bestScore || score == bestScore && distance < bestDistance) {
                best = i;
                bestScore = score;
                bestDistance = distance;
            }
        }
        return best < 0 ? null : new Match(best, best + quote.length(), true);
    }

    /** How many characters before {@code at} agree with the end of {@code prefix}. */
    private int contextBefore(int at, String prefix) {
        if (prefix == null) {
            return 0;
        }
        int n = 0;
        while (n < prefix.length() && n < at && text.charAt(at - 1 - n) == prefix.charAt(prefix.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    /** How many characters from {@code at} agree with the start of {@code suffix}. */
    private int contextAfter(int at, String suffix) {
        if (suffix == null) {
            return 0;
        }
        int n = 0;
        while (n < suffix.length() && at + n < text.length() && text.charAt(at + n) == suffix.charAt(n)) {
            n++;
        }
        return n;
    }
}
