package glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The XML subset the fast reader's tokeniser takes, and the near misses it declines (then EMF reads the file). What
 * it takes must read as XML reads it: the declaration, names, attribute values with their references, element text,
 * end tags. (In package glossa.core.io: the scanner is internal.)
 */
class SidecarXmlScannerTest {

    private static final String XML_10 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final String XML_11 = "<?xml version=\"1.1\" encoding=\"UTF-8\"?>";

    private static SidecarXmlScanner scanner(String xml) {
        // A longer array than the text: the scanner must stop at the length it is given.
        char[] chars = (xml + "<junk attr=\"1\">").toCharArray();
        return new SidecarXmlScanner(chars, xml.length());
    }

    /** The value of the root's only attribute {@code v}, in an XML 1.1 file unless the text says otherwise. */
    private static String rootValue(String declaration, String quotedValue) {
        SidecarXmlScanner xml = scanner(declaration + "\n<r v=" + quotedValue + "/>");
        assertEquals("r", xml.rootStartTag());
        assertEquals(1, xml.attributeCount());
        assertEquals("v", xml.attributeName(0));
        return xml.attributeValue(0);
    }

    // ------------------------------------------------------------------------------------------- declaration

    @ParameterizedTest
    @ValueSource(strings = {
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<?xml version=\"1.1\" encoding=\"UTF-8\"?>",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<?xml version=\"1.1\" encoding=\"utf-8\"?>" })
    void theDeclarationsEmfAndTheMigrationWriteAreTaken(String declaration) {
        SidecarXmlScanner xml = scanner(declaration + "\n<r/>");
        assertEquals("r", xml.rootStartTag());
        assertTrue(xml.isEmptyElement());
        xml.end();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<?xml version=\"1.2\" encoding=\"UTF-8\"?>",
            "<?xml version=\"2.0\" encoding=\"UTF-8\"?>",
            "<?xml version='1.0' encoding='UTF-8'?>",
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
            "<?xml version=\"1.0\" encoding=\"ASCII\"?>", // as long as UTF-8: only the name tells them apart
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
            "<?xml version=\"1.0\"?>",
            "<?xml  version=\"1.0\" encoding=\"UTF-8\"?>",
            "<?xml version=\"1.0 encoding=\"UTF-8\"?>",
            "<?xml version=\"1.",
            "<?xml version=\"1.0",
            "<?xml version=\"1.1\" encoding=\"UTF-8\"",
            "",
            " <?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>" })
    void otherDeclarationsAreDeclined(String declaration) {
        assertThrows(SidecarDecline.class, () -> scanner(declaration + "\n<r/>").rootStartTag(), declaration);
    }

    @Test
    void aDeclarationCutShortIsDeclined() {
        String full = XML_11 + "<r/>";
        for (int length = 0; length < XML_11.length(); length++) {
            SidecarXmlScanner xml = new SidecarXmlScanner(full.toCharArray(), length);
            assertThrows(SidecarDecline.class, xml::rootStartTag, "cut at " + length);
        }
    }

    // ------------------------------------------------------------------------------------------------- tags

    @Test
    void aStartTagGivesItsNameAndItsAttributesInOrder() {
        SidecarXmlScanner xml = scanner(XML_11 + "\n<glossa:Document a=\"1\" b='two' c = \"\" d\t=\r\n'4'>");
        assertEquals("glossa:Document", xml.rootStartTag());
        assertEquals("glossa:Document", xml.elementName());
        assertFalse(xml.isEmptyElement());
        assertEquals(4, xml.attributeCount());
        assertEquals(List.of("a", "b", "c", "d"), names(xml));
        assertEquals(List.of("1", "two", "", "4"), values(xml));
        assertTrue(xml.hasAttribute("a"));
        assertTrue(xml.hasAttribute("d"));
        assertFalse(xml.hasAttribute("e"));
        assertFalse(xml.hasAttribute("A"));
        xml.noDuplicateAttributes();
    }

    @Test
    void manyAttributesAreAllKept() {
        StringBuilder tag = new StringBuilder(XML_11 + "<r");
        List<String> expectedNames = new ArrayList<>();
        List<String> expectedValues = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tag.append(" a").append(i).append("=\"v").append(i).append('"');
            expectedNames.add("a" + i);
            expectedValues.add("v" + i);
        }
        SidecarXmlScanner xml = scanner(tag.append("/>").toString());
        xml.rootStartTag();
        assertEquals(40, xml.attributeCount());
        assertEquals(expectedNames, names(xml));
        assertEquals(expectedValues, values(xml));
        assertTrue(xml.hasAttribute("a39"));
        xml.noDuplicateAttributes();
    }

    @Test
    void theNextTagStartsWithNoAttributesOfItsOwn() {
        SidecarXmlScanner xml = scanner(XML_11 + "<r a=\"1\" b=\"2\"><c/></r>");
        xml.rootStartTag();
        assertEquals(2, xml.attributeCount());
        assertEquals("c", xml.nextChild("r"));
        assertEquals(0, xml.attributeCount());
        assertFalse(xml.hasAttribute("a"));
        assertTrue(xml.isEmptyElement());
        assertNull(xml.nextChild("r"));
        xml.end();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<r a=\"1\" b=\"2\" a=\"3\"/>",
            "<r a=\"1\" a=\"2\"/>",
            "<r a=\"1\" b=\"2\" b=\"3\"/>",
            "<r a=\"1\" b=\"2\" c=\"3\" d=\"4\" c=\"5\"/>" })
    void anAttributeTwiceIsDeclined(String tag) {
        SidecarXmlScanner xml = scanner(XML_11 + tag);
        xml.rootStartTag();
        assertThrows(SidecarDecline.class, xml::noDuplicateAttributes, tag);
    }

    @ParameterizedTest
    @ValueSource(strings = { "a-b", "a.b", "a_b", "_a", "a9", "x:y", ":a", "Ab", "zZ", "a0-.9" })
    void namesOfAsciiLettersDigitsAndPunctuationAreTaken(String name) {
        SidecarXmlScanner xml = scanner(XML_11 + "<" + name + " " + name + "=\"1\"/>");
        assertEquals(name, xml.rootStartTag());
        assertEquals(name, xml.attributeName(0));
    }

    @ParameterizedTest
    @ValueSource(strings = { "<9r/>", "<-r/>", "<.r/>", "<中/>", "< r/>", "<r a=\"1\"b=\"2\"/>", "<r a/>", "<r a=1/>",
            "<r =\"1\"/>", "<r a=\"1\"", "<r a=\"1/>", "<r a='1\"/>", "<r a=\"<\"/>", "<r a=\"x<\"/>", "<r / >",
            "<r/ >", "<r a=\"1\"\u00A0b=\"2\"/>", "<r\fa=\"1\"/>", "r/>", "<r", "<r a=\"&lt;<\"/>", "<r a=\"&lt;", "<r a=x1x/>", "<r a=|1|/>" })
    void malformedTagsAreDeclined(String tag) {
        assertThrows(SidecarDecline.class, () -> scanner(XML_11 + tag).rootStartTag(), tag);
    }

    @ParameterizedTest
    @ValueSource(strings = { " ", "\n", "\t", "\r", "\r\n", " \n\t " })
    void xmlWhiteSpaceSeparatesAttributesAndEndsTheDocument(String space) {
        SidecarXmlScanner xml = scanner(XML_11 + space + "<r" + space + "a" + space + "=" + space + "\"1\"" + space
                + "b=\"2\"" + space + "/>" + space);
        assertEquals("r", xml.rootStartTag());
        assertEquals(List.of("1", "2"), values(xml));
        xml.end();
    }

    // ------------------------------------------------------------------------------------------ element content

    @Test
    void childrenAreReadInOrderUntilTheParentsEndTag() {
        SidecarXmlScanner xml = scanner(XML_11 + "\n<r>\n  <c x=\"1\"/>\n  <d>\n    <e/>\n  </d >\n  <f></f></r>\n");
        assertEquals("r", xml.rootStartTag());
        assertEquals("c", xml.nextChild("r"));
        assertTrue(xml.isEmptyElement());
        assertEquals(List.of("1"), values(xml));
        assertEquals("d", xml.nextChild("r"));
        assertFalse(xml.isEmptyElement());
        assertEquals("e", xml.nextChild("d"));
        assertEquals("e", xml.elementName());
        assertNull(xml.nextChild("d"));
        assertEquals("f", xml.nextChild("r"));
        assertFalse(xml.isEmptyElement());
        assertNull(xml.nextChild("f"));
        assertNull(xml.nextChild("r"));
        xml.end();
    }

    @ParameterizedTest
    @ValueSource(strings = { "<r></x>", "<r></rr>", "<r></", "<r></r", "<r>text</r>", "<r><", "<r>", "<r></R>" })
    void aWrongOrMissingEndTagIsDeclined(String xmlText) {
        SidecarXmlScanner xml = scanner(XML_11 + xmlText);
        xml.rootStartTag();
        assertThrows(SidecarDecline.class, () -> xml.nextChild("r"), xmlText);
    }

    @ParameterizedTest
    @ValueSource(strings = { "<r/><r/>", "<r/>x", "<r/><!-- c -->", "<r/>\u00A0" })
    void anythingButWhiteSpaceAfterTheRootIsDeclined(String xmlText) {
        SidecarXmlScanner xml = scanner(XML_11 + xmlText);
        xml.rootStartTag();
        assertThrows(SidecarDecline.class, xml::end, xmlText);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "stance|stance",
            "a&amp;b|a&b",
            "&lt;反对&gt;|<反对>",
            "`tab\there`|`tab\there`",
            "`line\nfeed`|`line\nfeed`",
            "x]>|x]>",
            "]x]>|]x]>",
            "]]&gt;|]]>",
            "&#x41;&#66;|AB",
            "😀 𠀀|😀 𠀀",
            "a\"b'c|a\"b'c" })
    void dataElementTextIsReadWithItsReferences(String content, String expected) {
        SidecarXmlScanner xml = scanner(XML_11 + "<r><choices>" + content + "</choices ></r>");
        xml.rootStartTag();
        assertEquals("choices", xml.nextChild("r"));
        assertEquals(expected, xml.textElement("choices"));
        assertNull(xml.nextChild("r"));
        xml.end();
    }

    @ParameterizedTest
    @ValueSource(strings = { "<t></t>", "<t/>", "<t a=\"1\">x</t>", "<t>x<y/></t>", "<t>x</tt>", "<t>x</u>", "<t>x",
            "<t>x<", "<t>x</t", "<t>]]></t>", "<t>a]]>b</t>", "<t>cr\rcr</t>", "<t>\u0001</t>", "<t>\u0085</t>",
            "<t>&nbsp;</t>", "<t>&</t>", "<t>x<at>y</t>" })
    void otherElementTextIsDeclined(String element) {
        SidecarXmlScanner xml = scanner(XML_11 + "<r>" + element + "</r>");
        xml.rootStartTag();
        assertEquals("t", xml.nextChild("r"));
        assertThrows(SidecarDecline.class, () -> xml.textElement("t"), element);
    }

    // --------------------------------------------------------------------------------------- attribute values

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"plain\"|plain",
            "'single'|single",
            "\"it's\"|it's",
            "'say \"hi\"'|say \"hi\"",
            "\"\"|``",
            "\"&lt;&gt;&amp;&quot;&apos;\"|<>&\"'",
            "\"a&amp;b\"|a&b",
            "\"before &lt; after\"|before < after",
            "\"&#65;\"|A",
            "\"&#x41;\"|A",
            "\"&#x4a;&#x4A;\"|JJ",
            "\"&#000065;\"|A",
            "\"&#x00041;\"|A",
            "\"&#x10FFFF;\"|\uDBFF\uDFFF",
            "\"&#x1F600;\"|😀",
            "\"&#xD7FF;\"|\uD7FF",
            "\"&#xE000;\"|\uE000",
            "\"&#xFFFD;\"|\uFFFD",
            "\"&#x10000;\"|\uD800\uDC00",
            "\"&#x20;\"|` `",
            "\"&#x9;&#xA;&#xD;\"|`\t\n\r`",
            "\"&#x85;&#x2028;\"|`\u0085\u2028`",
            "\"&#x7F;&#x9F;\"|\u007F\u009F",
            "\"~ \u00A0\u2029\uFFFD\"|~ \u00A0\u2029\uFFFD",
            "\"中文 😀\"|中文 😀",
            "\"a&lt;b&gt;c &amp;中\"|a<b>c &中" })
    void attributeValuesReadAsXmlReadsThem(String quoted, String expected) {
        assertEquals(expected, rootValue(XML_11, quoted));
    }

    @ParameterizedTest
    @ValueSource(strings = { "&#x9;", "&#xA;", "&#xD;", "&#x20;", "&#32;", "&#9;" })
    void xml10TakesOnlyTabLineFeedAndCarriageReturnBelowSpaceAsReferences(String reference) {
        assertEquals(1, rootValue(XML_10, "\"" + reference + "\"").length());
    }

    @ParameterizedTest
    @ValueSource(strings = { "&#x1;", "&#x8;", "&#xB;", "&#xC;", "&#xE;", "&#x1F;", "&#31;" })
    void xml10DeclinesOtherControlReferencesWhichXml11Takes(String reference) {
        assertThrows(SidecarDecline.class, () -> rootValue(XML_10, "\"" + reference + "\""), reference);
        assertEquals(1, rootValue(XML_11, "\"" + reference + "\"").length(), reference);
    }

    @ParameterizedTest
    @ValueSource(strings = { "&#0;", "&#x0;", "&#xD800;", "&#xDBFF;", "&#xDC00;", "&#xDFFF;", "&#xFFFE;", "&#xFFFF;",
            "&#x110000;", "&#1114112;", "&#1234567;", "&#x0000041;", "&#x;", "&#;", "&#x41", "&#65", "&#xG;", "&#a;",
            "&#X41;", "&#\u0661;", "&#x\uFF11;", "&#-1;", "&nbsp;", "&LT;", "&lt", "&", "&amp", "&quot", "&apos" })
    void otherReferencesAreDeclined(String reference) {
        assertThrows(SidecarDecline.class, () -> rootValue(XML_11, "\"x" + reference + "\""), reference);
        assertThrows(SidecarDecline.class, () -> rootValue(XML_11, "\"" + reference + "\""), reference);
    }

    @ParameterizedTest
    @ValueSource(chars = { '\u0000', '\t', '\n', '\r', '\u001F', '\u007F', '\u0080', '\u0085', '\u009F', '\u2028',
            '\uFFFE', '\uFFFF' })
    void literalCharactersXmlWouldNormaliseOrRefuseAreDeclined(char ch) {
        String hex = Integer.toHexString(ch);
        assertThrows(SidecarDecline.class, () -> rootValue(XML_11, "\"a" + ch + "b\""), hex);
        // Also after a reference, when the value is no longer cut straight from the characters.
        assertThrows(SidecarDecline.class, () -> rootValue(XML_11, "\"&amp;" + ch + "b\""), hex);
        assertThrows(SidecarDecline.class, () -> rootValue(XML_11, "'a" + ch + "b'"), hex);
    }

    @ParameterizedTest
    @ValueSource(chars = { ' ', '~', '\u00A0', '\u2027', '\u2029', '\uD7FF', '\uE000', '\uFFFD', '>' })
    void otherLiteralCharactersStandAsTheyAre(char ch) {
        assertEquals("a" + ch + "b", rootValue(XML_11, "\"a" + ch + "b\""));
        assertEquals("&" + ch + "b", rootValue(XML_11, "\"&amp;" + ch + "b\""));
    }

    @Test
    void anUnterminatedValueIsDeclinedWithOrWithoutAReference() {
        assertThrows(SidecarDecline.class, () -> scanner(XML_11 + "<r v=\"abc").rootStartTag());
        assertThrows(SidecarDecline.class, () -> scanner(XML_11 + "<r v=\"a&amp;bc").rootStartTag());
        assertThrows(SidecarDecline.class, () -> scanner(XML_11 + "<r v=\"a&#x41").rootStartTag());
        assertThrows(SidecarDecline.class, () -> scanner(XML_11 + "<r v=\"a&#").rootStartTag());
        assertThrows(SidecarDecline.class, () -> scanner(XML_11 + "<r v=\"a&").rootStartTag());
        assertThrows(SidecarDecline.class, () -> scanner(XML_11 + "<r v=").rootStartTag());
    }

    private static List<String> names(SidecarXmlScanner xml) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < xml.attributeCount(); i++) {
            names.add(xml.attributeName(i));
        }
        return names;
    }

    private static List<String> values(SidecarXmlScanner xml) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < xml.attributeCount(); i++) {
            values.add(xml.attributeValue(i));
        }
        return values;
    }
}
