package glossa.suggest;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * The characters a match of a regular expression can begin with, read from its source: for {@code 禁止|不得} that is
 * {禁, 不}. A unit that contains none of them cannot match, so the cue rules skip the regex there (most rules fire in
 * a few percent of the clauses). The reading is conservative: any construct it does not know ({@code .}, {@code \p},
 * look-around, negated classes, flags other than {@code (?i)}, a pattern that can match the empty string) gives
 * null, "could begin with anything", and the rule is then always run. {@code (?i)} anywhere adds every case variant.
 */
public final class RegexFirstChars {

    /** Each char's case fold, for (?i): two chars that fold alike may match each other. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        }
    }

    private final String source;
    private int pos;
    private boolean caseInsensitive;

    private RegexFirstChars(String source) {
        this.source = source;
    }

    /** The possible first chars of a non-empty match of {@code pattern}, or null when they cannot be bounded. */
    public static BitSet of(Pattern pattern) {
        if ((pattern.flags() & ~Pattern.CASE_INSENSITIVE) != 0) {
            return null;
        }
        RegexFirstChars reader = new RegexFirstChars(pattern.pattern());
        reader.caseInsensitive = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        try {
            Node node = reader.alternation();
            if (reader.pos != reader.source.length() || node.first == null || node.canBeEmpty) {
                return null;
            }
            return reader.caseInsensitive ? withCaseVariants(node.first) : node.first;
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static BitSet withCaseVariants(BitSet chars) {
        BitSet folds = new BitSet();
        chars.stream().forEach(c -> folds.set(FOLD[c]));
        BitSet all = (BitSet) chars.clone();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (folds.get(FOLD[c])) {
                all.set(c);
            }
        }
        return all;
    }

    /** What a part of the pattern can begin with (null: anything) and whether it can match nothing at all. */
    private record Node(BitSet first, boolean canBeEmpty) {

        static final Node ZERO_WIDTH = new Node(new BitSet(), true);
        static final Node UNKNOWN = new Node(null, false);

        static Node of(BitSet first) {
            return new Node(first, false);
        }
    }

    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private boolean atEnd() {
        return pos >= source.length();
    }

    private char peek() {
        return source.charAt(pos);
    }

    private Node alternation() throws Unsupported {
        Node result = sequence();
        while (!atEnd() && peek() == '|') {
            pos++;
            Node next = sequence();
            result = new Node(union(result.first, next.first), result.canBeEmpty || next.canBeEmpty);
        }
        return result;
    }

    private Node sequence() throws Unsupported {
        BitSet first = new BitSet();
        boolean open = true; // every atom so far can be empty: the next one can still begin the match
        while (!atEnd() && peek() != '|' && peek() != ')') {
            Node atom = quantified(atom());
            if (open) {
                first = union(first, atom.first);
                open = atom.canBeEmpty;
            }
        }
        return new Node(first, open);
    }

    private static BitSet union(BitSet a, BitSet b) {
        if (a == null || b == null) {
            return null;
        }
        BitSet both = (BitSet) a.clone();
        both.or(b);
        return both;
    }

    private Node quantified(Node atom) throws Unsupported {
        if (atEnd()) {
            return atom;
        }
        boolean optional;
        switch (peek()) {
            case '?', '*' -> {
                optional = true;
                pos++;
            }
            case '+' -> {
                optional = false;
                pos++;
            }
            case '{' -> {
                int close = source.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                String bounds = source.substring(pos + 1, close);
                if (!bounds.matches("\\d+(,\\d*)?")) {
                    throw new Unsupported();
                }
                optional = Integer.parseInt(bounds.split(",")[0]) == 0;
                pos = close + 1;
            }
            default -> {
                return atom;
            }
        }
        if (!atEnd() && (peek() == '?' || peek() == '+')) {
            pos++; // lazy or possessive: the same chars can begin it
        }
        return optional ? new Node(atom.first, true) : atom;
    }

    private Node atom() throws Unsupported {
        char c = source.charAt(pos++);
        switch (c) {
            case '(':
                return group();
            case '[':
                return Node.of(charClass());
            case '\\':
                return escape();
            case '^', '$':
                return Node.ZERO_WIDTH;
            case '.':
                return Node.UNKNOWN;
            case '{', '}', ']', '?', '*', '+':
                throw new Unsupported();
            default:
                return Node.of(single(c));
        }
    }

    private Node group() throws Unsupported {
        if (source.startsWith("?i)", pos)) {
            pos += 3;
            caseInsensitive = true; // to the end of the group in Java; for the whole pattern here, a superset
            return Node.ZERO_WIDTH;
        }
        if (source.startsWith("?:", pos) || source.startsWith("?>", pos)) {
            pos += 2;
        } else if (source.startsWith("?<", pos) && pos + 2 < source.length()
                && Character.isLetter(source.charAt(pos + 2))) {
            int close = source.indexOf('>', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            pos = close + 1;
        } else if (source.startsWith("?", pos)) {
            throw new Unsupported(); // look-around, other flags
        }
        Node inner = alternation();
        if (atEnd() || peek() != ')') {
            throw new Unsupported();
        }
        pos++;
        return inner;
    }

    private Node escape() throws Unsupported {
        char c = source.charAt(pos++);
        return switch (c) {
            case 'b', 'B', 'A', 'z', 'Z', 'G' -> Node.ZERO_WIDTH;
            case 'd', 's', 'w' -> Node.of(shorthand(c));
            case 'D', 'S', 'W' -> Node.UNKNOWN;
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw new Unsupported(); // properties, hex and control escapes, back references
                }
                yield Node.of(single(c));
            }
        };
    }

    /** A class like [A-Za-z] or [cs]; negation, nesting and intersection are not read. */
    private BitSet charClass() throws Unsupported {
        BitSet chars = new BitSet();
        if (peek() == '^' || peek() == ']') {
            throw new Unsupported();
        }
        while (peek() != ']') {
            char c = source.charAt(pos++);
            if (c == '[' || c == '&') {
                throw new Unsupported();
            }
            if (c == '\\') {
                char e = source.charAt(pos++);
                if (e == 'd' || e == 's' || e == 'w') {
                    chars.or(shorthand(e));
                    continue;
                }
                if (Character.isLetterOrDigit(e)) {
                    throw new Unsupported();
                }
                c = e;
            }
            if (peek() == '-' && source.charAt(pos + 1) != ']') {
                pos++;
                char to = source.charAt(pos++);
                if (to == '\\' || to == '[' || to < c) {
                    throw new Unsupported();
                }
                chars.set(c, to + 1);
            } else {
                chars.set(c);
            }
        }
        pos++;
        return chars;
    }

    private static BitSet single(char c) {
        BitSet chars = new BitSet();
        chars.set(c);
        return chars;
    }

    /** \d, \s and \w as Java reads them without UNICODE_CHARACTER_CLASS. */
    private static BitSet shorthand(char c) {
        BitSet chars = new BitSet();
        switch (c) {
            case 'd' -> chars.set('0', '9' + 1);
            case 's' -> {
                for (char w : new char[] { ' ', '\t', '\n', '\u000B', '\f', '\r' }) {
                    chars.set(w);
                }
            }
            default -> {
                chars.set('a', 'z' + 1);
                chars.set('A', 'Z' + 1);
                chars.set('0', '9' + 1);
                chars.set('_');
            }
        }
        return chars;
    }
}
