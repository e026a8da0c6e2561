package glossa.search.internal;

/**
 * What a regular expression tells about its matches before running it: the longest match it can have (in UTF-16
 * chars) and a literal every match holds. {@code \d{4}年} holds 年 and is at most 9 chars long (a class may match a
 * surrogate pair), so a search need only run it in small windows around each 年 of a text instead of over all of it
 * ({@code glossa.search.TermFinder}).
 *
 * <p>Only a plain subset of Java's syntax is read: literals, escaped punctuation, classes ({@code [..]}, {@code .},
 * {@code \d}, {@code \p{..}}...), groups {@code (..)} and {@code (?:..)} with alternatives, {@code ^ $ \b \B} and the
 * bounded quantifiers {@code ? {n} {n,m}} (greedy, lazy or possessive). Anything else (an unbounded quantifier,
 * lookaround, flags, back-references, quoting) gives {@link #NONE}, and the expression runs over the whole text as
 * before. The answer only has to be safe: a longer maximum than the true one just widens the windows.</p>
 *
 * @param maxLength the longest match in chars, or -1 when unknown or unbounded
 * @param literal   a string every match contains (case-sensitively), or null; it also lets the index choose the
 *                  articles ({@link glossa.search.IndexTerms#required}), even when the length is unbounded
 */
public record RegexShape(int maxLength, String literal) {

    public static final RegexShape NONE = new RegexShape(-1, null);

    /** Longer maxima make windows too wide to be worth it (and keep the arithmetic far from overflow). */
    public static final int MAX_WINDOW = 1024;

    /** Chars one class or any escape that is not a literal may match: one code point, a surrogate pair at most. */
    private static final int CLASS_WIDTH = 2;

    /** Whether windows around {@link #literal} can stand in for a run over the whole text. */
    public boolean windowed() {
        return literal != null && maxLength > 0 && maxLength <= MAX_WINDOW;
    }

    /** The shape of {@code regex}, compiled by {@link java.util.regex.Pattern} without flags. */
    public static RegexShape of(String regex) {
        try {
            Parser parser = new Parser(regex);
            Parser.Part part = parser.alternatives(true);
            return parser.at < regex.length() ? NONE : new RegexShape(part.max, part.literal);
        } catch (Unsupported e) {
            return NONE;
        }
    }

    /** Syntax outside the subset read here. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Parser {

        /** A parsed piece: its longest match (-1 unbounded) and the longest literal run it must hold (or null). */
        record Part(int max, String literal) {
        }

        private final String s;
        int at;

        Parser(String s) {
            this.s = s;
        }

        /** Alternatives up to a {@code )} or the end. Only a part without {@code |} keeps its literal. */
        Part alternatives(boolean top) throws Unsupported {
            Part first = sequence();
            int max = first.max;
            boolean several = false;
            while (at < s.length() && s.charAt(at) == '|') {
                at++;
                several = true;
                Part next = sequence();
                max = max < 0 || next.max < 0 ? -1 : Math.max(max, next.max);
            }
            if (!top && (at >= s.length() || s.charAt(at) != ')')) {
                throw new Unsupported();
            }
            return new Part(max, several ? null : first.literal);
        }

        /** Atoms one after another: maxima add up; the longest run of literals met exactly once is the literal. */
        private Part sequence() throws Unsupported {
            long max = 0;
            StringBuilder run = new StringBuilder();
            String best = null;
            while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
                Atom atom = atom();
                int[] times = quantifier();
                long atomMax = atom.max < 0 || times[1] < 0 ? -1 : (long) atom.max * times[1];
                max = max < 0 || atomMax < 0 ? -1 : Math.min(max + atomMax, Integer.MAX_VALUE);
                if (atom.literal != null && times[0] == 1 && times[1] == 1) {
                    run.append(atom.literal);
                } else {
                    best = longer(best, run);
                    run.setLength(0);
                    if (atom.inner != null && times[0] >= 1) {
                        best = longer(best, new StringBuilder(atom.inner)); // a group met at least once
                    }
                }
            }
            best = longer(best, run);
            return new Part((int) max, best);
        }

        private static String longer(String best, StringBuilder run) {
            if (run.isEmpty() || best != null && best.length() >= run.length()) {
                return best;
            }
            return run.toString();
        }

        /** One atom: a literal (its text), a class, a zero-width assertion or a group. */
        private record Atom(int max, String literal, String inner) {
        }

        private Atom atom() throws Unsupported {
            char c = s.charAt(at);
            switch (c) {
            case '(' -> {
                at++;
                if (s.startsWith("?:", at)) {
                    at += 2;
                } else if (at < s.length() && s.charAt(at) == '?') {
                    throw new Unsupported(); // lookaround, flags, atomic or named groups
                }
                Part inner = alternatives(false);
                at++; // the ')'
                return new Atom(inner.max, null, inner.literal);
            }
            case '[' -> {
                skipClass();
                return new Atom(CLASS_WIDTH, null, null);
            }
            case '.' -> {
                at++;
                return new Atom(CLASS_WIDTH, null, null);
            }
            case '^', '$' -> {
                at++;
                return new Atom(0, null, null);
            }
            case '\\' -> {
                return escape();
            }
            case '*', '+', '?', '{', '}', ']' -> throw new Unsupported();
            default -> {
                int cp = s.codePointAt(at);
                at += Character.charCount(cp);
                // Surrogates stay out of the literal: it is found with indexOf, code points by the regex.
                return new Atom(Character.charCount(cp), Character.isSupplementaryCodePoint(cp) ? null
                        : String.valueOf(c), null);
            }
            }
        }

        private Atom escape() throws Unsupported {
            if (at + 1 >= s.length()) {
                throw new Unsupported();
            }
            char c = s.charAt(at + 1);
            at += 2;
            if (c == 'b' || c == 'B') {
                return new Atom(0, null, null);
            }
            if ("dDwWsShHvV".indexOf(c) >= 0) {
                return new Atom(CLASS_WIDTH, null, null);
            }
            if (c == 'R') {
                return new Atom(2, null, null); // \r\n at most
            }
            if (c == 'p' || c == 'P') {
                if (at < s.length() && s.charAt(at) == '{') {
                    int close = s.indexOf('}', at);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    at = close + 1;
                } else {
                    at++; // \pL
                }
                return new Atom(CLASS_WIDTH, null, null);
            }
            if ("tnrfae".indexOf(c) >= 0) {
                return new Atom(1, null, null);
            }
            if (c < 0x80 && !Character.isLetterOrDigit(c)) {
                return new Atom(1, String.valueOf(c), null); // escaped punctuation stands for itself
            }
            throw new Unsupported(); // back-references, quoting, \G, \A, \z, hex and unicode escapes, \X, \N{..}, \k<..>
        }

        /** Skips a class {@code [...]}, nested classes and escapes included. */
        private void skipClass() throws Unsupported {
            int depth = 0;
            int start = at;
            while (at < s.length()) {
                char c = s.charAt(at);
                if (c == '\\') {
                    if (at + 1 < s.length() && s.charAt(at + 1) == 'Q') {
                        throw new Unsupported();
                    }
                    at += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    at++;
                    // A ']' first in a class is read differently by different engines: not here.
                    if (at < s.length() && s.charAt(at) == '^') {
                        at++;
                    }
                    if (at < s.length() && s.charAt(at) == ']') {
                        throw new Unsupported();
                    }
                    continue;
                }
                at++;
                if (c == ']' && --depth == 0) {
                    return;
                }
            }
            at = start;
            throw new Unsupported();
        }

        /** {@code {min, max}} times; max -1 when unbounded. No quantifier is once. */
        private int[] quantifier() throws Unsupported {
            if (at >= s.length()) {
                return new int[] { 1, 1 };
            }
            char c = s.charAt(at);
            int[] times;
            if (c == '?') {
                at++;
                times = new int[] { 0, 1 };
            } else if (c == '*' || c == '+') {
                at++;
                times = new int[] { c == '*' ? 0 : 1, -1 };
            } else if (c == '{') {
                int close = s.indexOf('}', at);
                if (close < 0) {
                    throw new Unsupported();
                }
                String[] bounds = s.substring(at + 1, close).split(",", -1);
                try {
                    int min = Integer.parseInt(bounds[0].strip());
                    int max = bounds.length == 1 ? min
                            : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].strip());
                    times = new int[] { min, max };
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
                at = close + 1;
            } else {
                return new int[] { 1, 1 };
            }
            if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) {
                at++; // lazy or possessive: the same longest match
            }
            if (at < s.length() && "?*+{".indexOf(s.charAt(at)) >= 0) {
                throw new Unsupported(); // stacked quantifiers
            }
            return times;
        }
    }
}
