package glossa.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import glossa.search.internal.RegexShape;

/**
 * Finds a query's hits in one text: the single source of truth for hits, whether the articles come from a scan of
 * the case or from the index (which only chooses the articles to look at). Hits are UTF-16 offsets into the text, in
 * text order, never overlapping.
 */
public final class TextMatcher {

    private final SearchQuery query;
    private final List<TermFinder> finders = new ArrayList<>();

    /** @throws IllegalArgumentException for a query that is not valid (an empty one, a bad regular expression) */
    public TextMatcher(SearchQuery query) {
        this.query = query;
        List<Pattern> patterns = query.patterns();
        List<String> terms = query.terms();
        for (int t = 0; t < patterns.size(); t++) {
            Pattern pattern = patterns.get(t);
            if (query.regex()) {
                finders.add(TermFinder.regex(pattern, RegexShape.of(terms.get(t))));
            } else {
                List<String> pieces = SearchQuery.pieces(terms.get(t));
                finders.add(TermFinder.plain(pattern, pieces.size() == 1 ? pieces.get(0) : null));
            }
        }
    }

    public SearchQuery query() {
        return query;
    }

    /** The hits as {@code [begin, end]} pairs. */
    public List<int[]> find(String text) {
        if (finders.size() == 1) {
            return matches(finders.get(0), text);
        }
        List<List<int[]>> perTerm = new ArrayList<>();
        for (TermFinder finder : finders) {
            List<int[]> found = matches(finder, text);
            if (found.isEmpty()) {
                return List.of();
            }
            perTerm.add(found);
        }
        return near(perTerm);
    }

    /** Non-overlapping matches of one term, the whole-word rule applied (a failed match is retried one further on). */
    private List<int[]> matches(TermFinder finder, String text) {
        List<int[]> found = new ArrayList<>();
        TermFinder.Cursor matcher = finder.in(text);
        int from = 0;
        while (from <= text.length() && matcher.find(from)) {
            int begin = matcher.start();
            int end = matcher.end();
            if (end > begin && (!query.wholeWord() || wholeWord(text, begin, end))) {
                found.add(new int[] { begin, end });
                from = end;
            } else {
                from = begin + 1;
            }
        }
        return found;
    }

    /** No word character continues the match on either side, where the match itself begins or ends with one. */
    static boolean wholeWord(String text, int begin, int end) {
        int first = text.codePointAt(begin);
        int last = text.codePointBefore(end);
        if (WordChars.isWordChar(first) && begin > 0 && WordChars.isWordChar(text.codePointBefore(begin))) {
            return false;
        }
        return !(WordChars.isWordChar(last) && end < text.length() && WordChars.isWordChar(text.codePointAt(end)));
    }

    /**
     * Places where every term occurs within {@code near} characters: from each candidate start (in text order), the
     * first occurrence of every term at or after it; the hit runs from the start to the last of their ends.
     */
    private List<int[]> near(List<List<int[]>> perTerm) {
        List<int[]> starts = new ArrayList<>();
        for (List<int[]> list : perTerm) {
            starts.addAll(list);
        }
        starts.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[][] begins = new int[perTerm.size()][];
        for (int t = 0; t < perTerm.size(); t++) {
            begins[t] = perTerm.get(t).stream().mapToInt(m -> m[0]).toArray();
        }
        List<int[]> hits = new ArrayList<>();
        int after = 0;
        for (int[] start : starts) {
            if (start[0] < after) {
                continue;
            }
            int end = start[1];
            boolean all = true;
            for (int t = 0; t < perTerm.size() && all; t++) {
                int i = Arrays.binarySearch(begins[t], start[0]);
                i = i < 0 ? -i - 1 : i;
                if (i >= begins[t].length) {
                    all = false;
                } else {
                    end = Math.max(end, perTerm.get(t).get(i)[1]);
                }
            }
            if (all && end - start[0] <= query.near()) {
                hits.add(new int[] { start[0], end });
                after = end;
            }
        }
        return hits;
    }
}
