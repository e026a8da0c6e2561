package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.io.SidecarStore;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ProjectImport;
import glossa.model.Document;

/**
 * A {@code project.qde} of several megabytes, which the import inflates on one thread while it parses on another:
 * every source after it in the archive is still read whole, and an error anywhere in it (in the XML, in the deflate
 * stream) refuses the import with nothing written and no reading thread left behind.
 */
class RefiQdaLargeProjectTest {

    @TempDir
    Path dir;

    private static final String CODE_GUID = "11111111-1111-4111-8111-111111111111";
    private static final int SOURCES = 3;
    private static final int SELECTIONS = 4000;

    private static String guid(int kind, int source, int i) {
        return String.format("%08x-%04x-4000-8000-%012x", kind, source, i);
    }

    /** Texts of 4,000 characters; 4,000 selections per source, each with a memo of random letters. */
    private static Map<String, byte[]> project(Random random, String damage) {
        StringBuilder qde = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"large\"><CodeBook><Codes><Code guid=\""
                + CODE_GUID + "\" name=\"c\" isCodable=\"true\"/></Codes></CodeBook>\n");
        if (damage != null) {
            qde.append(damage);
        }
        qde.append("<Sources>\n");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", null);
        for (int s = 0; s < SOURCES; s++) {
            String source = guid(2, s, 0);
            qde.append("<TextSource guid=\"").append(source).append("\" name=\"s").append(s)
                    .append(".txt\" plainTextPath=\"internal://").append(source).append(".txt\">\n");
            for (int i = 0; i < SELECTIONS; i++) {
                int start = random.nextInt(3990);
                qde.append("<PlainTextSelection guid=\"").append(guid(3, s, i)).append("\" startPosition=\"")
                        .append(start).append("\" endPosition=\"").append(start + 1 + random.nextInt(9))
                        .append("\"><Description>");
                for (int k = 0; k < 60; k++) {
                    qde.append((char) ('a' + random.nextInt(26)));
                }
                qde.append("</Description><Coding guid=\"").append(guid(4, s, i)).append("\"><CodeRef targetGUID=\"")
                        .append(CODE_GUID).append("\"/></Coding></PlainTextSelection>\n");
            }
            qde.append("</TextSource>\n");
            entries.put("Sources/" + source + ".txt", ("第" + s + "篇 " + "文".repeat(3995))
                    .getBytes(StandardCharsets.UTF_8));
        }
        qde.append("</Sources></Project>\n");
        entries.put("project.qde", qde.toString().getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private Path write(Map<String, byte[]> entries) throws IOException {
        Path qdpx = dir.resolve("large.qdpx");
        Files.write(qdpx, RefiQdaFiles.zip(entries));
        return qdpx;
    }

    private static boolean readingThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("glossa-read-ahead") && t.isAlive());
    }

    @Test
    void everySourceAfterALargeProjectIsImported() throws IOException {
        Map<String, byte[]> entries = project(new Random(1), null);
        assertTrue(entries.get("project.qde").length > 1_000_000, "several read-ahead chunks");
        ProjectImport.Result r = ProjectImport.run(write(entries), dir.resolve("case"), null);
        assertEquals(SOURCES, r.articles());
        assertEquals(SOURCES * SELECTIONS, r.annotations());
        for (int s = 0; s < SOURCES; s++) {
            Path text = dir.resolve("case/s" + s + ".txt");
            assertEquals("第" + s + "篇 " + "文".repeat(3995), Files.readString(text));
            Document doc = new SidecarStore().load(AnnotatedArticle.sidecarOf(text));
            assertEquals(SELECTIONS, doc.getAnnotations().size());
            assertEquals(60, doc.getAnnotations().get(SELECTIONS - 1).getMemo().length(), "the last memo whole");
        }
        assertFalse(readingThreadAlive());
    }

    @Test
    void aDamagedDeflateStreamInTheMiddleIsRefused() throws IOException {
        Map<String, byte[]> entries = project(new Random(2), null);
        byte[] zip = RefiQdaFiles.zip(entries);
        int qdeLength = entries.get("project.qde").length;
        // the compressed project.qde comes first; overwrite a run of its bytes half way through
        int middle = 30 + 12 + (int) (zip.length * 0.3);
        assertTrue(qdeLength > 1_000_000 && middle < zip.length / 2);
        Random random = new Random(3);
        for (int i = 0; i < 64; i++) {
            zip[middle + i] = (byte) random.nextInt(256);
        }
        Path qdpx = dir.resolve("large.qdpx");
        Files.write(qdpx, zip);
        ImportFormatException e = assertThrows(ImportFormatException.class,
                () -> ProjectImport.run(qdpx, dir.resolve("case"), null));
        assertTrue(e.getMessage().contains("large.qdpx"), e.getMessage());
        assertEquals(List.of("large.qdpx"), RefiQdaFiles.listing(dir), "nothing written");
        assertFalse(readingThreadAlive());
    }

    @Test
    void anErrorEarlyInALargeProjectStopsTheReading() throws IOException {
        Path qdpx = write(project(new Random(4), "<Users><User guid=\"nope\" name=\"x\"/></Users>\n"));
        ImportFormatException e = assertThrows(ImportFormatException.class,
                () -> ProjectImport.run(qdpx, dir.resolve("case"), null));
        assertTrue(e.getMessage().contains("<User>") && e.getMessage().contains("not a GUID"), e.getMessage());
        assertEquals(3, e.line());
        assertEquals(List.of("large.qdpx"), RefiQdaFiles.listing(dir), "nothing written");
        assertFalse(readingThreadAlive());
    }
}
