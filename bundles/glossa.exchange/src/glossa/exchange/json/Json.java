package glossa.exchange.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * Strict JSON (RFC 8259) for the command line's {@code --json} output, the exporters and the importers, on
 * jackson-core's streaming API.
 *
 * <p>Trees are plain Java objects: {@link Map} (written in iteration order; read as {@link LinkedHashMap}),
 * {@link List} (read as {@link ArrayList}), {@link String}, {@link Number} (read as {@link Long} when integral and in
 * range, else {@link Double}), {@link Boolean} and {@code null}. Writing is UTF-8 and escapes quotes, backslashes,
 * control characters, DEL, U+2028/2029 (they end JavaScript string literals) and lone surrogates (they have no UTF-8
 * form); other characters, Chinese and surrogate pairs included, are written as they are.</p>
 */
public final class Json {

    /** Deeper nesting is refused: hostile input must not take the stack (or the time) of a real document. */
    public static final int MAX_DEPTH = 512;

    private static final JsonFactory FACTORY = factory();

    private Json() {
    }

    private static JsonFactory factory() {
        JsonFactory factory = new JsonFactoryBuilder()
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                // The depth is checked by the reader below (with the position of the bracket); strings as long as
                // the largest article (20 MB) and some.
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8)
                        .maxStringLength(100_000_000).build())
                .rootValueSeparator((String) null)
                .characterEscapes(new Escapes())
                .build();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return factory;
    }

    /**
     * A UTF-8 generator on {@code out}, escaping as described above, with no separator between values at the root
     * (streaming writers put their own). Closing it flushes, but leaves {@code out} open.
     */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    /** {@code value} as indented JSON (two spaces, {@code "key": value}), without a trailing newline. */
    public static String write(Object value) {
        return render(value, new Indented());
    }

    /**
     * Prints {@code value} as indented JSON and a newline to {@code out}, as UTF-8 bytes straight from the generator
     * (the command line's {@code --json}: no String of a large document is made). {@code out} is flushed, not closed.
     */
    public static void print(Object value, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.setPrettyPrinter(new Indented());
            write(value, g);
            g.writeRaw(System.lineSeparator()); // as println did
        }
        out.flush();
    }

    /** {@code value} as compact JSON on one line. */
    public static String writeCompact(Object value) {
        return render(value, null);
    }

    private static String render(Object value, PrettyPrinter prettyPrinter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = generator(out)) {
            g.setPrettyPrinter(prettyPrinter);
            write(value, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes a tree of plain values (see the class comment) with {@code g}. */
    public static void write(Object value, JsonGenerator g) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())
                || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            throw new IllegalArgumentException("JSON has no " + value);
        } else if (value instanceof Number n) {
            g.writeNumber(n.toString()); // as written before: Double.toString, BigDecimal.toString, …
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                g.writeFieldName(String.valueOf(entry.getKey()));
                write(entry.getValue(), g);
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(item, g);
            }
            g.writeEndArray();
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.toString());
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    /**
     * Parses one JSON value; only whitespace may follow it.
     *
     * @throws JsonException naming the offset of the first error
     */
    public static Object parse(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new JsonException("unexpected end of input", json.length());
            }
            Object value = read(p, 0);
            int end = (int) p.currentLocation().getCharOffset();
            try {
                if (p.nextToken() != null) {
                    throw new JsonException("unexpected text after the value", nonBlankFrom(json, end));
                }
            } catch (JsonProcessingException trailing) {
                throw new JsonException("unexpected text after the value", nonBlankFrom(json, end));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw JsonException.of(e, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String source does no I/O
        }
    }

    /** The value whose first token {@code p} is on. */
    private static Object read(JsonParser p, int depth) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                enter(p, depth);
                Map<String, Object> map = new LinkedHashMap<>();
                for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                    p.nextToken();
                    map.put(key, read(p, depth + 1));
                }
                return map;
            }
            case START_ARRAY -> {
                enter(p, depth);
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p, depth + 1));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? (Object) p.getDoubleValue()
                        : (Object) p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new JsonException("unexpected " + p.currentToken(),
                    (int) p.currentTokenLocation().getCharOffset());
        }
    }

    private static void enter(JsonParser p, int depth) {
        if (depth >= MAX_DEPTH) {
            throw new JsonException("nested too deeply", (int) p.currentTokenLocation().getCharOffset());
        }
    }

    private static int nonBlankFrom(String json, int offset) {
        int i = Math.max(0, offset);
        while (i < json.length() && " \t\r\n".indexOf(json.charAt(i)) >= 0) {
            i++;
        }
        return i;
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

        /** jackson-core's error, in the words and at the place Glossa reports (the start of a bad token). */
        static JsonException of(JsonProcessingException e, String json) {
            JsonLocation location = e.getLocation();
            int offset = location == null ? 0 : (int) Math.max(0, location.getCharOffset());
            String message = String.valueOf(e.getOriginalMessage());
            int cut = message.indexOf('\n');
            message = cut < 0 ? message : message.substring(0, cut);
            cut = message.indexOf(" (start marker at");
            message = cut < 0 ? message : message.substring(0, cut);
            if (message.startsWith("Unrecognized token '")) {
                String token = message.substring("Unrecognized token '".length(), message.indexOf('\'', 20));
                return new JsonException("unexpected token '" + token + "'", Math.max(0, offset - token.length()));
            }
            if (message.startsWith("Unexpected end-of-input")) {
                return new JsonException("unexpected end of input" + message.substring(23), json.length());
            }
            return new JsonException(message.isEmpty() ? message
                    : Character.toLowerCase(message.charAt(0)) + message.substring(1), offset);
        }

        /** The reason in words, without the offset. */
        public String reason() {
            return reason;
        }

        public int offset() {
            return offset;
        }
    }

    /**
     * Jackson's JSON escapes, plus DEL and U+2028/2029 (escaped as the hand-written writer before it did, so
     * exports stay byte for byte what they were).
     */
    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LINE_SEPARATOR : ch == 0x2029 ? PARAGRAPH_SEPARATOR : null;
        }
    }

    /** Two spaces per level, {@code "key": value}, {@code {}} and {@code []} when empty: the layout Glossa had. */
    private static final class Indented extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        Indented() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEntrySpacing(Separators.Spacing.NONE).withArrayValueSpacing(Separators.Spacing.NONE)
                    .withObjectEmptySeparator("").withArrayEmptySeparator("").withRootSeparator(null));
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Indented();
        }
    }
}
