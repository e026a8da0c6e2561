package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.refiqda.QdeProject;
import glossa.exchange.refiqda.QdeReader;

/**
 * The character level of Glossa's own UTF-8 reader of {@code project.qde}: which bytes it accepts and refuses, and
 * where (line:column) it says the error is, whether the document comes in one piece or in pieces split anywhere, as
 * an inflating zip entry hands them out. Every document is read whole, split into two pieces at every byte of the
 * places under test, one byte at a time, and in random small pieces (the seed is printed; set it with
 * -Dglossa.seed=...), and must give the same project or the same error each time.
 *
 * <p>The parser reads ahead at every tag (a name up to 1 KB, an attribute value up to 8 KB), so a piece boundary
 * near a tag is never seen by it. The places under test therefore follow a {@link #FILLER} of 9000 bytes without
 * markup (text, a comment or an attribute value), and the pieces are cut in the bytes after it.</p>
 *
 * <p>The column counts code points from the line's start, 1-based, as {@code ImportFormatException} says: after "主😀"
 * (3 + 4 bytes) the next character is at column 3, also on a line longer than the parser's buffer. An error inside a
 * multi-byte sequence is reported after the bytes read of it, the sequence counting as one character.</p>
 */
class Utf8InputRulesTest {

    private static final long SEED = Long.getLong("glossa.seed", System.nanoTime());

    static {
        System.out.println("Utf8InputRulesTest: random pieces with -Dglossa.seed=" + SEED);
    }

    private static final String NS = "urn:QDA-XML:project:1.0";
    private static final String G1 = "aaaaaaaa-0000-4000-8000-000000000001";
    private static final String G2 = "aaaaaaaa-0000-4000-8000-000000000002";
    private static final String G3 = "aaaaaaaa-0000-4000-8000-000000000003";
    private static final String G4 = "aaaaaaaa-0000-4000-8000-000000000004";
    private static final String G5 = "aaaaaaaa-0000-4000-8000-000000000005";

    /**
     * After the declaration (line 1), a comment of over 256 bytes (line 2): the reader looks that far ahead to choose
     * the parser, so only after it do the pieces reach the parser as the stream cut them. Content starts on line 3.
     */
    private static final String HEAD = "\n<!--" + " padding".repeat(40) + " -->\n";
    /** More bytes than the parser reads ahead of a tag: the places under test come after one. */
    private static final String FILLER = "f".repeat(9000);
    private static final String FILL = "<!--" + FILLER + "-->";

    private static final String ROOT = "<Project xmlns=\"" + NS + "\" name=\"p\">";
    /** Line 4 is text kept (a code's description). */
    private static final String KEPT = ROOT + "<CodeBook><Codes><Code guid=\"" + G2 + "\" name=\"c\"><Description>" + FILL + "\n";
    private static final String KEPT_END = "</Description></Code></Codes></CodeBook></Project>";
    /** Line 4 is text of an element the reader skips. */
    private static final String SKIPPED = ROOT + "<Cases>" + FILL + "\n";
    private static final String SKIPPED_END = "</Cases></Project>";
    /** Line 4 is an attribute value. */
    private static final String ATTR = ROOT + "<Users><User guid=\"" + G1 + "\" name=\"" + FILLER + "\n";
    private static final String ATTR_END = "\"/></Users></Project>";

    private static byte[] utf8(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + HEAD + body).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf16(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + HEAD + body).getBytes(StandardCharsets.UTF_16);
    }

    /** The head, then the parts: Strings in UTF-8, byte arrays as they are. */
    private static byte[] doc(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(""));
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] b ? b : ((String) part).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** Hands out the document in pieces ending at the given offsets; available() stays 0, so no buffer joins them. */
    private static class Pieces extends InputStream {
        final byte[] doc;
        private final int[] ends;
        int at;
        private int piece;

        Pieces(byte[] doc, int... ends) {
            this.doc = doc;
            this.ends = ends;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at >= doc.length) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            while (piece < ends.length && ends[piece] <= at) {
                piece++;
            }
            int end = piece < ends.length ? ends[piece] : doc.length;
            int n = Math.min(len, end - at);
            System.arraycopy(doc, at, b, off, n);
            at += n;
            return n;
        }
    }

    private static String outcome(QdeProject p) {
        return QdeParserAgreementTest.describe(p);
    }

    private static String outcome(ImportFormatException e) {
        return "error " + e.line() + ":" + e.column() + " " + e.reason();
    }

    private static String read(byte[] doc) {
        try {
            return outcome(QdeReader.readProject(doc, "project.qde"));
        } catch (ImportFormatException e) {
            return outcome(e);
        }
    }

    private static String read(InputStream in) {
        try {
            return outcome(QdeReader.readProject(in, "project.qde"));
        } catch (ImportFormatException e) {
            return outcome(e);
        }
    }

    /** Where each {@link #FILLER} in {@code doc} ends. */
    private static List<Integer> fillerEnds(byte[] doc) {
        List<Integer> ends = new ArrayList<>();
        int run = 0;
        for (int i = 0; i < doc.length; i++) {
            run = doc[i] == 'f' ? run + 1 : 0;
            if (run >= FILLER.length() && (i + 1 == doc.length || doc[i + 1] != 'f')) {
                ends.add(i + 1);
            }
        }
        assertTrue(!ends.isEmpty(), "a filler before the places under test");
        return ends;
    }

    /**
     * The document read whole, then split in two at every byte of the {@code window} bytes after each filler, one
     * byte at a time and in random pieces: the same outcome each time.
     */
    private static String readTheSameInPieces(byte[] doc, int window) {
        String whole = read(doc);
        int from = fillerEnds(doc).get(0);
        for (int end : fillerEnds(doc)) {
            for (int k = end; k < Math.min(doc.length, end + window); k++) {
                assertEquals(whole, read(new Pieces(doc, k)), "split at byte " + k);
            }
        }
        assertEquals(whole, read(new Pieces(doc, IntStream.range(1, doc.length).toArray())), "one byte at a time");
        Random random = new Random(SEED ^ doc.length);
        for (int round = 0; round < 4; round++) {
            List<Integer> cuts = new ArrayList<>();
            for (int at = from + random.nextInt(8); at < doc.length; at += 1 + random.nextInt(8)) {
                cuts.add(at);
            }
            assertEquals(whole, read(new Pieces(doc, cuts.stream().mapToInt(Integer::intValue).toArray())),
                    "random pieces " + cuts + " (seed " + SEED + ")");
        }
        return whole;
    }

    /** White space of every kind, longer than the parser reads ahead in a tag. */
    private static final String SPACE = " \r\n\t\r".repeat(1700);

    /**
     * Every construct of the character level, with line ends of all three kinds and characters at XML's limits, each
     * after a filler.
     */
    private static final String RICH = "<Project xmlns=\"" + NS + "\"\r\n\tname=\"" + FILLER + "é\u0080\u07FF\u0800"
            + "\uD7FF\uE000\uFFFD\uD800\uDC00\uDBFF\uDFFF 主 &#x20;&#xD7FF;&#xE000;&#xFFFD;&#x10000;&#x10FFFF;&#9;&#xA;&#xD;"
            + "&#65;&#0065;&lt;&gt;&amp;&quot;&apos;\t\r\n\r|\"\r  origin = 'x'\n>\r\n"
            + FILL + "<?pi " + FILLER + "some\r\ndata\n\r?>\r"
            + FILL + "<!-- " + FILLER + " a comment\r\nover\rlines\n with - dashes é 主 -->\n"
            + FILL + "<Users>\r\n  <User guid=\"{" + G1 + "}\" name=\"a\r\nb\rc\nd\te&#x10000;\"/>\n</Users>\r"
            + FILL + "<Cases>" + FILL + "text &amp; &#x10000; 主 é\u0080\u07FF\u0800 " + FILL + "<![CDATA[" + FILLER
            + " 主\té \r\n]]] ]>\r]]> \t\r\n skipped " + FILL + "<Case guid=\"x\">more\rlines\n</Case>" + FILL
            + "<?p\r?>" + FILL + "<!--\r-->" + FILL + "<Case" + SPACE + "a='1'" + SPACE + "/>" + FILL + "</Cases>\n"
            + "<CodeBook><Codes><Code guid=\"" + G2 + "\" name=\"c\" isCodable=\"true\"><Description>" + FILL
            + "kept\r\nCRLF\rCR\n" + FILL + "LF &amp;&lt;&gt;&quot;&apos;&#x1F600;&#65;&#x10000;" + FILL + "<![CDATA["
            + FILLER + "cd\r\nata\r]]>" + FILL + "é\u0080\u07FF\u0800\uFFFD\uD800\uDC00\uDBFF\uDFFF" + FILL
            + "<!-- c\r\n -->x" + FILL + "<?pi\n?>y\r" + FILL + "</Description></Code>\r\n"
            + FILL + "<Code guid=\"" + G3 + "\" name=\"d\"\r/></Codes></CodeBook>\r"
            + "<Sources><TextSource guid=\"" + G4 + "\" name=\"s\"><PlainTextContent>" + FILL
            + "正文 text 😀\r\n".repeat(3) + FILL + "</PlainTextContent></TextSource></Sources>\r"
            + "<Notes><Note guid=\"" + G5 + "\"><PlainTextContent>" + FILL + "备注\r" + FILL
            + "</PlainTextContent></Note></Notes>" + FILL + "</Project>\r\n<!-- after -->\r";

    @Test
    void everyConstructIsReadAsWrittenInAnyPieces() throws Exception {
        QdeProject p = QdeReader.readProject(utf8(RICH), "project.qde");
        assertEquals(FILLER + "é\u0080\u07FF\u0800\uD7FF\uE000\uFFFD\uD800\uDC00\uDBFF\uDFFF 主  \uD7FF\uE000\uFFFD\uD800\uDC00"
                + "\uDBFF\uDFFF\t\n\rAA<>&\"'   |", p.name,
                "references as their characters; a literal tab, CR LF and CR in an attribute as one space each");
        assertEquals("a b c d e\uD800\uDC00", p.users.values().iterator().next());
        assertEquals("kept\nCRLF\nCR\nLF &<>\"'\uD83D\uDE00A\uD800\uDC00" + FILLER + "cd\nata\né\u0080\u07FF\u0800\uFFFD\uD800\uDC00"
                + "\uDBFF\uDFFFxy\n", p.codes.get(0).description,
                "CR LF and CR as LF in text and CDATA; comments and processing instructions left out");
        assertEquals("正文 text 😀\n".repeat(3), p.sources.get(0).plainTextContent);
        assertEquals("备注\n", p.notes.values().iterator().next().content);
        assertEquals(QdeParserAgreementTest.describe(QdeReader.readProject(utf16(RICH), "project.qde")),
                QdeParserAgreementTest.describe(p), "the JDK's parser reads the same, line numbers included");
        assertEquals(outcome(p), readTheSameInPieces(utf8(RICH), 40));
    }

    @Test
    void linesEndedByCrAloneAreCountedAsTheJdkCountsThem() throws Exception {
        String body = ROOT + "\r" + FILL + "<!-- a\rb -->\r" + FILL + "<?pi\r?>\r \r<CodeBook\r><Codes>\r <Code guid=\""
                + G2 + "\"\r name='c'\r isCodable='true'/>\r</Codes></CodeBook>\r<Sources>\r<TextSource guid=\"" + G4
                + "\" name='s'\r/>" + FILL + "\r</Sources></Project>";
        QdeProject own = QdeReader.readProject(utf8(body), "project.qde");
        assertEquals(QdeParserAgreementTest.describe(QdeReader.readProject(utf16(body), "project.qde")),
                QdeParserAgreementTest.describe(own));
        assertEquals(13, own.codes.get(0).line, "the line of the code's start tag's end");
        assertEquals(17, own.sources.get(0).line);
        readTheSameInPieces(utf8(body), 300);
    }

    static Stream<Arguments> refused() {
        List<Arguments> cases = new ArrayList<>();
        // C0 controls, in every context that checks characters; columns count code points, as after CJK and emoji.
        cases.add(Arguments.of(doc(KEPT, "ab\u0001", KEPT_END), "4:3 ", "character 0x1 is not allowed"));
        cases.add(Arguments.of(doc(KEPT, "ab\0", KEPT_END), "4:3 ", "character 0x0 is not allowed"));
        cases.add(Arguments.of(doc(KEPT, "主😀\u0001", KEPT_END), "4:3 ", "character 0x1 is not allowed"));
        cases.add(Arguments.of(doc(SKIPPED, "ab\0", SKIPPED_END), "4:3 ", "character 0x0 is not allowed"));
        cases.add(Arguments.of(doc(SKIPPED, "a b\u001F", SKIPPED_END), "4:4 ", "character 0x1f is not allowed"));
        cases.add(Arguments.of(doc(ATTR, "ab\u000B", ATTR_END), "4:3 ", "character 0xb is not allowed"));
        cases.add(Arguments.of(doc(ATTR, "主😀\u0001", ATTR_END), "4:3 ", "character 0x1 is not allowed"));
        cases.add(Arguments.of(doc(KEPT, "<![CDATA[\nab\u0001]]>", KEPT_END), "5:3 ", "character 0x1 is not allowed"));
        cases.add(Arguments.of(doc(SKIPPED, "<![CDATA[\né主 b\t\0]]>", SKIPPED_END), "5:6 ",
                "character 0x0 is not allowed"));
        // Malformed UTF-8: reported at a byte that cannot start a character, else after the sequence read (counted as
        // one character).
        cases.add(Arguments.of(doc(KEPT, "ab", bytes(0x80), KEPT_END), "4:3 ", "invalid UTF-8 byte 0x80"));
        cases.add(Arguments.of(doc(ATTR, "ab", bytes(0xF8), "c", ATTR_END), "4:3 ", "invalid UTF-8 byte 0xf8"));
        cases.add(Arguments.of(doc(KEPT, "ab", bytes(0xE4, 0xB8), "c", KEPT_END), "4:4 ", "invalid UTF-8 sequence"));
        cases.add(Arguments.of(doc(KEPT, "ab", bytes(0xE4, 0xB8)), "4:4 ",
                "the document ends inside a UTF-8 sequence"));
        cases.add(Arguments.of(doc(KEPT, "ab", bytes(0xC0, 0x80), KEPT_END), "4:4 ", "(U+0)"));
        cases.add(Arguments.of(doc(KEPT, "ab", bytes(0xC1, 0xBF), KEPT_END), "4:4 ", "(U+7F)"));
        cases.add(Arguments.of(doc(KEPT, bytes(0xE0, 0x9F, 0xBF), KEPT_END), "4:2 ", "(U+7FF)"));
        cases.add(Arguments.of(doc(KEPT, bytes(0xF0, 0x8F, 0xBF, 0xBF), KEPT_END), "4:2 ", "(U+FFFF)"));
        cases.add(Arguments.of(doc(ATTR, bytes(0xED, 0xA0, 0x80), ATTR_END), "4:2 ", "(U+D800)"));
        cases.add(Arguments.of(doc(KEPT, bytes(0xED, 0xBF, 0xBF), KEPT_END), "4:2 ", "(U+DFFF)"));
        cases.add(Arguments.of(doc(KEPT, bytes(0xEF, 0xBF, 0xBE), KEPT_END), "4:2 ", "(U+FFFE)"));
        cases.add(Arguments.of(doc(ATTR, bytes(0xEF, 0xBF, 0xBF), ATTR_END), "4:2 ", "(U+FFFF)"));
        cases.add(Arguments.of(doc(KEPT, bytes(0xF4, 0x90, 0x80, 0x80), KEPT_END), "4:2 ", "(U+110000)"));
        cases.add(Arguments.of(doc(KEPT, bytes(0xF7, 0xBF, 0xBF, 0xBF), KEPT_END), "4:2 ", "(U+1FFFFF)"));
        // References: reported after their ';'.
        for (String ref : new String[] { "#x1F", "#xD800", "#xDFFF", "#xFFFE", "#xFFFF", "#x110000", "#0" }) {
            cases.add(Arguments.of(doc(KEPT, "ab&" + ref + ";", KEPT_END), "4:" + (ref.length() + 5) + " ",
                    "&" + ref + "; is not a character allowed in XML"));
        }
        cases.add(Arguments.of(doc(ATTR, "&#x1F;", ATTR_END), "4:7 ", "&#x1F; is not a character allowed in XML"));
        cases.add(Arguments.of(doc(KEPT, "&#x;", KEPT_END), "4:5 ", "&#x; is not a character reference"));
        cases.add(Arguments.of(doc(KEPT, "&#0x41;", KEPT_END), "4:8 ", "&#0x41; is not a character reference"));
        cases.add(Arguments.of(doc(KEPT, "&#12a;", KEPT_END), "4:7 ", "&#12a; is not a character reference"));
        cases.add(Arguments.of(doc(KEPT, "&nbsp;", KEPT_END), "4:7 ", "entity reference &nbsp; is not allowed"));
        cases.add(Arguments.of(doc(KEPT, "ab&amp cd", KEPT_END), "4:8 ", "a reference is not closed with ';'"));
        cases.add(Arguments.of(doc(SKIPPED, "ab&amp<", SKIPPED_END), "4:8 ", "a reference is not closed with ';'"));
        cases.add(Arguments.of(doc(KEPT, "ab&am"), "4:6 ", "a reference is not closed with ';'"));
        // Unclosed markup at the end of the input.
        cases.add(Arguments.of(doc(KEPT, "<!-- x\n y"), "5:3 ", "a comment is not closed"));
        cases.add(Arguments.of(doc(KEPT, "<![CDATA[x\r\ny"), "5:2 ", "a CDATA section is not closed"));
        cases.add(Arguments.of(doc(SKIPPED, "<![CDATA[x]"), "4:12 ", "a CDATA section is not closed"));
        cases.add(Arguments.of(doc(SKIPPED, "<![CDATA[x]]"), "4:13 ", "a CDATA section is not closed"));
        cases.add(Arguments.of(doc(KEPT, "<?pi x\ny"), "5:2 ", "a processing instruction is not closed"));
        cases.add(Arguments.of(doc(SKIPPED, "<Case\n  a='1'"), "5:8 ", "the document ends inside a tag"));
        cases.add(Arguments.of(doc(SKIPPED, "ab"), "4:3 ", "the document ends inside <Cases>"));
        cases.add(Arguments.of(doc(SKIPPED, "<!-"), "4:1 ", "markup not recognised after '<!'"));
        cases.add(Arguments.of(doc(SKIPPED, "<Case a='1'b='2'/>", SKIPPED_END), "4:12 ",
                "attributes of <Case> must be separated by white space"));
        // Each kind of line end, in each context, then an error on the line after the third.
        cases.add(Arguments.of(doc(KEPT, "a\r\nb\rc\n\u0001", KEPT_END), "7:1 ", "character 0x1"));
        cases.add(Arguments.of(doc(SKIPPED, "a\r\nb\rc\nd\u0001", SKIPPED_END), "7:2 ", "character 0x1"));
        cases.add(Arguments.of(doc(ATTR, "a\r\nb\rc\n\u0001", ATTR_END), "7:1 ", "character 0x1"));
        cases.add(Arguments.of(doc(SKIPPED, "<Case\r\n a='1'\r b='2'\n c='\u0001'/>", SKIPPED_END), "7:5 ",
                "character 0x1"));
        cases.add(Arguments.of(doc(SKIPPED, "<!--a\r\nb\rc\n-->\u0001", SKIPPED_END), "7:4 ", "character 0x1"));
        cases.add(Arguments.of(doc(SKIPPED, "<?pi a\r\nb\rc\n?>\u0001", SKIPPED_END), "7:3 ", "character 0x1"));
        cases.add(Arguments.of(doc(KEPT, "<![CDATA[a\r\nb\rc\n]]>\u0001", KEPT_END), "7:4 ", "character 0x1"));
        cases.add(Arguments.of(doc(SKIPPED, "<![CDATA[a\r\nb\rc\n]]>\u0001", SKIPPED_END), "7:4 ", "character 0x1"));
        cases.add(Arguments.of(doc(KEPT, "<!--a\r\nb\rc\n-->\u0001", KEPT_END), "7:4 ", "character 0x1"));
        cases.add(Arguments.of(doc(KEPT, "<?pi a\r\nb\rc\n?>\u0001", KEPT_END), "7:3 ", "character 0x1"));
        cases.add(Arguments.of(doc(SKIPPED, "a&amp;b&#x10000;c\u0001", SKIPPED_END), "4:18 ", "character 0x1"));
        // A line longer than the parser's buffer (its start compacted away): still code points.
        cases.add(Arguments.of(doc(KEPT, "主".repeat(30_000) + "😀\u0001", KEPT_END), "4:30002 ",
                "character 0x1 is not allowed"));
        cases.add(Arguments.of(doc(ATTR, "é".repeat(40_000) + "\u0001", ATTR_END), "4:40001 ",
                "character 0x1 is not allowed"));
        // A lone CR ends a line anywhere: the next character is at column 1.
        cases.add(Arguments.of(doc(SKIPPED, "ab\r\u0001", SKIPPED_END), "5:1 ", "character 0x1"));
        cases.add(Arguments.of(doc(SKIPPED, "<Case\ra='\u0001'/>", SKIPPED_END), "5:4 ", "character 0x1"));
        cases.add(Arguments.of(doc(SKIPPED, "<!--a\r-->\u0001", SKIPPED_END), "5:4 ", "character 0x1"));
        cases.add(Arguments.of(doc(SKIPPED, "<?pi a\r?>\u0001", SKIPPED_END), "5:3 ", "character 0x1"));
        cases.add(Arguments.of(doc(KEPT, "ab\r\u0001", KEPT_END), "5:1 ", "character 0x1"));
        // Characters that are read but not kept (skipped text, skipped CDATA, comments, processing instructions) are
        // checked as kept ones are.
        cases.add(Arguments.of(doc(SKIPPED, "ab", bytes(0x80), SKIPPED_END), "4:3 ", "invalid UTF-8 byte 0x80"));
        cases.add(Arguments.of(doc(SKIPPED, bytes(0xEF, 0xBF, 0xBE), SKIPPED_END), "4:2 ", "(U+FFFE)"));
        cases.add(Arguments.of(doc(SKIPPED, "<![CDATA[ab", bytes(0xE4, 0xB8), "c]]>", SKIPPED_END), "4:13 ",
                "invalid UTF-8 sequence"));
        cases.add(Arguments.of(doc(SKIPPED, "<!-- a\u0001 -->", SKIPPED_END), "4:7 ", "character 0x1 is not allowed"));
        cases.add(Arguments.of(doc(KEPT, "<!--", bytes(0xFF), "-->", KEPT_END), "4:5 ", "invalid UTF-8 byte 0xff"));
        cases.add(Arguments.of(doc(KEPT, "<!--", bytes(0xED, 0xA0, 0x80), "-->", KEPT_END), "4:6 ", "(U+D800)"));
        cases.add(Arguments.of(doc(SKIPPED, "<?pi \u0002?>", SKIPPED_END), "4:6 ", "character 0x2 is not allowed"));
        // After the root element, which the reader no longer needs: still read to the end and checked.
        cases.add(Arguments.of(doc(SKIPPED, SKIPPED_END, "\n", FILL, "x"), "5:9008 ", "content after the root element"));
        cases.add(Arguments.of(doc(SKIPPED, SKIPPED_END, "\n<Project/>"), "5:2 ", "markup after the root element"));
        cases.add(Arguments.of(doc(SKIPPED, SKIPPED_END, "\n<!-- ", bytes(0xC3), "-->"), "5:7 ",
                "invalid UTF-8 sequence"));
        cases.add(Arguments.of(doc(SKIPPED, SKIPPED_END, "\n<!-- x"), "5:7 ", "a comment is not closed"));
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] {1}{2}")
    @MethodSource("refused")
    void malformedInputIsRefusedAtTheSamePlaceInAnyPieces(byte[] doc, String where, String reason) {
        String whole = readTheSameInPieces(doc, 120);
        assertTrue(whole.startsWith("error " + where) && whole.contains("project.qde: ") && whole.contains(reason),
                whole);
    }

    static Stream<String> accepted() {
        return Stream.of("\t", "\u0020", "\u007F", "\u0080", "\u07FF", "\u0800", "\uD7FF", "\uE000", "\uFFFD",
                "\uD800\uDC00", "\uDBFF\uDFFF");
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void theCharactersAtXmlsLimitsAreReadAsWrittenAndAsReferences(String c) throws Exception {
        String ref = "&#x" + Integer.toHexString(c.codePointAt(0)) + ";";
        String body = KEPT + "[" + c + "|" + ref + "|&#" + c.codePointAt(0) + ";]" + KEPT_END;
        QdeProject p = QdeReader.readProject(utf8(body), "project.qde");
        assertEquals("\n[" + c + "|" + c + "|" + c + "]", p.codes.get(0).description);
        String attr = ATTR + "[" + c + "|" + ref + "]" + ATTR_END;
        assertEquals(FILLER + " [" + (c.equals("\t") ? " " : c) + "|" + c + "]",
                QdeReader.readProject(utf8(attr), "project.qde").users.values().iterator().next());
        readTheSameInPieces(utf8(body), 100);
    }

    @Test
    void characterReferencesWithLeadingZerosAreReadAsTheJdkReadsThem() throws Exception {
        String body = KEPT + "&#x0000000000041;&#000000000000066;&#x00000000001F600;&#x000000000;" + KEPT_END;
        ImportFormatException stax = assertThrows(ImportFormatException.class,
                () -> QdeReader.readProject(utf16(body), "project.qde"));
        String ok = KEPT + "&#x0000000000041;&#000000000000066;&#x00000000001F600;" + KEPT_END;
        assertEquals("\nAB\uD83D\uDE00", QdeReader.readProject(utf16(ok), "project.qde").codes.get(0).description);
        assertEquals("\nAB\uD83D\uDE00", QdeReader.readProject(utf8(ok), "project.qde").codes.get(0).description);
        ImportFormatException own = assertThrows(ImportFormatException.class,
                () -> QdeReader.readProject(utf8(body), "project.qde"));
        assertTrue(own.getMessage().contains("not a character allowed in XML"), own + " / StAX: " + stax);
    }

    /**
     * Documents whose last piece is short and comes after text longer than the parser reads ahead: it lands at the
     * start of the parser's buffer, which still holds the document's first bytes after it ("<!--", " \n"). They must
     * not be taken for input.
     */
    @Test
    void bytesPastTheEndOfTheInputAreNeverRead() {
        String comment = "<!-- " + "x".repeat(300) + " -->\n";
        String root = "<Project xmlns=\"" + NS + "\" name=\"p\">";
        String notWellFormed = " project.qde: not well-formed XML: ";
        byte[] bang = (comment + root + FILLER + "<!-").getBytes(StandardCharsets.UTF_8);
        assertEquals("error 2:" + (root.length() + FILLER.length() + 1) + notWellFormed
                + "markup not recognised after '<!'", read(new Pieces(bang, bang.length - 3)));
        byte[] open = (comment + root + FILLER + "<").getBytes(StandardCharsets.UTF_8);
        assertEquals("error 2:" + (root.length() + FILLER.length() + 2) + notWellFormed + "a name is expected",
                read(new Pieces(open, open.length - 1)));
        byte[] cr = (" \n" + comment + root + "<Notes><Note guid=\"" + G5 + "\"><PlainTextContent>" + FILLER + "\r")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("error 4:1" + notWellFormed + "the document ends inside <PlainTextContent>",
                read(new Pieces(cr, cr.length - 1)));
        byte[] end = (" \n" + comment + root + "<Cases>" + FILLER + "ab").getBytes(StandardCharsets.UTF_8);
        String endsInside = "error 3:" + (root.length() + 7 + FILLER.length() + 3) + notWellFormed
                + "the document ends inside <Cases>";
        assertEquals(endsInside, read(end));
        assertEquals(endsInside, read(new Pieces(end, end.length - 2)));
    }

    /** A stream that fails once the parser has read up to {@code failAt}. */
    private static final class Failing extends Pieces {
        private final int failAt;
        private final IOException failure;

        Failing(byte[] doc, int failAt, IOException failure) {
            super(doc, failAt);
            this.failAt = failAt;
            this.failure = failure;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at >= failAt) {
                throw failure;
            }
            return super.read(b, off, len);
        }
    }

    @Test
    void aStreamThatFailsIsReportedWhereTheParserWas() {
        // Far from any tag, so that the parser's look-ahead (up to 8 KB in a tag) does not reach the failure first.
        byte[] doc = doc(SKIPPED, "x".repeat(20_000), SKIPPED_END);
        int failAt = doc.length - SKIPPED_END.length() - 5_000;
        ImportFormatException e = assertThrows(ImportFormatException.class,
                () -> QdeReader.readProject(new Failing(doc, failAt, new IOException("disk gone")), "project.qde"));
        assertEquals("error 4:15001 project.qde: cannot be read (disk gone)", outcome(e));
    }

    @Test
    void aFormatErrorOfTheStreamItselfIsPassedOnAsItIs() {
        byte[] doc = doc(SKIPPED, "abc", SKIPPED_END);
        ImportFormatException tooLarge = new ImportFormatException(1, 1, "project.qde is larger than allowed");
        ImportFormatException e = assertThrows(ImportFormatException.class,
                () -> QdeReader.readProject(new Failing(doc, doc.length - 5, tooLarge), "project.qde"));
        assertSame(tooLarge, e);
    }
}
