package glossa.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import glossa.search.internal.RegexShape;

/**
 * Finds one term in a text: {@link Cursor#find(int)} answers exactly what {@link Matcher#find(int)} of the term's
 * pattern answers (the leftmost match at or after an offset), but without running the pattern over the whole text
 * where the term allows it:
 * <ul>
 * <li>a term that is one literal without cased letters (a Chinese word, a number) is found with
 * {@link String#indexOf(String, int)}, which the JVM vectorises;</li>
 * <li>a regular expression with a literal every match holds and a bounded length ({@link RegexShape}) runs only in a
 * window around each occurrence of that literal;</li>
 * <li>anything else runs the pattern as before.</li>
 * </ul>
 */
abstract class TermFinder {

    /** Where a term is, one text at a time. */
    interface Cursor {
        /** Moves to the leftmost match beginning at or after {@code from}; false when there is none. */
        boolean find(int from);

        int start();

        int end();
    }

    abstract Cursor in(String text);

    /** For a plain term: {@code literal} is its one piece when the pattern has no case flags, else null. */
    static TermFinder plain(Pattern pattern, String literal) {
        if (literal != null && pattern.flags() == 0 && !literal.isEmpty() && wellFormed(literal)) {
            return new Literal(literal);
        }
        return new Whole(pattern);
    }

    /** For a regular expression compiled without flags. */
    static TermFinder regex(Pattern pattern, RegexShape shape) {
        if (pattern.flags() == 0 && shape.windowed() && wellFormed(shape.literal())) {
            return new Windowed(pattern, shape.literal(), shape.maxLength());
        }
        return new Whole(pattern);
    }

    /** No lone surrogate: indexOf and the regex engine then agree on where the string occurs. */
    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The pattern over the whole text. */
    private static final class Whole extends TermFinder {
        private final Pattern pattern;

        Whole(Pattern pattern) {
            this.pattern = pattern;
        }

        @Override
        Cursor in(String text) {
            Matcher matcher = pattern.matcher(text);
            return new Cursor() {
                @Override
                public boolean find(int from) {
                    return from <= text.length() && matcher.find(from);
                }

                @Override
                public int start() {
                    return matcher.start();
                }

                @Override
                public int end() {
                    return matcher.end();
                }
            };
        }
    }

    /** A literal found with indexOf: the same places as the quoted pattern without flags. */
    private static final class Literal extends TermFinder {
        private final String literal;

        Literal(String literal) {
            this.literal = literal;
        }

        @Override
        Cursor in(String text) {
            return new Cursor() {
                private int start = -1;

                @Override
                public boolean find(int from) {
                    start = text.indexOf(literal, Math.max(0, from));
                    return start >= 0;
                }

                @Override
                public int start() {
                    return start;
                }

                @Override
                public int end() {
                    return start + literal.length();
                }
            };
        }
    }

    /**
     * The pattern run in windows around each occurrence of a literal every match holds. A match of at most
     * {@code max} chars holding the literal at {@code p} begins in {@code [p + |literal| - max, p]} and ends by
     * {@code p + max}; the region is searched with transparent, non-anchoring bounds, so that {@code \b}, {@code ^}
     * and {@code $} see the text around it. The first window (occurrences in text order) whose leftmost match begins
     * at or before its occurrence gives the leftmost match of the whole text: an earlier match would hold an earlier
     * occurrence, whose window found none.
     */
    private static final class Windowed extends TermFinder {
        private final Pattern pattern;
        private final String literal;
        private final int max;

        Windowed(Pattern pattern, String literal, int max) {
            this.pattern = pattern;
            this.literal = literal;
            this.max = max;
        }

        @Override
        Cursor in(String text) {
            Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            return new Cursor() {
                @Override
                public boolean find(int from) {
                    int length = text.length();
                    // Starts below searched are known to begin no match (windows already tried in this call).
                    int searched = Math.max(0, from);
                    int p = searched > length ? -1 : text.indexOf(literal, searched);
                    while (p >= 0) {
                        int begin = Math.max(searched, p + literal.length() - max);
                        if (begin <= p) {
                            matcher.region(begin, (int) Math.min(length, (long) p + max));
                            if (matcher.find() && matcher.start() <= p) {
                                return true;
                            }
                        }
                        searched = p + 1;
                        p = text.indexOf(literal, p + 1);
                    }
                    return false;
                }

                @Override
                public int start() {
                    return matcher.start();
                }

                @Override
                public int end() {
                    return matcher.end();
                }
            };
        }
    }
}
