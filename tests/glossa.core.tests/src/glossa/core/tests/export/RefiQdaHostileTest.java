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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ProjectImport;

/**
 * Hostile and broken .qdpx archives: each is refused with one error naming the file and the element (or entry), and
 * nothing is written: no case folder, no staging folder, no file outside.
 */
class RefiQdaHostileTest {

    @TempDir
    Path dir;

    private static final String TEXT = "一二三 😀 abc";
    private static final String CODE = "<CodeBook><Codes><Code guid=\"11111111-1111-4111-8111-111111111111\" "
            + "name=\"c\" isCodable=\"true\"/></Codes></CodeBook>";

    private static String project(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">"
                + body + "</Project>";
    }

    private static String source(String selections) {
        return "<Sources><TextSource guid=\"22222222-2222-4222-8222-222222222222\" name=\"a.txt\" "
                + "plainTextPath=\"internal://22222222-2222-4222-8222-222222222222.txt\">" + selections
                + "</TextSource></Sources>";
    }

    private static String selection(int start, int end, String codeRef) {
        return "<PlainTextSelection guid=\"33333333-3333-4333-8333-333333333333\" startPosition=\"" + start
                + "\" endPosition=\"" + end + "\"><Coding guid=\"44444444-4444-4444-8444-444444444444\">"
                + "<CodeRef targetGUID=\"" + codeRef + "\"/></Coding></PlainTextSelection>";
    }

    private Path archive(String qde, Map<String, byte[]> extra) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        entries.put("Sources/22222222-2222-4222-8222-222222222222.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        entries.putAll(extra);
        Path qdpx = dir.resolve("in.qdpx");
        Files.write(qdpx, RefiQdaFiles.zip(entries));
        return qdpx;
    }

    /** Imports, expects the refusal, and checks nothing was written. */
    private String refused(Path qdpx, String... expected) throws IOException {
        List<String> before = RefiQdaFiles.listing(dir);
        ImportFormatException e = assertThrows(ImportFormatException.class,
                () -> ProjectImport.run(qdpx, dir.resolve("case"), null));
        for (String part : expected) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
        }
        assertEquals(before, RefiQdaFiles.listing(dir), "nothing written");
        assertFalse(Files.exists(dir.getParent().resolve("evil.txt")));
        return e.getMessage();
    }

    @Test
    void aWellFormedArchiveImports() throws IOException {
        ProjectImport.Result r = ProjectImport.run(archive(project(CODE + source(selection(4, 5, 
                "11111111-1111-4111-8111-111111111111"))), Map.of()), dir.resolve("case"), null);
        assertEquals(1, r.annotations());
        assertTrue(Files.isRegularFile(dir.resolve("case/a.txt")));
    }

    @Test
    void externalEntityIsRefused() throws IOException {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
        refused(archive(xxe, Map.of()), "in.qdpx!project.qde", "DOCTYPE");
    }

    @Test
    void billionLaughsIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Project [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        refused(archive("<?xml version=\"1.0\"?>\n" + dtd + "<Project name=\"&l9;\"/>", Map.of()), "project.qde",
                "DOCTYPE");
    }

    @Test
    void zipSlipEntryIsRefused() throws IOException {
        refused(archive(project(CODE), Map.of("../evil.txt", "x".getBytes(StandardCharsets.UTF_8))), "in.qdpx",
                "'../evil.txt'", "zip slip");
        refused(archive(project(CODE), Map.of("Sources/..\\..\\evil.txt", new byte[1])), "zip slip");
        refused(archive(project(CODE), Map.of("/etc/evil.txt", new byte[1])), "zip slip");
    }

    @Test
    void zipBombIsStoppedByWhatItInflatesTo() throws IOException {
        byte[] zeros = new byte[25 * 1024 * 1024]; // deflates to about 25 KB
        Path qdpx = archive(project(CODE), Map.of("Sources/bomb.txt", zeros));
        assertTrue(Files.size(qdpx) < 200_000);
        refused(qdpx, "in.qdpx", "'Sources/bomb.txt'", "zip bomb");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 20_001; i++) {
            many.put("x/" + i, new byte[0]);
        }
        refused(archive(project(CODE), many), "more than 20000 entries");
    }

    @Test
    void duplicateGuidsAreRefusedWhateverTheirCase() throws IOException {
        String codes = "<CodeBook><Codes><Code guid=\"aaaaaaaa-1111-4111-8111-111111111111\" name=\"a\" "
                + "isCodable=\"true\"/><Code guid=\"{AAAAAAAA-1111-4111-8111-111111111111}\" name=\"b\" "
                + "isCodable=\"true\"/></Codes></CodeBook>";
        refused(archive(project(codes), Map.of()), "project.qde <Code>", "used twice", "line 2");
    }

    @Test
    void selectionsOutsideTheSourceAreRefused() throws IOException {
        // TEXT has 9 code points (10 UTF-16 units: the emoji is a surrogate pair): 10 is past its end.
        refused(archive(project(CODE + source(selection(4, 10, "11111111-1111-4111-8111-111111111111"))), Map.of()),
                "<PlainTextSelection guid=\"33333333-3333-4333-8333-333333333333\">", "outside source 'a.txt'",
                "9 characters");
        refused(archive(project(CODE + source(selection(5, 3, "11111111-1111-4111-8111-111111111111"))), Map.of()),
                "outside");
        refused(archive(project(CODE + source(selection(-1, 3, "11111111-1111-4111-8111-111111111111"))), Map.of()),
                "outside");
    }

    @Test
    void unknownCodeReferencesAreRefused() throws IOException {
        refused(archive(project(CODE + source(selection(0, 3, "99999999-9999-4999-8999-999999999999"))), Map.of()),
                "<Coding guid=\"44444444-4444-4444-8444-444444444444\">", "99999999-9999-4999-8999-999999999999",
                "names no Code");
    }

    @Test
    void brokenArchivesAreRefusedWithTheirReason() throws IOException {
        Path notZip = dir.resolve("in.qdpx");
        Files.writeString(notZip, "not a zip");
        refused(notZip, "in.qdpx", "project.qde");
        refused(archive("<Project name=\"p\">", Map.of()), "not well-formed");
        refused(archive(project(CODE + source("<PlainTextSelection guid=\"nope\" startPosition=\"0\" "
                + "endPosition=\"1\"/>")), Map.of()), "<PlainTextSelection>", "not a GUID");
        refused(archive(project(CODE + source("<PlainTextSelection guid=\"33333333-3333-4333-8333-333333333333\" "
                + "startPosition=\"x\" endPosition=\"1\"/>")), Map.of()), "startPosition \"x\" is not an integer");
        Map<String, byte[]> noText = new LinkedHashMap<>();
        noText.put("project.qde", project(CODE + source("")).getBytes(StandardCharsets.UTF_8));
        Path missing = dir.resolve("missing.qdpx");
        Files.write(missing, RefiQdaFiles.zip(noText));
        assertThrows(ImportFormatException.class, () -> ProjectImport.run(missing, dir.resolve("case"), null));
        Files.delete(missing);
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        refused(archive(project(CODE + source("")), Map.of("Sources/22222222-2222-4222-8222-222222222222.txt",
                latin1)), "is not UTF-8");
    }

    @Test
    void aBadSourceAfterGoodOnesLeavesNothing() throws IOException {
        // Articles are written to the staging folder while later ones are built: the third source's error must
        // still leave no case folder and no staging folder behind.
        StringBuilder sources = new StringBuilder("<Sources>");
        Map<String, byte[]> texts = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            String guid = "2222222" + i + "-2222-4222-8222-222222222222";
            int end = i == 3 ? 99 : 3;
            sources.append("<TextSource guid=\"").append(guid).append("\" name=\"a").append(i)
                    .append(".txt\" plainTextPath=\"internal://").append(guid).append(".txt\">")
                    .append("<PlainTextSelection guid=\"3333333").append(i).append("-3333-4333-8333-333333333333\" ")
                    .append("startPosition=\"0\" endPosition=\"").append(end).append("\"><Coding guid=\"4444444")
                    .append(i).append("-4444-4444-8444-444444444444\"><CodeRef targetGUID=\"")
                    .append("11111111-1111-4111-8111-111111111111\"/></Coding></PlainTextSelection></TextSource>");
            texts.put("Sources/" + guid + ".txt", TEXT.getBytes(StandardCharsets.UTF_8));
        }
        sources.append("</Sources>");
        refused(archive(project(CODE + sources), texts), "33333333-3333-4333-8333-333333333333",
                "outside source 'a3.txt'");
    }

    @Test
    void anExistingNonEmptyFolderIsNeverWrittenInto() throws IOException {
        Path qdpx = archive(project(CODE), Map.of());
        Files.createDirectories(dir.resolve("case"));
        Files.writeString(dir.resolve("case/keep.txt"), "mine");
        assertThrows(java.nio.file.DirectoryNotEmptyException.class,
                () -> ProjectImport.run(qdpx, dir.resolve("case"), null));
        assertEquals(List.of("keep.txt"), RefiQdaFiles.listing(dir.resolve("case")));
    }
}
