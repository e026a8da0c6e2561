package glossa.core.tests.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import glossa.exchange.refiqda.Guids;
import glossa.exchange.refiqda.ProjectBuilder;

/**
 * The REFI-QDA import reads GUIDs and dates by hand for speed; these give the same answers as the schema's pattern
 * and java.time's parsers, on the forms tools write and on near misses.
 */
class RefiQdaReadingRulesTest {

    private static final Pattern SCHEMA_GUID = Pattern
            .compile("\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");

    @Test
    void guidsAreCheckedAsTheSchemaPatternChecksThem() {
        List<String> cases = new ArrayList<>(List.of("", "{", "}", "{}", "0123abcd-4567-89ab-cdef-0123456789AB",
                "{0123abcd-4567-89ab-cdef-0123456789ab}", "{0123abcd-4567-89ab-cdef-0123456789ab",
                "0123abcd-4567-89ab-cdef-0123456789ab}", "0123abcd-4567-89ab-cdef-0123456789a",
                "0123abcd-4567-89ab-cdef-0123456789abc", "0123abcd_4567-89ab-cdef-0123456789ab",
                "0123abcg-4567-89ab-cdef-0123456789ab", "{{0123abcd-4567-89ab-cdef-0123456789ab}}",
                " 0123abcd-4567-89ab-cdef-0123456789ab", "0123abcd-4567-89ab-cdef-0123456789ab "));
        Random random = new Random(16);
        String alphabet = "0123456789abcdefABCDEFgG-{}_ ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder(java.util.UUID.randomUUID().toString());
            if (random.nextBoolean()) {
                s.insert(0, '{').append('}');
            }
            for (int k = random.nextInt(3); k > 0; k--) { // mutate a few characters, or none
                int at = random.nextInt(s.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> s.insert(at, c);
                    case 1 -> { if (at < s.length()) s.setCharAt(at, c); }
                    default -> { if (at < s.length()) s.deleteCharAt(at); }
                }
            }
            cases.add(s.toString());
        }
        for (String c : cases) {
            assertEquals(SCHEMA_GUID.matcher(c).matches(), Guids.isGuid(c), c);
        }
        assertEquals(false, Guids.isGuid(null));
    }

    /** The rule before the fast path: xsd:dateTime by java.time, a date without a zone taken as UTC. */
    private static Date reference(String value) {
        try {
            return Date.from(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Date.from(LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    @Test
    void datesAreReadAsJavaTimeReadsThem() {
        List<String> cases = new ArrayList<>(List.of("2024-03-01T08:15:30Z", "2024-03-01T08:15:30", " 2024-03-01T08:15:30Z ",
                "2024-03-01T08:15:30.5Z", "2024-03-01T08:15:30.123456789+08:00", "2024-03-01T08:15:30.1234567891Z",
                "2024-03-01T08:15:30-05:30", "2024-03-01T08:15:30+18:00", "2024-03-01T08:15:30+19:00",
                "2024-03-01T08:15:30-00:00", "2024-03-01T08:15Z", "2024-02-30T08:15:30Z", "2024-13-01T08:15:30Z",
                "2024-03-01T24:00:00Z", "2024-03-01T08:60:00Z", "2024-03-01T08:15:60Z", "2024-03-01 08:15:30Z",
                "2024-03-01t08:15:30z", "2024-03-01T08:15:30.Z", "2024-03-01T08:15:30+0800", "2024-03-01T08:15:30+08",
                "2024-03-01T08:15:30+08:00:30", "+2024-03-01T08:15:30Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                "2024-03-01T08:15:30ZZ", "二〇二四-03-01T08:15:30Z", "2024-03-01T08:15:3xZ"));
        Random random = new Random(18);
        for (int i = 0; i < 5_000; i++) {
            String fraction = random.nextInt(3) == 0 ? "" : "." + "123456789".substring(0, 1 + random.nextInt(9));
            String zone = switch (random.nextInt(4)) {
                case 0 -> "";
                case 1 -> "Z";
                default -> String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-", random.nextInt(20),
                        random.nextInt(61));
            };
            cases.add(String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", 1 + random.nextInt(9999), random.nextInt(14),
                    random.nextInt(33), random.nextInt(25), random.nextInt(61), random.nextInt(61), fraction, zone));
        }
        int read = 0;
        for (String c : cases) {
            Date expected = reference(c);
            assertEquals(expected, ProjectBuilder.date(c), c);
            read += expected == null ? 0 : 1;
        }
        assertEquals(true, read > 1_000, "most random dates are valid ones: " + read);
    }
}
