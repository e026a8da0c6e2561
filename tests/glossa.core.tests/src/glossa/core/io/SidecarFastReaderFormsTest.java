package glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import glossa.model.AnnotationFilterSpec;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;

/**
 * Every kind of element the fast reader builds declines what XML or EMF would read differently: an attribute twice,
 * an unknown attribute, a child element the model does not have there, a second single-valued child; and takes the
 * root's namespace declarations in the forms EMF accepts. (In package glossa.core.io: the reader is internal.)
 */
class SidecarFastReaderFormsTest {

    private static final Path FILE = Path.of("article.txt.glossa");
    private static String ok;

    @BeforeAll
    static void base() throws Exception {
        GlossaFactory f = GlossaFactory.eINSTANCE;
        Document document = SidecarFastReaderTest.smallDocument();
        Section section = f.createSection();
        section.setNumber("一");
        section.setTitle("背景");
        section.setLevel(1);
        section.setEnd(20);
        section.setMemo("m");
        Section child = f.createSection();
        child.setNumber("1.1");
        child.setLevel(2);
        child.setBegin(2);
        child.setEnd(10);
        section.getChildren().add(child);
        document.getSections().add(section);
        AnnotationType sub = f.createAnnotationType();
        sub.setId("claim.sub");
        sub.setName("Sub");
        document.getCodebook().getTypes().get(0).getChildren().add(sub);
        AnnotationFilterSpec filter = f.createAnnotationFilterSpec();
        filter.setName("f");
        filter.setText("t");
        filter.getHiddenTypes().add("claim");
        filter.getStatuses().add(AnnotationStatus.SUGGESTED);
        filter.getAuthors().add("alice");
        document.getFilters().add(filter);
        AnnotationFilterSpec active = EcoreUtil.copy(filter);
        active.setName(null);
        document.setActiveFilter(active);
        ok = new String(new SidecarStore().toBytes(document), StandardCharsets.UTF_8);
        assertNotNull(SidecarFastReader.read(ok.getBytes(StandardCharsets.UTF_8)), "the base file is read");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // what, regular expression, replacement (the first match is replaced)
            "root attribute twice|<glossa:Document |<glossa:Document memo=\"a\" memo=\"b\" ",
            "section attribute twice|<sections |<sections memo=\"a\" memo=\"b\" ",
            "child section attribute twice|<children number=\"1.1\"|<children memo=\"a\" memo=\"b\" number=\"1.1\"",
            "codebook attribute twice|<codebook name=|<codebook name=\"x\" name=",
            "type attribute twice|<types id=\"claim\"|<types description=\"a\" description=\"b\" id=\"claim\"",
            "child type attribute twice|<children id=\"claim.sub\"|<children name=\"a\" id=\"claim.sub\"",
            "attribute definition attribute twice|<attributes name=\"agreed\" kind=|<attributes description=\"a\" description=\"b\" name=\"agreed\" kind=",
            "attribute value attribute twice|<attributes name=\"agreed\" value=|<attributes value=\"a\" name=\"agreed\" value=",
            "annotation attribute twice|<annotations |<annotations memo=\"a\" memo=\"b\" ",
            "relation attribute twice|<relations |<relations memo=\"a\" memo=\"b\" ",
            "filter attribute twice|<filters |<filters text=\"a\" ",
            "active filter attribute twice|<activeFilter |<activeFilter text=\"a\" ",
            "unknown codebook attribute|<codebook name=|<codebook colour=\"red\" name=",
            "unknown section attribute|<sections |<sections colour=\"red\" ",
            "unknown type attribute|<types id=\"claim\"|<types colour=\"red\" id=\"claim\"",
            "unknown attribute definition attribute|<attributes name=\"agreed\" kind=|<attributes colour=\"red\" name=\"agreed\" kind=",
            "unknown attribute value attribute|<attributes name=\"agreed\" value=|<attributes colour=\"red\" name=\"agreed\" value=",
            "unknown relation attribute|<relations |<relations colour=\"red\" ",
            "unknown filter attribute|<filters |<filters colour=\"red\" ",
            "unknown root attribute|<glossa:Document |<glossa:Document colour=\"red\" ",
            "section child of another name|<children number=\"1.1\"|<subsection number=\"1.1\"",
            "codebook child of another name|<types id=\"claim\"|<notes/><types id=\"claim\"",
            "type child of another name|<children id=\"claim.sub\"|<notes/><children id=\"claim.sub\"",
            "attribute definition child of another name|<choices>yes</choices>|<other>x</other><choices>yes</choices>",
            "annotation child of another name|<attributes name=\"agreed\" value=|<notes/><attributes name=\"agreed\" value=",
            "attribute value with a child|(<attributes name=\"agreed\" value=\"yes\")/>|$1><x/></attributes>",
            "relation with a child|(<relations [^>]*)/>|$1><x/></relations>",
            "filter child of another name|<hiddenTypes>|<notes>x</notes><hiddenTypes>",
            "document child of another name|<annotations |<notes/><annotations ",
            "two codebooks|(<codebook[\\s\\S]*?</codebook>)|$1$1",
            "two active filters|(<activeFilter[\\s\\S]*?</activeFilter>)|$1$1",
            "another XMI version|xmi:version=\"2.0\"|xmi:version=\"2.1\"",
            "XMI version with the prefix bound elsewhere|xmlns:xmi=\"http://www.omg.org/XMI\"|xmlns:xmi=\"http://example.org/XMI\"",
            "glossa prefix unbound|xmlns:glossa=\"http://glossa.dev/model/1\"|xmlns:g=\"http://glossa.dev/model/1\"",
            "unknown status in a filter|<statuses>suggested</statuses>|<statuses>maybe</statuses>",
            "unknown section kind|<sections |<sections kind=\"chapterish\" ",
            "unknown highlight style|<types id=\"claim\"|<types style=\"glow\" id=\"claim\"",
            "unknown attribute kind|<attributes name=\"agreed\" kind=\"choice\"|<attributes name=\"agreed\" kind=\"colour\"",
            "empty element text of a filter|<authors>alice</authors>|<authors></authors>",
            "a boolean that is no boolean|<glossa:Document |<glossa:Document sectionsCorrected=\"yes\" ",
            "a level that is no number|level=\"1\"|level=\"one\"",
            "an anchor score that is no decimal|anchorScore=\"0.5\"|anchorScore=\"1/2\"",
            "relation source by path|source=\"#a-1\"|source=\"#//@annotations.0\"",
            "relation target to a type|target=\"#a-3\"|target=\"#claim\"" })
    void isDeclined(String what, String regex, String replacement) {
        String changed = ok.replaceFirst(regex, replacement);
        assertNotEquals(ok, changed, what + ": the case did not change the file");
        assertNull(SidecarFastReader.read(changed.getBytes(StandardCharsets.UTF_8)), what);
        loadsOrFailsAsASidecarException(what, changed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "without xmi:version| xmi:version=\"2.0\"|``",
            "without xmi:version or its namespace| xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"|``",
            "an unused xmi prefix bound elsewhere| xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"| xmlns:xmi=\"http://example.org/\"",
            "an empty attribute value element|(<attributes name=\"agreed\" value=\"yes\")/>|$1></attributes>",
            "an empty relation element|(<relations [^>]*)/>|$1></relations>",
            "a relation to another annotation|(<relations [^>]*)source=\"#a-1\"|$1source=\"#a-3\"" })
    void isReadAsEmfReadsIt(String what, String regex, String replacement) throws Exception {
        String changed = ok.replaceFirst(regex, replacement);
        assertNotEquals(ok, changed, what + ": the case did not change the file");
        byte[] bytes = changed.getBytes(StandardCharsets.UTF_8);
        Document fast = SidecarFastReader.read(bytes);
        assertNotNull(fast, what);
        Document viaEmf = SidecarStore.loadWithEmf(bytes, URI.createFileURI(FILE.toAbsolutePath().toString()), FILE,
                SidecarHeader.read(bytes, FILE));
        assertTrue(EcoreUtil.equals(viaEmf, fast), what);
    }

    private static void loadsOrFailsAsASidecarException(String what, String xml) {
        try {
            new SidecarStore().load(xml.getBytes(StandardCharsets.UTF_8), FILE);
        } catch (SidecarException e) {
            // EMF refuses it: said with file, line and column
            assertTrue(e.line() >= 1, what + ": " + e.getMessage());
        }
    }
}
