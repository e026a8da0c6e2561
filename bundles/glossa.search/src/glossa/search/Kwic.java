package glossa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns matches into keyword-in-context hits, filtered. */
public final class Kwic {

    /** Characters of context on each side. */
    public static final int CONTEXT = 40;
    /** Compiled once: compiling it per hit was a tenth of a search for a word found in every article. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t]*[\\r\\n]+[ \\t]*");

    private Kwic() {
    }

    /** The hits of {@code matcher} in {@code article} that {@code filter} keeps, in text order. */
    public static List<SearchHit> hits(SearchableArticle article, TextMatcher matcher, SearchFilter filter) {
        List<SearchHit> hits = new ArrayList<>();
        if (!filter.keepsDate(article)) {
            return hits; // out of the date range: no need to match at all
        }
        String text = article.text();
        for (int[] match : matcher.find(text)) {
            String section = article.sectionAt(match[0]);
            if (filter.keeps(article, section, match[0], match[1])) {
                hits.add(new SearchHit(article.path(), section, match[0], match[1], left(text, match[0]),
                        text.substring(match[0], match[1]), right(text, match[1])));
            }
        }
        return hits;
    }

    static String left(String text, int begin) {
        int from = Math.max(0, begin - CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return oneLine(text.substring(from, begin));
    }

    static String right(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        return oneLine(text.substring(end, to));
    }

    /** Line breaks (and the white space around them) as one space: a KWIC row is one line. */
    static String oneLine(String context) {
        return context.indexOf('\n') < 0 && context.indexOf('\r') < 0 ? context
                : LINE_BREAKS.matcher(context).replaceAll(" ");
    }
}
