package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.convert.ConversionException;
import glossa.convert.docx.DocxConverter;

/**
 * A Word file is a zip: what is not one, or is cut short, is named as such; the bounds (5000 entries, 64 MB for a
 * part read, 512 MB inflated over the whole archive) are where they are said to be, and the refusal says which.
 */
class DocxArchiveLimitsTest {

    private static final String DOCUMENT = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
            + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>";

    private static String refusal(byte[] bytes) {
        return assertThrows(ConversionException.class, () -> new DocxConverter().convert(bytes, "f.docx"))
                .getMessage();
    }

    static Stream<Arguments> notWord() {
        return Stream.of(
                Arguments.of("an OLE signature (.doc renamed)", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 },
                        "a Word 97-2003 (.doc) file"),
                Arguments.of("three bytes", new byte[] { 'P', 'K', 3 }, "it is not a zip archive"),
                Arguments.of("a text file", "PLAIN".getBytes(), "it is not a zip archive"),
                Arguments.of("a zip cut off after its signature", new byte[] { 'P', 'K', 3, 4 }, "word/document.xml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notWord")
    void whatIsNotAWordFileIsNamed(String what, byte[] bytes, String reason) {
        String message = refusal(bytes);
        assertTrue(message.contains(reason), message);
    }

    @Test
    void fiveThousandEntriesAreStillAWordFile() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("word/document.xml", DOCUMENT);
        for (int i = 1; i < 5000; i++) {
            entries.put("word/media/image" + i + ".png", "");
        }
        assertEquals("正文\n", new DocxConverter().convert(Sources.zip(entries), "many.docx").text());
    }

    private static void zeros(ZipOutputStream zip, String name, int megabytes) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        byte[] mb = new byte[1 << 20];
        for (int i = 0; i < megabytes; i++) {
            zip.write(mb);
        }
        zip.closeEntry();
    }

    @Test
    void aPartThatInflatesBeyond64MbIsRefusedNamingIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zeros(zip, "word/styles.xml", 65);
        }
        String message = refusal(bytes.toByteArray());
        assertEquals("refused as a zip bomb: word/styles.xml inflates beyond 64 MB", message);
    }

    /** The bounds are inclusive: a part of exactly 64 MB is read, here to find it is not XML. */
    @Test
    void aPartOfExactly64MbIsRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(DOCUMENT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zeros(zip, "word/styles.xml", 64);
        }
        String message = refusal(bytes.toByteArray());
        assertTrue(message.startsWith("not a readable Word (.docx) file: word/styles.xml: "), message);
    }

    @Test
    void anArchiveOfExactly512MbInflatedIsRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (int i = 1; i <= 8; i++) {
                zeros(zip, "word/media/image" + i + ".emf", 64);
            }
        }
        assertEquals("not a Word (.docx) file: its zip has no word/document.xml", refusal(bytes.toByteArray()));
    }

    /** Parts the converter does not read (images) still count towards the whole archive's bound. */
    @Test
    void entriesNotReadStillCountTowardsTheWholeArchivesBound() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (int i = 1; i <= 9; i++) {
                zeros(zip, "word/media/image" + i + ".emf", 60); // 540 MB in all, none over the part bound
            }
        }
        String message = refusal(bytes.toByteArray());
        assertEquals("refused as a zip bomb: word/media/image9.emf inflates beyond 512 MB", message);
    }
}
