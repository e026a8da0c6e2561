package glossa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the analyst asked for. Plain queries are case-insensitive; a word is matched whole in alphabetic scripts when
 * {@link #wholeWord()} is on, and as a substring in Chinese (and other CJK text). {@code "a phrase"} in double quotes is
 * one term, its spaces matching any run of white space. Several terms find places where all of them occur within
 * {@link #near()} characters. A regular expression ({@link #regex()}) is taken as typed (Java syntax, case-sensitive
 * unless it says {@code (?i)}).
 *
 * @param text      the query as typed
 * @param regex     the text is a regular expression
 * @param wholeWord Latin (alphabetic) words must not continue into letters or digits on either side
 * @param near      the largest span, in characters, that holds all terms of a query of several terms
 */
public record SearchQuery(String text, boolean regex, boolean wholeWord, int near) {

    /** The default span for several words: about two sentences of Chinese, one of English. */
    public static final int DEFAULT_NEAR = 80;

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the query is empty");
        }
        if (near < 1) {
            throw new IllegalArgumentException("near must be at least 1, not " + near);
        }
    }

    /** A plain, case-insensitive, whole-word query. */
    public static SearchQuery plain(String text) {
        return new SearchQuery(text, false, true, DEFAULT_NEAR);
    }

    public static SearchQuery regex(String pattern) {
        return new SearchQuery(pattern, true, true, DEFAULT_NEAR);
    }

    /**
     * The terms of a plain query: words and quoted phrases, in order, duplicates kept out. A regular expression is one
     * term.
     */
    public List<String> terms() {
        if (regex) {
            return List.of(text);
        }
        List<String> terms = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '“') {
                char close = c == '"' ? '"' : '”';
                int end = text.indexOf(close, i + 1);
                end = end < 0 ? n : end;
                add(terms, text.substring(i + 1, end).strip());
                i = end + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                add(terms, text.substring(i, end));
                i = end;
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("the query has no words: " + text);
        }
        return terms;
    }

    private static void add(List<String> terms, String term) {
        if (!term.isEmpty() && !terms.contains(term)) {
            terms.add(term);
        }
    }

    /** The compiled patterns of {@link #terms()}. @throws IllegalArgumentException for a bad regular expression */
    public List<Pattern> patterns() {
        List<Pattern> patterns = new ArrayList<>();
        for (String term : terms()) {
            if (regex) {
                try {
                    patterns.add(Pattern.compile(term));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("not a valid regular expression: "
                            + e.getDescription() + " near index " + e.getIndex() + " of " + term, e);
                }
            } else {
                StringBuilder pattern = new StringBuilder();
                for (String piece : pieces(term)) {
                    pattern.append(pattern.isEmpty() ? "" : "\\s+").append(Pattern.quote(piece));
                }
                // The same matches either way for a term without cased letters (CaseFolding), only faster.
                int flags = CaseFolding.caseless(term) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                patterns.add(Pattern.compile(pattern.toString(), flags));
            }
        }
        return patterns;
    }

    /** The pieces of a plain term between runs of white space ({@code \s+}, as its pattern matches them). */
    static List<String> pieces(String term) {
        List<String> pieces = new ArrayList<>();
        for (String piece : term.split("\\s+")) {
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
        }
        return pieces;
    }
}
