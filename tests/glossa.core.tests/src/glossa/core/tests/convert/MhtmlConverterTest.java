package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.convert.Conversion;
import glossa.convert.ConversionException;
import glossa.convert.ConverterRegistry;
import glossa.convert.SourceConversion;
import glossa.convert.html.HtmlConverter;
import glossa.core.io.ArticleStore;

/**
 * Pages saved as one file (.mhtml, a MIME archive as Chrome writes it): the HTML part, quoted-printable or base64,
 * in its declared charset, gives the same article as the page saved as .html; hostile archives are refused in one line.
 */
class MhtmlConverterTest {

    private static final String BOUNDARY = "----MultipartBoundary--x7Yq0XJ3pLkT----";
    private static final String SAVED_FROM = "https://tech.gmw.cn/2018-03/26/content_28111230.htm";

    @TempDir
    Path dir;

    /** Quoted-printable as browsers write it: non-ASCII and '=' as =XX, soft line breaks after 72 characters. */
    private static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (byte b : bytes) {
            int c = b & 0xff;
            String piece;
            if (c == '\n') {
                out.append("\r\n");
                column = 0;
                continue;
            } else if (c >= 32 && c < 127 && c != '=') {
                piece = String.valueOf((char) c);
            } else {
                piece = String.format("=%02X", c);
            }
            if (column + piece.length() > 72) {
                out.append("=\r\n");
                column = 0;
            }
            out.append(piece);
            column += piece.length();
        }
        return out.toString();
    }

    private static byte[] archive(String htmlPartHeaders, String htmlBody) {
        String message = "From: <Saved by Blink>\r\n"
                + "Snapshot-Content-Location: " + SAVED_FROM + "\r\n"
                + "Subject: =?utf-8?Q?saved?=\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + BOUNDARY + "\"\r\n"
                + "\r\n\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "Content-Type: image/png\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "Content-Location: https://img.gmw.cn/logo.png\r\n\r\n"
                + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\r\n"
                + "--" + BOUNDARY + "\r\n"
                + htmlPartHeaders + "Content-Location: " + SAVED_FROM + "\r\n\r\n"
                + htmlBody + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
        return message.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Conversion convert(byte[] bytes) throws ConversionException {
        return new HtmlConverter().convert(bytes, "page.mhtml");
    }

    @Test
    void aQuotedPrintableArchiveGivesTheSameArticleAsTheHtml() throws Exception {
        byte[] html = Sources.bytes("gmw-astronaut-alcohol.zh.html");
        Conversion plain = new HtmlConverter().convert(html, "page.html");
        Conversion saved = convert(archive("Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n", quotedPrintable(html)));
        assertEquals(plain.text(), saved.text());
        assertEquals(plain.title(), saved.title());
        assertEquals(plain.author(), saved.author());
        assertTrue(saved.text().contains("宇航员"), saved.text().substring(0, 200));
    }

    @Test
    void aBase64PartInAnotherCharsetIsDecodedToTheSameText() throws Exception {
        byte[] html = Sources.bytes("gmw-astronaut-alcohol.zh.html");
        Conversion plain = new HtmlConverter().convert(html, "page.html");
        // The same page as a GB18030 part: its charset comes from the part's Content-Type.
        String page = new String(html, StandardCharsets.UTF_8).replaceAll("(?i)<meta[^>]*charset[^>]*>", "");
        byte[] gb = page.getBytes(Charset.forName("GB18030"));
        String base64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(gb);
        Conversion saved = convert(archive("Content-Type: text/html; charset=\"GB18030\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n", base64));
        assertEquals(plain.text(), saved.text());
    }

    @Test
    void theSavedFromAddressIsTheUrlWhenThePageNamesNone() throws Exception {
        String html = "<html><head><title>Export controls on chips</title></head><body><article>"
                + "<h1>Export controls on chips</h1><p>The ministry announced new export controls on advanced chips."
                + "</p></article></body></html>";
        Conversion saved = convert(archive("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n",
                quotedPrintable(html.getBytes(StandardCharsets.UTF_8))));
        assertEquals(SAVED_FROM, saved.url());
        assertTrue(saved.text().contains("The ministry announced new export controls"));
    }

    @Test
    void theImportFindsMhtmlAndRecordsTheHtmlConverter() throws Exception {
        assertEquals("html", ConverterRegistry.instance().forFile("Saved Page.MHTML").orElseThrow().id());
        assertEquals("html", ConverterRegistry.instance().forFile("old.mht").orElseThrow().id());
        Path source = dir.resolve("gmw.mhtml");
        Files.write(source, archive("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n",
                quotedPrintable(Sources.bytes("gmw-astronaut-alcohol.zh.html"))));
        SourceConversion.Result result = new SourceConversion().convert(source, null, null);
        assertEquals(dir.resolve("gmw.txt"), result.article());
        assertEquals("html", new ArticleStore().open(result.article(), null).document().getProvenance().getConverter());
    }

    @Test
    void hostileArchivesAreRefusedInOneLine() {
        byte[] noPage = archive("Content-Type: text/css\r\n", "body { color: red }");
        assertTrue(assertThrows(ConversionException.class, () -> convert(noPage)).getMessage()
                .contains("holds no HTML page"));

        byte[] noBoundary = "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"\r\n\r\nx"
                .getBytes(StandardCharsets.US_ASCII);
        assertTrue(assertThrows(ConversionException.class, () -> convert(noBoundary)).getMessage()
                .contains("no boundary"));

        StringBuilder many = new StringBuilder("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n");
        for (int i = 0; i < 10_001; i++) {
            many.append("--b\r\nContent-Type: image/png\r\n\r\nx\r\n");
        }
        byte[] tooMany = many.toString().getBytes(StandardCharsets.US_ASCII);
        ConversionException e = assertThrows(ConversionException.class, () -> convert(tooMany));
        assertTrue(e.getMessage().contains("more than 10000 parts"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
