package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import glossa.convert.Conversion;
import glossa.convert.ConversionException;
import glossa.convert.html.HtmlConverter;

/**
 * How a page saved as one file (.mhtml/.mht) is read, rule by rule, with small archives written here: which part is
 * the page, its exact bytes (a binary UTF-16 part shows any byte too many or too few), quoted-printable and base64,
 * the part's charset, the address it was saved from, and archives that are cut off or too large.
 */
class MhtmlArchiveReadingTest {

    private static final String BOUNDARY = "MultipartBoundary--cQ1c";
    /** A page of two paragraphs, no title: its text is exactly these two lines. */
    private static final String PAGE = "<p>第一段：人工智能治理的新规则。</p><p>Second paragraph, long enough to count as a body.</p>";
    private static final String PAGE_TEXT = "第一段：人工智能治理的新规则。\n\nSecond paragraph, long enough to count as a body.\n";

    /** An archive: top headers, then parts (each its headers, a blank line, its body), then the closing delimiter. */
    private static final class Archive {
        private final String eol;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Archive(String eol, String... topHeaders) {
            this.eol = eol;
            for (String header : topHeaders) {
                line(header);
            }
            line("MIME-Version: 1.0");
            line("Content-Type: multipart/related; type=\"text/html\"; boundary=\"" + BOUNDARY + "\"");
            line("");
            line("This is a multi-part message in MIME format."); // the preamble, not a part
        }

        Archive line(String s) {
            out.writeBytes((s + eol).getBytes(StandardCharsets.ISO_8859_1));
            return this;
        }

        Archive part(byte[] body, String... headers) {
            line("--" + BOUNDARY);
            for (String header : headers) {
                line(header);
            }
            line("");
            out.writeBytes(body);
            out.writeBytes(eol.getBytes(StandardCharsets.ISO_8859_1));
            return this;
        }

        Archive part(String asciiBody, String... headers) {
            return part(asciiBody.getBytes(StandardCharsets.ISO_8859_1), headers);
        }

        byte[] close() {
            line("--" + BOUNDARY + "--");
            return out.toByteArray();
        }

        byte[] cutOff() {
            return out.toByteArray();
        }
    }

    private static Conversion convert(byte[] archive) throws ConversionException {
        return new HtmlConverter().convert(archive, "saved.mhtml");
    }

    private static String refusal(byte[] archive) {
        return assertThrows(ConversionException.class, () -> convert(archive)).getMessage();
    }

    static Stream<Arguments> lineEndings() {
        return Stream.of(Arguments.of("CRLF", "\r\n"), Arguments.of("LF", "\n"));
    }

    /**
     * A part's body is exactly the bytes from the blank line after its headers to the line end before the next
     * delimiter: in UTF-16 one byte more or less anywhere would garble the text or add a character.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lineEndings")
    void aBinaryPartIsReadByteForByte(String name, String eol) throws Exception {
        byte[] archive = new Archive(eol, "From: <Saved by Blink>")
                .part("body { color: red }", "Content-Type: text/css", "Content-Location: https://example.cn/a.css")
                .part(PAGE.getBytes(StandardCharsets.UTF_16LE), "Content-Type: text/html; charset=UTF-16LE",
                        "Content-Transfer-Encoding: binary")
                .close();
        assertEquals(PAGE_TEXT, convert(archive).text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineEndings")
    void aQuotedPrintablePartInEitherLineEndingGivesThePage(String name, String eol) throws Exception {
        byte[] archive = new Archive(eol)
                .part(qp(PAGE, eol), "Content-Type: text/html", "Content-Transfer-Encoding: quoted-printable")
                .close();
        assertEquals(PAGE_TEXT, convert(archive).text());
    }

    /** UTF-8 bytes as =XX, ASCII as it is, soft line breaks every 60 characters. */
    private static String qp(String html, String eol) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (byte b : html.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            String piece = c >= 32 && c < 127 && c != '=' ? String.valueOf((char) c) : String.format("=%02X", c);
            if (column + piece.length() > 60) {
                out.append('=').append(eol);
                column = 0;
            }
            out.append(piece);
            column += piece.length();
        }
        return out.toString();
    }

    static Stream<Arguments> quotedPrintable() {
        String lead = "<p>Enough words in this paragraph to count as the body. ";
        return Stream.of(
                // 一带一路: E4 B8 80 ... a hex digit 0 is a digit like any other
                Arguments.of(lead + "=E4=B8=80=E5=B8=A6=E4=B8=80=E8=B7=AF</p>", "一带一路"),
                Arguments.of(lead + "=e4=b8=80=e5=b8=a6</p>", "一带"),
                Arguments.of(lead + "Col=09umn</p>", "Col umn"),
                Arguments.of(lead + "soft=\r\nbreak</p>", "softbreak"),
                Arguments.of(lead + "soft=\nbreak</p>", "softbreak"),
                Arguments.of(lead + "a =3D b</p>", "a = b"),
                // A lone '=' (not a soft break, not two hex digits) is kept, as most readers do.
                Arguments.of(lead + "a = b</p>", "a = b"),
                Arguments.of(lead + "x=ZZ y=4G</p>", "x=ZZ y=4G"),
                // The part ends in the middle of an escape: what is there is kept.
                Arguments.of(lead + "the ratio is x =", "the ratio is x ="),
                Arguments.of(lead + "the ratio is x =4", "the ratio is x =4"),
                Arguments.of(lead + "the ratio is x =\r", "the ratio is x ="));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("quotedPrintable")
    void quotedPrintableEscapesAndSoftBreaks(String body, String ending) throws Exception {
        byte[] archive = new Archive("\r\n")
                .part(body.getBytes(StandardCharsets.ISO_8859_1), "Content-Type: text/html; charset=utf-8",
                        "Content-Transfer-Encoding: quoted-printable")
                .close();
        String text = convert(archive).text();
        assertEquals("Enough words in this paragraph to count as the body. " + ending + "\n", text);
    }

    static Stream<Arguments> charsets() {
        return Stream.of(Arguments.of("GB18030", "GB18030"), Arguments.of("GBK", "gbk"),
                Arguments.of("GB2312", "\"gb2312\""), Arguments.of("UTF-8", "UTF-8"), Arguments.of("Big5", "big5"));
    }

    /** The part's charset decides, whatever the page's own (stale) meta says. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("charsets")
    void theCharsetOfThePartDecodesChinese(String charset, String declared) throws Exception {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body>"
                + "<p>关于加强人工智能治理的通知，自发布之日起施行。</p></body></html>";
        if (charset.equals("Big5")) {
            page = page.replace("关于加强人工智能治理的通知，自发布之日起施行", "關於加強人工智慧治理的通知，自發布之日起施行");
        }
        byte[] bytes = page.getBytes(Charset.forName(charset));
        byte[] archive = new Archive("\r\n")
                .part(Base64.getMimeEncoder().encodeToString(bytes), "Content-Type: text/html; charset=" + declared,
                        "Content-Transfer-Encoding: base64")
                .close();
        String text = convert(archive).text();
        assertEquals(page.replaceAll(".*<p>|</p>.*", "") + "\n", text);
    }

    @Test
    void anUnknownCharsetLeavesItToThePagesOwnMeta() throws Exception {
        String page = "<html><head><meta charset=\"gbk\"></head><body><p>数据出境安全评估办法，自二〇二二年九月一日起施行。</p></body></html>";
        byte[] archive = new Archive("\r\n")
                .part(page.getBytes(Charset.forName("GBK")), "Content-Type: text/html; charset=x-no-such-charset",
                        "Content-Transfer-Encoding: 8bit")
                .close();
        assertEquals("数据出境安全评估办法，自二〇二二年九月一日起施行。\n", convert(archive).text());
    }

    @Test
    void theFirstHtmlPartIsThePageAndLaterFramesAreNot() throws Exception {
        byte[] archive = new Archive("\r\n")
                .part("iVBORw0KGgo=", "Content-Type: image/png", "Content-Transfer-Encoding: base64")
                .part("<p>Never mind me, I am only a stylesheet with many words.</p>", "Content-Type: text/css")
                .part("<p>The page itself: the ministry's notice on data export.</p>",
                        "CONTENT-TYPE: TEXT/HTML", "content-transfer-encoding: 7bit")
                .part("<p>An advertising frame saved after the page, with words.</p>", "Content-Type: text/html")
                .close();
        assertEquals("The page itself: the ministry's notice on data export.\n", convert(archive).text());
    }

    @Test
    void theBoundaryInsideALineIsText() throws Exception {
        // A delimiter starts a line; the same characters inside a line belong to the page.
        byte[] archive = new Archive("\r\n")
                .part("<p>Archives separate parts with lines such as --" + BOUNDARY + " and nothing else.</p>",
                        "Content-Type: text/html")
                .close();
        assertEquals("Archives separate parts with lines such as --" + BOUNDARY + " and nothing else.\n",
                convert(archive).text());
    }

    @Test
    void anUnquotedBoundaryAndAFoldedContentTypeAreRead() throws Exception {
        String message = "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                + "\tboundary=simple\r\n\r\n--simple\r\nContent-Type: text/html;\r\n charset=GB18030\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(message.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes("<p>折叠的头部也能读出字符集，正文是一段足够长的中文。</p>".getBytes(Charset.forName("GB18030")));
        out.writeBytes("\r\n--simple--\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("折叠的头部也能读出字符集，正文是一段足够长的中文。\n", convert(out.toByteArray()).text());
    }

    /** Text after the closing delimiter (the epilogue) is not a part, even when it looks like one. */
    @Test
    void nothingAfterTheClosingDelimiterIsRead() {
        byte[] archive = new Archive("\r\n")
                .part("body { color: red }", "Content-Type: text/css")
                .line("--" + BOUNDARY + "--")
                .line("Content-Type: text/html")
                .line("")
                .line("<p>An epilogue dressed up as a page, with enough words.</p>")
                .cutOff();
        assertTrue(refusal(archive).contains("holds no HTML page"));
    }

    static Stream<Arguments> savedFrom() {
        String top = "Snapshot-Content-Location: https://www.gov.cn/zhengce/notice.htm";
        String part = "Content-Location: https://www.gov.cn/zhengce/frame.htm";
        return Stream.of(
                Arguments.of(new String[] { top }, part, "https://www.gov.cn/zhengce/notice.htm"),
                Arguments.of(new String[] { "Content-Location: https://news.cn/top.htm" }, part,
                        "https://news.cn/top.htm"),
                Arguments.of(new String[0], part, "https://www.gov.cn/zhengce/frame.htm"),
                Arguments.of(new String[0], "Content-Location: cid:frame-1@mhtml.blink", ""));
    }

    /** The archive's own address comes first, then the page part's; only a web address counts. */
    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("savedFrom")
    void theSavedFromAddressIsTheArticlesUrl(String[] topHeaders, String partHeader, String url) throws Exception {
        byte[] archive = new Archive("\r\n", topHeaders)
                .part("<p>A notice without an address of its own, long enough.</p>", "Content-Type: text/html",
                        partHeader)
                .close();
        assertEquals(url, convert(archive).url());
    }

    @Test
    void aSinglePartArchiveIsItsOwnPage() throws Exception {
        String message = "From: <Saved by Internet Explorer>\r\nSubject: notice\r\n"
                + "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: https://www.miit.gov.cn/notice.html\r\n\r\n"
                + qp("<p>单一部分的存档：整个正文就是网页本身，没有图片也没有样式。</p>", "\r\n");
        Conversion c = convert(message.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("单一部分的存档：整个正文就是网页本身，没有图片也没有样式。\n", c.text());
        assertEquals("https://www.miit.gov.cn/notice.html", c.url());
    }

    @Test
    void anArchiveCutOffBeforeItsEndKeepsThePageToTheLastByte() throws Exception {
        byte[] archive = new Archive("\r\n")
                .line("--" + BOUNDARY).line("Content-Type: text/html").line("")
                .line("<p>The download stopped here, in the middle of the last sentence.</p>")
                .cutOff();
        byte[] noFinalLineEnd = java.util.Arrays.copyOf(archive, archive.length - 2 - "</p>".length());
        assertEquals("The download stopped here, in the middle of the last sentence.\n", convert(noFinalLineEnd).text());
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("cut off inside the page part's headers",
                        new Archive("\r\n").line("--" + BOUNDARY).line("Content-Type: text/html").cutOff(),
                        "no article text found"),
                Arguments.of("cut off inside the closing delimiter",
                        cut(new Archive("\r\n").part("x", "Content-Type: image/png").close(), 3),
                        "holds no HTML page"),
                Arguments.of("cut off after its own headers",
                        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b".getBytes(
                                StandardCharsets.US_ASCII),
                        "holds no HTML page"),
                Arguments.of("a base64 page that is not base64",
                        new Archive("\r\n").part("PHA+**not base64**", "Content-Type: text/html",
                                "Content-Transfer-Encoding: base64").close(),
                        "its page is not valid base64"),
                Arguments.of("a part whose headers never end",
                        new Archive("\r\n").line("--" + BOUNDARY).line("Content-Type: text/html")
                                .line("X-Padding: " + "x".repeat(70 * 1024)).line("").line("<p>page</p>").close(),
                        "headers are longer than 64 KB"));
    }

    private static byte[] cut(byte[] bytes, int drop) {
        return java.util.Arrays.copyOf(bytes, bytes.length - drop);
    }

    /** A damaged archive is refused with one line saying what is wrong, never with a crash. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void aDamagedArchiveIsRefusedInOneLine(String what, byte[] archive, String reason) {
        String message = refusal(archive);
        assertTrue(message.contains(reason), message);
        assertEquals(1, message.lines().count(), message);
    }

    /** The bound is on the page part alone: a part of exactly 64 MB is decoded (here, and found not base64). */
    @Test
    void aPageOfExactly64MbIsDecoded() {
        byte[] head = new Archive("\r\n").line("--" + BOUNDARY).line("Content-Type: text/html")
                .line("Content-Transfer-Encoding: base64").line("").cutOff();
        int page = 64 * 1024 * 1024;
        byte[] archive = java.util.Arrays.copyOf(head, head.length + page + 2);
        java.util.Arrays.fill(archive, head.length, head.length + page, (byte) '!'); // not base64: skipped
        byte[] tail = "AAA=AAAA\r\n".getBytes(StandardCharsets.US_ASCII); // base64 after its padding: invalid
        System.arraycopy(tail, 0, archive, archive.length - tail.length, tail.length);
        assertTrue(refusal(archive).contains("its page is not valid base64"));
    }

    @Test
    void aPageLargerThan64MbIsRefusedBeforeItIsDecoded() {
        byte[] head = new Archive("\r\n").line("--" + BOUNDARY).line("Content-Type: text/html").line("").cutOff();
        byte[] archive = java.util.Arrays.copyOf(head, head.length + 64 * 1024 * 1024 + 1);
        java.util.Arrays.fill(archive, head.length, archive.length, (byte) 'a');
        assertTrue(refusal(archive).contains("its page is larger than 64 MB"));
    }
}
