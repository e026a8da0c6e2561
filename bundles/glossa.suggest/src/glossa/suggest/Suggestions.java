package glossa.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders, joins and filters suggestions. */
public final class Suggestions {

    public static final Comparator<Suggestion> TEXT_ORDER = Comparator.comparingInt(Suggestion::begin)
            .thenComparing(Comparator.comparingInt(Suggestion::end).reversed()).thenComparing(Suggestion::typeId);

    private Suggestions() {
    }

    /**
     * Joins neighbouring suggestions of one type that lie in the same sentence into one span (an analyst codes a
     * statement, not each of its clauses); the joined suggestion keeps the higher confidence.
     */
    public static List<Suggestion> joinWithinSentences(List<Suggestion> suggestions, String text) {
        List<Suggestion> sorted = new ArrayList<>(suggestions);
        sorted.sort(TEXT_ORDER);
        List<int[]> sentences = TextUnits.sentences(text);
        List<Suggestion> joined = new ArrayList<>();
        for (Suggestion next : sorted) {
            Suggestion last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.typeId().equals(next.typeId()) && last.recommender().equals(next.recommender())
                    && sameSentence(sentences, last.begin(), next.begin()) && onlyPunctuationBetween(text, last, next)) {
                joined.set(joined.size() - 1, new Suggestion(last.typeId(), last.begin(), Math.max(last.end(),
                        next.end()), Math.max(last.confidence(), next.confidence()), last.recommender()));
            } else {
                joined.add(next);
            }
        }
        return joined;
    }

    private static boolean sameSentence(List<int[]> sentences, int a, int b) {
        int[] sentence = TextUnits.containing(sentences, a);
        return sentence != null && b < sentence[1];
    }

    private static boolean onlyPunctuationBetween(String text, Suggestion last, Suggestion next) {
        for (int i = last.end(); i < next.begin(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && "，；,;、".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
