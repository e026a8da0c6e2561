package glossa.bench.peer;

// BENCHMARK PEER ONLY (JsonBenchmarks): a copy of Glossa's hand-written JSON code as of commit e0615a7, before
// jackson-core replaced it. Not product code; kept so that old and new are measured side by side in one run.

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON writer and reader (RFC 8259) for the command line's {@code --json} output and the exporters.
 *
 * <p>Values are plain Java objects: {@link Map} (written in iteration order; read as {@link LinkedHashMap}),
 * {@link List} (read as {@link ArrayList}), {@link String}, {@link Number} (read as {@link Long} when integral, else
 * {@link Double}), {@link Boolean} and {@code null}. Writing escapes quotes, backslashes and all control characters;
 * other characters, Chinese included, are written as they are (the output is meant to be encoded as UTF-8).</p>
 */
public final class HandJson {

    private HandJson() {
    }

    /** {@code value} as indented JSON (two spaces), without a trailing newline. */
    public static String write(Object value) {
        return write(value, 0);
    }

    /**
     * {@code value} as indented JSON whose inner lines are indented as if it were nested {@code depth} levels deep,
     * for writers that stream a large document piece by piece.
     */
    public static String write(Object value, int depth) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, depth, true);
        return sb.toString();
    }

    /** {@code value} as compact JSON on one line. */
    public static String writeCompact(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, 0, false);
        return sb.toString();
    }

    /**
     * Parses one JSON value; only whitespace may follow it.
     *
     * @throws JsonException naming the offset of the first error
     */
    public static Object parse(String json) {
        JsonReader reader = new JsonReader(json);
        Object value = reader.readValue();
        reader.expectEnd();
        return value;
    }

    private static void write(Object value, StringBuilder sb, int depth, boolean pretty) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            quote(s, sb);
        } else if (value instanceof Boolean b) {
            sb.append(b.booleanValue());
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())
                || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            throw new IllegalArgumentException("JSON has no " + value);
        } else if (value instanceof Number n) {
            sb.append(n);
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, sb, depth, pretty);
        } else if (value instanceof Iterable<?> list) {
            writeArray(list, sb, depth, pretty);
        } else if (value instanceof Enum<?> e) {
            quote(e.toString(), sb);
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder sb, int depth, boolean pretty) {
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            sb.append(first ? "" : ",");
            first = false;
            newline(sb, depth + 1, pretty);
            quote(String.valueOf(entry.getKey()), sb);
            sb.append(pretty ? ": " : ":");
            write(entry.getValue(), sb, depth + 1, pretty);
        }
        newline(sb, depth, pretty);
        sb.append('}');
    }

    private static void writeArray(Iterable<?> list, StringBuilder sb, int depth, boolean pretty) {
        if (!list.iterator().hasNext()) {
            sb.append("[]");
            return;
        }
        sb.append('[');
        boolean first = true;
        for (Object item : list) {
            sb.append(first ? "" : ",");
            first = false;
            newline(sb, depth + 1, pretty);
            write(item, sb, depth + 1, pretty);
        }
        newline(sb, depth, pretty);
        sb.append(']');
    }

    private static void newline(StringBuilder sb, int depth, boolean pretty) {
        if (pretty) {
            sb.append('\n').append("  ".repeat(depth));
        }
    }

    /** Appends {@code s} as a JSON string literal. */
    public static void quote(String s, StringBuilder sb) {
        sb.append('"');
        int run = 0; // start of the pending run of characters that need no escape, appended in one go
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c < 0x7F
                    || c > 0x7F && c < Character.MIN_SURROGATE && c != '\u2028' && c != '\u2029'
                    || c > Character.MAX_SURROGATE) {
                continue;
            }
            if (Character.isSurrogate(c) && pairedSurrogate(s, i)) {
                continue;
            }
            sb.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                // Other control characters, U+2028/2029 (they break JavaScript string literals), lone surrogates.
                default -> unicodeEscape(c, sb);
            }
        }
        sb.append(s, run, s.length());
        sb.append('"');
    }

    private static void unicodeEscape(char c, StringBuilder sb) {
        sb.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) {
            sb.append(Character.forDigit((c >> shift) & 0xF, 16));
        }
    }

    /** A lone surrogate cannot be encoded as UTF-8; it is escaped instead of becoming '?'. */
    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** A JSON syntax error. */
    public static final class JsonException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int offset;
        private final String reason;

        JsonException(String message, int offset) {
            super(message + " at offset " + offset);
            this.offset = offset;
            this.reason = message;
        }

        /** The reason in words, without the offset. */
        public String reason() {
            return reason;
        }

        public int offset() {
            return offset;
        }
    }

    /** Recursive descent over the input; depth is bounded so hostile input cannot overflow the stack. */
    private static final class JsonReader {
        private static final int MAX_DEPTH = 512;
        private final String in;
        private int pos;
        private int depth;

        JsonReader(String in) {
            this.in = in;
        }

        Object readValue() {
            skipWhitespace();
            if (pos >= in.length()) {
                throw new JsonException("unexpected end of input", pos);
            }
            char c = in.charAt(pos);
            return switch (c) {
                case '{' -> readObject();
                case '[' -> readArray();
                case '"' -> readString();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield readNumber();
                    }
                    throw new JsonException("unexpected character '" + c + "'", pos);
                }
            };
        }

        void expectEnd() {
            skipWhitespace();
            if (pos < in.length()) {
                throw new JsonException("unexpected text after the value", pos);
            }
        }

        private Map<String, Object> readObject() {
            enter();
            pos++;
            Map<String, Object> map = new LinkedHashMap<>();
            skipWhitespace();
            if (peek() == '}') {
                pos++;
                depth--;
                return map;
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw new JsonException("expected a string key", pos);
                }
                String key = readString();
                skipWhitespace();
                expect(':');
                map.put(key, readValue());
                skipWhitespace();
                char c = peek();
                pos++;
                if (c == '}') {
                    depth--;
                    return map;
                }
                if (c != ',') {
                    throw new JsonException("expected ',' or '}'", pos - 1);
                }
            }
        }

        private List<Object> readArray() {
            enter();
            pos++;
            List<Object> list = new ArrayList<>();
            skipWhitespace();
            if (peek() == ']') {
                pos++;
                depth--;
                return list;
            }
            while (true) {
                list.add(readValue());
                skipWhitespace();
                char c = peek();
                pos++;
                if (c == ']') {
                    depth--;
                    return list;
                }
                if (c != ',') {
                    throw new JsonException("expected ',' or ']'", pos - 1);
                }
            }
        }

        private String readString() {
            pos++; // opening quote
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= in.length()) {
                    throw new JsonException("unterminated string", pos);
                }
                char c = in.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    throw new JsonException("unescaped control character in a string", pos - 1);
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (pos >= in.length()) {
                    throw new JsonException("unterminated escape", pos);
                }
                char e = in.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (pos + 4 > in.length()) {
                            throw new JsonException("short \\u escape", pos);
                        }
                        try {
                            sb.append((char) Integer.parseInt(in.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw new JsonException("bad \\u escape", pos);
                        }
                        pos += 4;
                    }
                    default -> throw new JsonException("bad escape '\\" + e + "'", pos - 1);
                }
            }
        }

        private Number readNumber() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            if (peek() == '0') {
                pos++;
            } else if (isDigit(peek())) {
                digits();
            } else {
                throw new JsonException("bad number", start);
            }
            boolean integral = true;
            if (peek() == '.') {
                integral = false;
                pos++;
                if (!isDigit(peek())) {
                    throw new JsonException("bad number", start);
                }
                digits();
            }
            if (peek() == 'e' || peek() == 'E') {
                integral = false;
                pos++;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                if (!isDigit(peek())) {
                    throw new JsonException("bad number", start);
                }
                digits();
            }
            String text = in.substring(start, pos);
            if (integral) {
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException tooLarge) {
                    return Double.parseDouble(text);
                }
            }
            return Double.parseDouble(text);
        }

        private void digits() {
            while (isDigit(peek())) {
                pos++;
            }
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private Object literal(String word, Object value) {
            if (!in.startsWith(word, pos)) {
                throw new JsonException("unexpected token", pos);
            }
            pos += word.length();
            return value;
        }

        private void enter() {
            if (++depth > MAX_DEPTH) {
                throw new JsonException("nested too deeply", pos);
            }
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new JsonException("expected '" + c + "'", pos);
            }
            pos++;
        }

        private char peek() {
            return pos < in.length() ? in.charAt(pos) : '\0';
        }

        private void skipWhitespace() {
            while (pos < in.length()) {
                char c = in.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                pos++;
            }
        }
    }
}
