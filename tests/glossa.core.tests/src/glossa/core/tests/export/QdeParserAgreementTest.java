package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.refiqda.QdeProject;
import glossa.exchange.refiqda.QdeReader;

/**
 * {@code project.qde} in UTF-8 is read by Glossa's own pull parser, in any other encoding by the JDK's StAX parser.
 * The same document in UTF-8 and in UTF-16 must give the same project, line numbers included, and a malformed or
 * hostile one must be refused by both: the JDK parser is the reference here.
 */
class QdeParserAgreementTest {

    private static final String NS = "urn:QDA-XML:project:1.0";

    /** Every field QdeReader keeps, one per line. */
    static String describe(QdeProject p) {
        StringBuilder sb = new StringBuilder();
        sb.append("project ").append(p.name).append('\n');
        p.users.forEach((k, v) -> sb.append("user ").append(k).append('=').append(v).append('\n'));
        p.variables.forEach((k, v) -> sb.append("variable ").append(k).append('=').append(v).append('\n'));
        for (QdeProject.Code c : p.codes) {
            code(sb, c, "");
        }
        for (QdeProject.TextSource s : p.sources) {
            sb.append("source ").append(s.guid).append(' ').append(s.name).append(' ').append(s.plainTextPath)
                    .append(" line ").append(s.line).append(" codings ").append(s.sourceCodings).append(" notes ")
                    .append(s.noteRefs).append(" vars ").append(s.variables).append(" content [")
                    .append(s.plainTextContent).append("]\n");
            for (QdeProject.Selection sel : s.selections) {
                sb.append("  selection ").append(sel.guid).append(' ').append(sel.start).append('-').append(sel.end)
                        .append(' ').append(sel.creatingUser).append(' ').append(sel.created).append(' ')
                        .append(sel.modifyingUser).append(' ').append(sel.modified).append(" line ").append(sel.line)
                        .append(" description [").append(sel.description).append("] notes ").append(sel.noteRefs)
                        .append('\n');
                for (QdeProject.Coding c : sel.codings) {
                    sb.append("    coding ").append(c.guid).append(' ').append(c.codeRef).append(' ')
                            .append(c.creatingUser).append(' ').append(c.created).append(" line ").append(c.line)
                            .append(" notes ").append(c.noteRefs).append('\n');
                }
            }
        }
        p.notes.forEach((k, n) -> sb.append("note ").append(k).append(' ').append(n.plainTextPath).append(" line ")
                .append(n.line).append(" [").append(n.content).append("]\n"));
        for (QdeProject.Link l : p.links) {
            sb.append("link ").append(l.guid).append(' ').append(l.name).append(' ').append(l.origin).append(' ')
                    .append(l.target).append(" line ").append(l.line).append(' ').append(l.noteRefs).append('\n');
        }
        p.skipped.forEach(s -> sb.append("skipped ").append(s).append('\n'));
        return sb.toString();
    }

    private static void code(StringBuilder sb, QdeProject.Code c, String indent) {
        sb.append(indent).append("code ").append(c.guid).append(' ').append(c.name).append(' ').append(c.codable)
                .append(' ').append(c.color).append(" line ").append(c.line).append(" [").append(c.description)
                .append("]\n");
        for (QdeProject.Code child : c.children) {
            code(sb, child, indent + "  ");
        }
    }

    /** The document as the JDK parser reads it: re-encoded as UTF-16 with a declaration that says so. */
    private static byte[] utf16(String xmlWithoutDeclaration) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + xmlWithoutDeclaration).getBytes(StandardCharsets.UTF_16);
    }

    private static byte[] utf8(String xmlWithoutDeclaration) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xmlWithoutDeclaration).getBytes(StandardCharsets.UTF_8);
    }

    private static String project(String body) {
        return "\n<Project xmlns=\"" + NS + "\" name=\"p\">" + body + "</Project>\n";
    }

    static Stream<String> documents() throws Exception {
        List<String> docs = new ArrayList<>();
        // Everything a reader must normalise or decode, on several lines.
        docs.add("\r\n<!-- a comment before the root -->\r\n<q:Project xmlns:q=\"" + NS
                + "\" name='單引號 &amp; &quot;quotes&quot;'>\r\n<?glossa ignored?>"
                + "<q:Users><q:User guid=\"{AAAAAAAA-0000-4000-8000-000000000001}\" name=\"An\talyst\r\nB\"/></q:Users>"
                + "<q:CodeBook><q:Codes><q:Code guid=\"aaaaaaaa-0000-4000-8000-000000000002\" name=\"主张 &#x1F600;\" "
                + "isCodable=\"true\" color=\"#FF0000\">\n<q:Description>line1\r\nline2\rline3 <![CDATA[<b>&amp;</b>]]>"
                + "<!-- hidden -->&#10;&#13;end &lt;x&gt;</q:Description>"
                + "<q:Code guid=\"aaaaaaaa-0000-4000-8000-000000000003\" name=\"child\" isCodable=\"false\"/>"
                + "</q:Code ></q:Codes></q:CodeBook>\n"
                + "<q:Sources><q:TextSource guid=\"aaaaaaaa-0000-4000-8000-000000000004\" name=\"a.txt\" "
                + "plainTextPath=\"internal://a.txt\">\n  <q:PlainTextContent>正文 text\r\nwith 😀 and\ttab"
                + "</q:PlainTextContent>\n  <q:PlainTextSelection guid=\"aaaaaaaa-0000-4000-8000-000000000005\" "
                + "startPosition=\" 1 \" endPosition=\"3\" creatingUser=\"u\" creationDateTime=\"2024-01-01T00:00:00Z\">"
                + "<q:Description/><q:Coding guid=\"aaaaaaaa-0000-4000-8000-000000000006\" creatingUser=\"u\">"
                + "<q:CodeRef targetGUID=\"aaaaaaaa-0000-4000-8000-000000000002\"/>"
                + "<q:NoteRef targetGUID=\"aaaaaaaa-0000-4000-8000-000000000007\"/></q:Coding>"
                + "<Foreign xmlns=\"urn:other\"><Coding>not ours</Coding></Foreign>"
                + "</q:PlainTextSelection>\n</q:TextSource>"
                + "<q:PDFSource guid=\"aaaaaaaa-0000-4000-8000-000000000008\" name=\"b.pdf\"><q:PDFSelection "
                + "guid=\"aaaaaaaa-0000-4000-8000-000000000009\"/></q:PDFSource></q:Sources>"
                + "<q:Notes><q:Note guid=\"aaaaaaaa-0000-4000-8000-000000000007\"><q:PlainTextContent>备注 &apos;x&apos;"
                + "</q:PlainTextContent></q:Note></q:Notes>"
                + "<q:Links><q:Link guid=\"aaaaaaaa-0000-4000-8000-00000000000a\" name=\"rel\" "
                + "originGUID=\"aaaaaaaa-0000-4000-8000-000000000005\" targetGUID=\"aaaaaaaa-0000-4000-8000-000000000005\"/>"
                + "</q:Links></q:Project>\n<!-- after -->\n");
        docs.add(project(""));
        // The project files of real tools (handwritten from their documentation) and ATLAS.ti's own export.
        for (String fixture : new String[] { "handwritten/qualcoder/project.qde", "handwritten/atlas-ti/project.qde" }) {
            docs.add(stripDeclaration(Files.readString(RefiQdaFiles.fixture(fixture), StandardCharsets.UTF_8)));
        }
        for (String archive : new String[] { "ponte/target-atlas-project.qdpx", "ponte/blank-atlas-project.qdpx" }) {
            Map<String, byte[]> entries = RefiQdaFiles.unzip(Files.readAllBytes(RefiQdaFiles.fixture(archive)));
            byte[] qde = entries.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("project.qde"))
                    .findFirst().orElseThrow().getValue();
            docs.add(stripDeclaration(new String(qde, StandardCharsets.UTF_8)));
        }
        return docs.stream();
    }

    private static String stripDeclaration(String xml) {
        String s = xml.startsWith("\uFEFF") ? xml.substring(1) : xml;
        return s.startsWith("<?xml") ? s.substring(s.indexOf("?>") + 2) : s;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void bothParsersReadTheSameProject(String xml) throws Exception {
        QdeProject stax = QdeReader.readProject(utf16(xml), "project.qde");
        QdeProject own = QdeReader.readProject(utf8(xml), "project.qde");
        assertEquals(describe(stax), describe(own));
        QdeProject streamed = QdeReader.readProject(new java.io.ByteArrayInputStream(utf8(xml)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7)); // a few bytes at a time, as an inflater may give them
            }
        }, "project.qde");
        assertEquals(describe(stax), describe(streamed));
    }

    @Test
    void theTrickyDocumentIsReadAsWritten() throws Exception {
        QdeProject p = QdeReader.readProject(utf8(documents().findFirst().orElseThrow()), "project.qde");
        assertEquals("單引號 & \"quotes\"", p.name);
        assertEquals("An alyst B", p.users.values().iterator().next(), "tab and CRLF in an attribute become spaces");
        assertEquals("主张 \uD83D\uDE00", p.codes.get(0).name);
        assertEquals("line1\nline2\nline3 <b>&amp;</b>\n\rend <x>", p.codes.get(0).description);
        assertEquals("正文 text\nwith 😀 and\ttab", p.sources.get(0).plainTextContent);
        assertEquals(1, p.sources.get(0).selections.get(0).start);
        assertEquals(1, p.sources.get(0).selections.get(0).codings.size(), "the foreign Coding is not ours");
        assertTrue(p.skipped.get(0).contains("b.pdf"), p.skipped.toString());
    }

    static Stream<String> refused() {
        String code = "<CodeBook><Codes><Code guid=\"aaaaaaaa-0000-4000-8000-000000000002\" name=\"c\"/></Codes></CodeBook>";
        return Stream.of(
                "<!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Project name=\"&x;\"/>",
                "<Project name=\"&x;\"/>",
                "<Project name=\"a\">" + code,
                "<Project name=\"a\">" + code + "</Projekt>",
                "<Project name=\"a\" name=\"b\"/>",
                "<Project name=\"a<b\"/>",
                "<Project name=\"a/>",
                "<Project name=a/>",
                "text<Project name=\"a\"/>",
                "<Project name=\"a\">&#0;</Project>",
                "<Project name=\"a\">\u0001</Project>",
                "<Project name=\"a\"><!-- a -- b --></Project>",
                "<Project name=\"a\"><![CDATA[open</Project>",
                "",
                "<Project name=\"a\"><CodeBook><Codes><Code guid=\"aaaaaaaa-0000-4000-8000-000000000002\" "
                        + "name=\"c\"><Description>x &unknown; y</Description></Code></Codes></CodeBook></Project>");
    }

    @ParameterizedTest
    @MethodSource("refused")
    void bothParsersRefuseTheSameBadInput(String xml) {
        ImportFormatException stax = assertThrows(ImportFormatException.class,
                () -> QdeReader.readProject(utf16(xml), "project.qde"));
        ImportFormatException own = assertThrows(ImportFormatException.class,
                () -> QdeReader.readProject(utf8(xml), "project.qde"));
        assertNotNull(stax.getMessage());
        assertTrue(own.getMessage().contains("project.qde"), own.getMessage());
        if (xml.contains("DOCTYPE")) {
            assertTrue(own.getMessage().contains("DOCTYPE"), own.getMessage());
        }
    }

    @Test
    void invalidUtf8IsRefusedWithItsLine() {
        byte[] good = utf8("\n<Project\nname=\"px\">\n<Sources/></Project>");
        byte[] bad = good.clone();
        int x = new String(good, StandardCharsets.ISO_8859_1).indexOf("px") + 1;
        bad[x] = (byte) 0xC3; // a lead byte followed by '"'
        ImportFormatException e = assertThrows(ImportFormatException.class,
                () -> QdeReader.readProject(bad, "project.qde"));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
