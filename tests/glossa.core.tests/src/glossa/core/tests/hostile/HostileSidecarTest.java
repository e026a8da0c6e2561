package glossa.core.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.io.FileErrors;
import glossa.exchange.json.Json;

/** Issue 20, items 10–12: sidecars that load but are wrong, and error messages that say what and where. */
class HostileSidecarTest {

    private static final Pattern FIRST = Pattern.compile("<annotations [^>]*?begin=\"(\\d+)\" end=\"(\\d+)\"");

    @TempDir
    Path dir;

    private Path article;
    private Path sidecar;
    private String xml;

    @BeforeEach
    void annotated() throws Exception {
        article = Cli.annotatedSample(dir);
        sidecar = AnnotatedArticle.sidecarOf(article);
        xml = Files.readString(sidecar, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Cli.Result result) {
        return (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(result.ok().out())).get("annotations");
    }

    private String withFirstOffsets(String source, String begin, String end) {
        Matcher m = FIRST.matcher(source);
        assertTrue(m.find(), source);
        return source.substring(0, m.start(1)) + begin + source.substring(m.end(1), m.start(2)) + end
                + source.substring(m.end(2));
    }

    @Test
    void item10OffsetsOutsideTheTextAreReanchoredOnLoadAndReported() throws Exception {
        int length = Files.readString(article, StandardCharsets.UTF_8).length();
        // The second pass adds a comment: the fast reader declines it and EMF's load runs, with the same check after.
        for (String extra : List.of("", "<!-- hand-edited -->\n")) {
            for (String[] offsets : new String[][] { { "-10", "99999" }, { "60", "10" }, { "0", "2147483647" } }) {
                String bad = withFirstOffsets(xml, offsets[0], offsets[1]).replaceFirst("\\?>\n", "?>\n" + extra);
                Files.writeString(sidecar, bad, StandardCharsets.UTF_8);
                String sum = Cli.sha256(sidecar);
                Cli.Result listed = Cli.run("list", article.toString(), "--json");
                assertTrue(listed.err().matches("glossa: " + Pattern.quote(sidecar.toString())
                        + ": warning: annotation \\S+ has offsets " + offsets[0] + ".." + offsets[1]
                        + " outside the text \\(0..\\d+\\); re-anchored by its quote\\R"), listed.err());
                for (Map<String, Object> row : rows(listed)) {
                    long begin = (Long) row.get("begin");
                    long end = (Long) row.get("end");
                    assertTrue(0 <= begin && begin <= end && end <= length, row.toString());
                }
                assertEquals(2, rows(listed).size(), "kept");
                assertEquals(sum, Cli.sha256(sidecar), "list never saves");
            }
        }
        // The next save writes offsets inside the text, so the warning does not come back.
        Cli.run("annotate", article.toString(), "--type", "claim", "--quote", "DeepSeek", "--occurrence", "2").ok();
        Cli.Result again = Cli.run("list", article.toString(), "--json");
        assertEquals("", again.err());
        assertEquals(3, rows(again).size());
    }

    @Test
    void item11DuplicateIdsAreReportedBothKeptAndTheSecondRenamed() throws Exception {
        Matcher element = Pattern.compile("(?s)  <annotations .*?</annotations>\n|  <annotations [^>]*/>\n").matcher(xml);
        assertTrue(element.find(), xml);
        String twice = xml.substring(0, element.end()) + element.group() + xml.substring(element.end());
        Matcher ids = Pattern.compile("<annotations id=\"([^\"]+)\"").matcher(xml);
        assertTrue(ids.find());
        String first = ids.group(1);
        assertTrue(ids.find());
        String oneIdForTwo = xml.replace("id=\"" + ids.group(1) + "\"", "id=\"" + first + "\"");
        for (String bad : List.of(twice, oneIdForTwo)) {
            Files.writeString(sidecar, bad, StandardCharsets.UTF_8);
            Map<String, String> before = Cli.checksums(dir);
            Cli.Result listed = Cli.run("list", article.toString(), "--json");
            assertTrue(listed.err().matches("glossa: " + Pattern.quote(sidecar.toString()) + ": warning: annotation id "
                    + Pattern.quote(first) + " is used twice; the second one now has the id a-\\S+\\R"), listed.err());
            List<Map<String, Object>> rows = rows(listed);
            assertEquals(bad == twice ? 3 : 2, rows.size(), "both kept");
            assertEquals(rows.size(), rows.stream().map(r -> r.get("id")).distinct().count(), "ids unique");
            assertEquals(before, Cli.checksums(dir));
        }
        Cli.run("annotate", article.toString(), "--type", "claim", "--quote", "DeepSeek", "--occurrence", "2").ok();
        assertEquals("", Cli.run("list", article.toString()).ok().err(), "saved with unique ids");
    }

    @Test
    void item12AnInvalidUtf8ByteIsReportedAtItsLineAndColumn() throws Exception {
        int at = xml.indexOf("quote=\"", xml.indexOf("<annotations")) + "quote=\"".length();
        byte[] bytes = (xml.substring(0, at)).getBytes(StandardCharsets.UTF_8);
        byte[] all = xml.getBytes(StandardCharsets.UTF_8);
        all[bytes.length] = (byte) 0xFF;
        Files.write(sidecar, all);
        String before = xml.substring(0, at);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.substring(before.lastIndexOf('\n') + 1).codePointCount(0,
                before.length() - before.lastIndexOf('\n') - 1) + 1;
        String sum = Cli.sha256(sidecar);
        Cli.run("list", article.toString()).fails(2, sidecar + ":" + line + ":" + column + ": invalid UTF-8 byte 0xFF");
        assertTrue(line > 1);
        assertEquals(sum, Cli.sha256(sidecar));
    }

    @Test
    void item12ATypeReferenceToAnAnnotationNamesItWithoutAJavaObject() throws Exception {
        Matcher ids = Pattern.compile("<annotations id=\"([^\"]+)\"").matcher(xml);
        assertTrue(ids.find());
        String bad = xml.replaceFirst("type=\"#[^\"]+\"", "type=\"#" + ids.group(1) + "\"");
        assertNotEquals(xml, bad);
        Files.writeString(sidecar, bad, StandardCharsets.UTF_8);
        Cli.Result result = Cli.run("list", article.toString()).fails(2, sidecar + ":");
        assertFalse(result.err().contains("Impl@"), result.err());
        assertTrue(result.err().contains(ids.group(1)), result.err());
    }

    @Test
    void item12AnUnknownNamespaceSaysSo() throws Exception {
        Files.writeString(sidecar, xml.replace("http://glossa.dev/model/1", "http://glossa.dev/model/next"),
                StandardCharsets.UTF_8);
        Cli.Result result = Cli.run("list", article.toString())
                .fails(2, "not a Glossa sidecar: unknown namespace 'http://glossa.dev/model/next'");
        assertFalse(result.err().contains("null"), result.err());
    }

    @Test
    void item12FileErrorsNameTheFileAndTheReason() throws Exception {
        Files.delete(sidecar);
        Files.createDirectory(sidecar);
        Cli.run("list", article.toString()).fails(2, "cannot open " + sidecar + ": is a directory");
        Files.delete(sidecar);
        assertEquals("permission denied", FileErrors.reason(new AccessDeniedException("/x/a.txt.glossa")));
        assertEquals("/x/a.txt: no space left on device", FileErrors.describe("/x/a.txt",
                new java.nio.file.FileSystemException("/x/a.txt", null, "No space left on device")));
        Files.writeString(sidecar, xml, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(sidecar, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(sidecar), "running as root: permissions are not enforced");
            Cli.run("list", article.toString()).fails(2, "cannot open " + sidecar + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(sidecar, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
