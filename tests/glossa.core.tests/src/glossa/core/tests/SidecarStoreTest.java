package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.FileSystemOps;
import glossa.core.io.GlossaResources;
import glossa.core.io.SidecarException;
import glossa.core.io.SidecarStore;
import glossa.model.Document;
import glossa.model.GlossaFactory;

class SidecarStoreTest {

    @TempDir
    Path dir;

    private final SidecarStore store = new SidecarStore();

    @Test
    void malformedSidecarNamesFileLineAndColumnAndIsLeftUntouched() throws Exception {
        SidecarException e = assertUnreadable("malformed.glossa", TestFiles.resource("sidecars/malformed.glossa"));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().contains("article.txt.glossa:4:"), e.getMessage());
    }

    @Test
    void truncatedSidecarIsRefused() throws Exception {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setCodebook(DefaultCodebook.create());
        byte[] full = store.toBytes(document);
        byte[] half = java.util.Arrays.copyOf(full, full.length / 2);
        SidecarException e = assertUnreadable("truncated", half);
        assertTrue(e.line() > 1, e.getMessage());
        assertUnreadable("empty", new byte[0]);
    }

    @Test
    void newerFormatVersionIsRefusedWithItsPosition() throws Exception {
        SidecarException e = assertUnreadable("newer.glossa", TestFiles.resource("sidecars/newer.glossa"));
        assertTrue(e.getMessage().contains("newer Glossa (format version 7)"), e.getMessage());
        assertEquals(3, e.line(), "the root element ends on line 3");
    }

    @Test
    void elementsOutsideTheModelAreErrorsNotSilentlyDropped() throws Exception {
        SidecarException e = assertUnreadable("unknown", TestFiles.resource("sidecars/unknown-element.glossa"));
        assertEquals(4, e.line(), e.getMessage());
        assertUnreadable("not glossa", TestFiles.resource("sidecars/not-glossa.glossa"));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<glossa:Document xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:glossa=\"http://glossa.dev/model/1\""
                + " xmi:version=\"2.0\" title=\"&xxe;\"/>\n";
        SidecarException e = assertUnreadable("xxe", xxe.getBytes(StandardCharsets.UTF_8));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void billionLaughsIsRefusedBeforeExpansion() throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE d [\n<!ENTITY l0 \"ha\">\n");
        for (int i = 1; i <= 10; i++) {
            xml.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<glossa:Document xmlns:glossa=\"http://glossa.dev/model/1\" title=\"&l10;\"/>\n");
        SidecarException e = assertUnreadable("laughs", xml.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(2, e.line(), e.getMessage());
    }

    @Test
    void emfLoadOptionsAloneRefuseDoctypes() throws Exception {
        // The editor may load through a resource set rather than SidecarStore: its options must be safe too.
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-43");
        Path file = dir.resolve("x.glossa");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<glossa:Document xmlns:glossa=\"http://glossa.dev/model/1\" title=\"&xxe;\"/>\n");
        ResourceSet resourceSet = GlossaResources.newResourceSet();
        Exception e = assertThrows(Exception.class,
                () -> resourceSet.getResource(URI.createFileURI(file.toString()), true));
        assertFalse(String.valueOf(e.getMessage()).contains("TOP-SECRET"));
        assertTrue(String.valueOf(e.getMessage()).contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void versionZeroIsMigratedByAddingTheDefaultCodebook() throws Exception {
        Path file = dir.resolve("article.txt.glossa");
        byte[] bytes = TestFiles.resource("sidecars/version0.glossa");
        Files.write(file, bytes);
        Document document = store.load(file);
        assertEquals(SidecarStore.CURRENT_VERSION, document.getFormatVersion());
        assertNotNull(document.getCodebook());
        assertEquals(List.of(DefaultCodebook.CLAIM, DefaultCodebook.POLICY_MEASURE, DefaultCodebook.COUNTER_STRATEGY),
                Codebooks.allTypes(document.getCodebook()).stream().map(t -> t.getId()).toList());
        assertEquals(2, document.getAnnotations().size());
        assertEquals(DefaultCodebook.POLICY_MEASURE, document.getAnnotations().get(0).getType().getId());
        assertEquals("早期用户", document.getAnnotations().get(0).getAuthor());
        assertEquals(document.getAnnotations().get(1), document.getRelations().get(0).getSource());
        assertArrayEquals(bytes, Files.readAllBytes(file), "migration happens in memory; the file changes on save");
        store.save(document, file);
        Document again = store.load(file);
        assertEquals(3, again.getCodebook().getTypes().size());
        assertTrue(Files.readString(file).contains("<codebook"));
    }

    @Test
    void controlCharactersOfOldTextsSurviveASaveAndLoad() throws Exception {
        Path file = dir.resolve("article.txt.glossa");
        Document document = GlossaFactory.eINSTANCE.createDocument();
        String quote = "page\fbreak\u0001 and \r\n line ends 😀";
        document.setTitle(quote);
        store.save(document, file);
        assertEquals(quote, store.load(file).getTitle());
    }

    @Test
    void keepAsideMovesTheBrokenSidecarOutOfTheWay() throws Exception {
        Path file = dir.resolve("article.txt.glossa");
        byte[] bytes = TestFiles.resource("sidecars/malformed.glossa");
        Files.write(file, bytes);
        Path aside = SidecarStore.keepAside(file);
        assertFalse(Files.exists(file));
        assertTrue(aside.getFileName().toString().matches("article\\.txt\\.glossa\\.broken-\\d{8}-\\d{6}"), aside.toString());
        assertArrayEquals(bytes, Files.readAllBytes(aside));
        Files.write(file, bytes);
        Path second = SidecarStore.keepAside(file);
        assertFalse(second.equals(aside), "a second broken file in the same second does not overwrite the first");
        assertTrue(Files.exists(aside) && Files.exists(second));
    }

    @Test
    void crashBetweenWriteAndRenameLeavesTheOldSidecarIntact() throws Exception {
        Path file = dir.resolve("article.txt.glossa");
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setTitle("old");
        document.setCodebook(DefaultCodebook.create());
        store.save(document, file);
        byte[] before = Files.readAllBytes(file);

        FileSystemOps crashing = new FileSystemOps() {
            @Override
            public void move(Path source, Path target) throws IOException {
                assertTrue(Files.size(source) > 0, "the temporary file was written before the crash");
                throw new IOException("simulated crash before rename");
            }
        };
        document.setTitle("new");
        document.getAnnotations().add(AnnotationFactory.create("some text", document.getCodebook().getTypes().get(0), 0, 4, "x"));
        IOException e = assertThrows(IOException.class, () -> new SidecarStore(crashing).save(document, file));
        assertEquals("simulated crash before rename", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("old", new SidecarStore().load(file).getTitle());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
        store.save(document, file);
        assertEquals("new", new SidecarStore().load(file).getTitle());
    }

    @Test
    void crashWhileWritingTheTemporaryFileAlsoKeepsTheOldOne() throws Exception {
        Path file = dir.resolve("article.txt.glossa");
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setTitle("old");
        store.save(document, file);
        byte[] before = Files.readAllBytes(file);
        FileSystemOps failing = new FileSystemOps() {
            @Override
            public void writeAndForce(Path temp, byte[] bytes) throws IOException {
                Files.write(temp, java.util.Arrays.copyOf(bytes, bytes.length / 3)); // a partial write …
                throw new IOException("disk full"); // … then the failure
            }
        };
        document.setTitle("new");
        assertThrows(IOException.class, () -> new SidecarStore(failing).save(document, file));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void everyCharacterXml11RestrictsOrFoldsSurvivesSaveAndLoad() throws Exception {
        // EMF writes U+007F..U+009F and U+2028 literally in XML 1.1, which a parser then refuses (restricted) or folds
        // into a line feed (U+0085, U+2028): the sidecar must carry them as references instead.
        StringBuilder special = new StringBuilder("\u0001\t");
        for (char c = '\u007F'; c <= '\u009F'; c++) {
            special.append(c);
        }
        special.append('\u2028').append('\u2029').append("\uD840\uDC00");
        String text = "前文" + special + "后文 <&>\"'";
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setCodebook(DefaultCodebook.create());
        document.setTitle("标题" + special);
        var annotation = AnnotationFactory.create(text, Codebooks.find(document.getCodebook(), DefaultCodebook.CLAIM).orElseThrow(),
                1, text.length() - 2, "分析员" + special);
        annotation.setMemo("备注" + special);
        document.getAnnotations().add(annotation);

        byte[] bytes = store.toBytes(document);
        String xml = new String(bytes, StandardCharsets.UTF_8);
        for (char c = '\u007F'; c <= '\u009F'; c++) {
            final char literal = c;
            assertEquals(-1, xml.indexOf(c), () -> "literal U+" + Integer.toHexString(literal));
        }
        assertEquals(-1, xml.indexOf('\u2028'));
        assertTrue(xml.contains("&#x85;") && xml.contains("&#x2028;"), xml);

        Path file = dir.resolve("special.txt.glossa");
        store.save(document, file);
        Document loaded = store.load(file);
        assertEquals(document.getTitle(), loaded.getTitle());
        var back = loaded.getAnnotations().get(0);
        assertEquals(annotation.getQuote(), back.getQuote());
        assertEquals(annotation.getPrefix(), back.getPrefix());
        assertEquals(annotation.getSuffix(), back.getSuffix());
        assertEquals(annotation.getMemo(), back.getMemo());
        assertEquals(annotation.getAuthor(), back.getAuthor());
        assertArrayEquals(bytes, store.toBytes(loaded), "saving what was loaded gives the same bytes");
    }

    @Test
    void aSidecarWithoutSuchCharactersIsWrittenUnchanged() throws Exception {
        byte[] plain = "<a b=\"中文 é \u00A0 \u2027 \u2029\"/>".getBytes(StandardCharsets.UTF_8);
        assertTrue(plain == glossa.core.io.RestrictedCharacters.escape(plain), "no copy when nothing is restricted");
        byte[] withNel = "<a b=\"x\u0085y\u007F\"/>".getBytes(StandardCharsets.UTF_8);
        assertEquals("<a b=\"x&#x85;y&#x7F;\"/>",
                new String(glossa.core.io.RestrictedCharacters.escape(withNel), StandardCharsets.UTF_8));
    }

    /** Loads {@code bytes} as a sidecar, expects a SidecarException and checks the file was not touched. */
    private SidecarException assertUnreadable(String what, byte[] bytes) throws IOException {
        Path file = dir.resolve("article.txt.glossa");
        Files.write(file, bytes);
        FileTime modified = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, modified);
        SidecarException e = assertThrows(SidecarException.class, () -> store.load(file), what);
        assertEquals(file, e.file());
        assertTrue(e.line() >= 1 && e.column() >= 1, what + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + e.line() + ":" + e.column() + ": "), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file), what + " changed");
        assertEquals(modified, Files.getLastModifiedTime(file), what + " touched");
        return e;
    }
}
