package glossa.suggest;

/**
 * A proposed annotation: a span of the text (UTF-16 offsets, end exclusive), the type it is proposed as, how sure the
 * recommender is (0..1) and which recommender proposed it. Nothing is stored until the analyst accepts it.
 */
public record Suggestion(String typeId, int begin, int end, double confidence, String recommender) {

    public Suggestion {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("empty or negative span " + begin + ".." + end);
        }
    }

    public int length() {
        return end - begin;
    }

    /** Characters this span shares with {@code begin..end}. */
    public int overlap(int otherBegin, int otherEnd) {
        return Math.max(0, Math.min(end, otherEnd) - Math.max(begin, otherBegin));
    }
}
