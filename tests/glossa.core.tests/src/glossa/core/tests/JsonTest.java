package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import glossa.exchange.json.Json;

class JsonTest {

    @Test
    void escapesQuotesBackslashesAndControlCharactersButKeepsChinese() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\u0001\\u001f中文😀\"", Json.writeCompact("a\"b\\c\n\r\t\u0001\u001f中文😀"));
        assertEquals("\"\\u2028\\ud800\"", Json.writeCompact("\u2028\uD800"), "line separator and a lone surrogate");
    }

    @Test
    void roundTripsNestedValues() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "一、提案背景 \"quoted\"\n");
        value.put("count", 3L);
        value.put("ratio", 0.25);
        value.put("flags", new ArrayList<>(Arrays.asList(true, false, null)));
        value.put("empty", new LinkedHashMap<>());
        value.put("list", new ArrayList<>());
        assertEquals(value, Json.parse(Json.write(value)));
        assertEquals(value, Json.parse(Json.writeCompact(value)));
        assertEquals("{\"a\":[1,2]}", Json.writeCompact(Map.of("a", List.of(1, 2))));
    }

    @Test
    void parsesEscapesAndNumbers() {
        assertEquals("é\n/😀", Json.parse("\"\\u00e9\\n\\/\\ud83d\\ude00\""));
        assertEquals(-12L, Json.parse(" -12 "));
        assertEquals(1.5e3, Json.parse("1.5e3"));
    }

    @Test
    void rejectsMalformedInput() {
        for (String bad : List.of("", "{", "[1,]", "{\"a\" 1}", "\"unterminated", "01x", "tru", "[1] 2", "\"a\nb\"",
                "{a:1}", "-", "1.", "\"\\x\"")) {
            assertThrows(Json.JsonException.class, () -> Json.parse(bad), bad);
        }
        assertThrows(Json.JsonException.class, () -> Json.parse("[".repeat(10_000)), "deep nesting");
    }
}
