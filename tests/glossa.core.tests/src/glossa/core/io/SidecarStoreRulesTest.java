package glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the sidecar store says about a file it cannot read: EMF's object dumps in messages become the kind and id of
 * the object, long messages are cut, a version that cannot exist is named. (In package glossa.core.io: the message
 * rewriting is internal.)
 */
class SidecarStoreRulesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Value 'glossa.model.impl.AnnotationImpl@188715b5 (id: a-1, begin: 3, end: 4)' is not legal.|"
                    + "Value 'the Annotation 'a-1'' is not legal.",
            "glossa.model.impl.AnnotationTypeImpl@1f (id:  claim , name: Claim)|the AnnotationType 'claim'",
            "glossa.model.impl.RelationImpl@abc0|the Relation",
            "x glossa.model.impl.RelationImpl@abc0 (kind: counters) y|x the Relation (kind: counters) y",
            "glossa.model.impl.AnnotationImpl@1 (id: a$1) and glossa.model.impl.AnnotationImpl@2 (id: a\\2)|"
                    + "the Annotation 'a$1' and the Annotation 'a\\2'",
            "Feature 'colour' not found. (file:/x/a.txt.glossa, 4, 17)|Feature 'colour' not found. (file:/x/a.txt.glossa, 4, 17)",
            "``|``" })
    void emfsObjectDumpsBecomeKindAndId(String message, String readable) {
        assertEquals(readable, SidecarStore.readable(message));
    }

    @Test
    void aMissingMessageIsSaidAndALongOneIsCut() {
        assertEquals("unreadable", SidecarStore.readable(null));
        String exactly400 = "m".repeat(400);
        assertEquals(exactly400, SidecarStore.readable(exactly400));
        assertEquals("n".repeat(400) + "…", SidecarStore.readable("n".repeat(401)));
        // Cut after the dumps are replaced: a dump that made the message long no longer does.
        String dumped = "a".repeat(370) + " glossa.model.impl.AnnotationImpl@188715b5 (id: a-1, begin: 3, end: 4)";
        assertEquals("a".repeat(370) + " the Annotation 'a-1'", SidecarStore.readable(dumped));
    }

    @ParameterizedTest
    @CsvSource({ "-1", "-7" })
    void aNegativeFormatVersionDoesNotExist(String version) {
        byte[] bytes = ("<?xml version=\"1.0\"?>\n<glossa:Document xmlns:glossa=\"http://glossa.dev/model/1\""
                + " formatVersion=\"" + version + "\"/>").getBytes(StandardCharsets.UTF_8);
        SidecarException e = assertThrows(SidecarException.class,
                () -> new SidecarStore().load(bytes, dir.resolve("a.txt.glossa")));
        assertTrue(e.getMessage().endsWith(": format version " + version + " does not exist"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void aNewerVersionIsRefusedAndTheNewestReadIsNamed() {
        byte[] bytes = ("<?xml version=\"1.0\"?>\n<glossa:Document xmlns:glossa=\"http://glossa.dev/model/1\""
                + " formatVersion=\"2\"/>").getBytes(StandardCharsets.UTF_8);
        SidecarException e = assertThrows(SidecarException.class,
                () -> new SidecarStore().load(bytes, dir.resolve("a.txt.glossa")));
        assertTrue(e.getMessage().endsWith(": written by a newer Glossa (format version 2); this Glossa reads format"
                + " versions up to 1"), e.getMessage());
    }

    @Test
    void theCurrentVersionWithoutTheAttributeLoadsAndIsMarkedCurrent() throws Exception {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<glossa:Document xmi:version=\"2.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:glossa=\"http://glossa.dev/model/1\" title=\"t\"/>")
                .getBytes(StandardCharsets.UTF_8);
        var document = new SidecarStore().load(bytes, dir.resolve("a.txt.glossa"));
        assertEquals("t", document.getTitle());
        assertEquals(SidecarStore.CURRENT_VERSION, document.getFormatVersion());
        assertNull(document.getCodebook(), "no migration for the current version");
    }

    @Test
    void missingAndUnreadableFilesAreToldApart() throws Exception {
        Path missing = dir.resolve("a.txt.glossa");
        assertNull(SidecarStore.readIfExists(missing));
        NoSuchFileException none = assertThrows(NoSuchFileException.class, () -> new SidecarStore().load(missing));
        assertEquals(missing.toString(), none.getFile());
        Files.createDirectory(missing);
        FileSystemException folder = assertThrows(FileSystemException.class, () -> SidecarStore.readIfExists(missing));
        assertEquals(missing.toString(), folder.getFile());
        assertEquals("is a directory", folder.getReason().toLowerCase(java.util.Locale.ROOT));
        byte[] bytes = "<x/>".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("b.txt.glossa"), bytes);
        assertArrayEquals(bytes, SidecarStore.readIfExists(file));
    }
}
