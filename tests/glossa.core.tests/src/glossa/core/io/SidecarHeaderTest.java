package glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The root element read before the full load: which format version a sidecar has (its namespace counts as well as
 * its attribute), where the root is, and what is said about a file that is no Glossa sidecar. (In package
 * glossa.core.io: the header is internal.)
 */
class SidecarHeaderTest {

    private static final Path FILE = Path.of("dir", "a.txt.glossa");

    private static SidecarHeader header(String xml) throws SidecarException {
        return SidecarHeader.read(xml.getBytes(StandardCharsets.UTF_8), FILE);
    }

    private static String root(String namespaceVersion, String formatVersion) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<glossa:Document xmlns:glossa=\"http://glossa.dev/model/"
                + namespaceVersion + "\"" + (formatVersion == null ? "" : " formatVersion=\"" + formatVersion + "\"")
                + " title=\"t\"/>\n";
    }

    @ParameterizedTest
    @CsvSource({
            // namespace version, formatVersion attribute (none when empty), version read
            "1, , 1", // the model's default
            "1, 1, 1",
            "1, 0, 0",
            "1, ' 0 ', 0",
            "1, 7, 7",
            "1, -1, -1",
            "2, , 2", // a newer namespace is a newer format even without the attribute
            "2, 1, 2",
            "2, 0, 2",
            "3, 2, 3",
            "2, 5, 5",
            "0, 0, 0",
            "0, , 1",
            "01, , 1" })
    void theVersionIsTheAttributeOrTheNamespacesIfThatIsNewer(String namespaceVersion, String formatVersion,
            int version) throws Exception {
        assertEquals(version, header(root(namespaceVersion, formatVersion)).version());
    }

    @Test
    void theRootsPositionIsWhereItsStartTagEnds() throws Exception {
        String tag = "<glossa:Document xmlns:glossa=\"http://glossa.dev/model/1\" formatVersion=\"9\">";
        SidecarHeader header = header("<?xml version=\"1.0\"?>\n\n" + tag + "\n<annotations/></glossa:Document>");
        assertEquals(new SidecarHeader(9, 3, tag.length() + 1), header);
        String spread = "<glossa:Document\n    xmlns:glossa=\"http://glossa.dev/model/1\"\n  formatVersion=\"2\"/>";
        assertEquals(new SidecarHeader(2, 3, "  formatVersion=\"2\"/>".length() + 1), header(spread));
    }

    @Test
    void aVersionThatIsNoWholeNumberIsRefusedAtTheRoot() {
        SidecarException e = assertThrows(SidecarException.class, () -> header(root("1", "1.5")));
        assertEquals(FILE + ":2:" + e.column() + ": formatVersion '1.5' is not a whole number", e.getMessage());
        assertEquals(2, e.line());
        assertTrue(e.column() > 1, e.getMessage());
        assertEquals(FILE, e.file());
        assertThrows(SidecarException.class, () -> header(root("1", "")));
        assertThrows(SidecarException.class, () -> header(root("1", "99999999999")));
    }

    @Test
    void longValuesAreCutInTheMessage() {
        String exactly200 = "x".repeat(200);
        SidecarException e = assertThrows(SidecarException.class, () -> header(root("1", exactly200)));
        assertTrue(e.getMessage().endsWith("formatVersion '" + exactly200 + "' is not a whole number"),
                e.getMessage());
        String longer = "y".repeat(201);
        e = assertThrows(SidecarException.class, () -> header(root("1", longer)));
        assertTrue(e.getMessage().endsWith("formatVersion '" + "y".repeat(200) + "…' is not a whole number"),
                e.getMessage());
        String name = "n".repeat(250);
        e = assertThrows(SidecarException.class, () -> header("<" + name + "/>"));
        assertTrue(e.getMessage().contains("the root element is <" + "n".repeat(200) + "…> in namespace ''"),
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<document xmlns=\"http://glossa.dev/model/1\"/>|the root element is <document> in namespace 'http://glossa.dev/model/1'",
            "<Document/>|the root element is <Document> in namespace ''",
            "<g:Thing xmlns:g=\"http://glossa.dev/model/1\"/>|the root element is <g:Thing> in namespace 'http://glossa.dev/model/1'",
            "<x:Document xmlns:x=\"http://example.org/model/1\"/>|the root element is <x:Document> in namespace 'http://example.org/model/1'",
            "<x:Document xmlns:x=\"http://glossa.dev/model\"/>|the root element is <x:Document> in namespace 'http://glossa.dev/model'" })
    void aRootThatIsNoGlossaDocumentIsNamed(String rootElement, String said) {
        SidecarException e = assertThrows(SidecarException.class,
                () -> header("<?xml version=\"1.0\"?>\n" + rootElement));
        assertEquals(FILE + ":2:" + e.column() + ": not a Glossa sidecar: " + said + ", expected <Document> in "
                + "http://glossa.dev/model/1", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({ "next", "1.1", "x1", "''" })
    void aGlossaNamespaceWithoutAVersionNumberIsUnknown(String suffix) {
        SidecarException e = assertThrows(SidecarException.class, () -> header(root(suffix, "1")));
        assertTrue(e.getMessage().endsWith(": not a Glossa sidecar: unknown namespace 'http://glossa.dev/model/"
                + suffix + "' on <glossa:Document>, expected http://glossa.dev/model/1"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void whatIsNoXmlIsSaidToBeUnreadableWhereTheParserStopped() {
        SidecarException e = assertThrows(SidecarException.class, () -> header("\n\nnot xml"));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains(": not a readable Glossa sidecar: "), e.getMessage());
        e = assertThrows(SidecarException.class, () -> header(""));
        assertTrue(e.getMessage().contains(": not a readable Glossa sidecar: "), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void aDoctypeIsRefusedBeforeTheRoot() {
        SidecarException e = assertThrows(SidecarException.class, () -> header("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE d [<!ENTITY e \"x\">]>\n" + root("1", "1").substring(root("1", "1").indexOf('\n') + 1)));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }
}
