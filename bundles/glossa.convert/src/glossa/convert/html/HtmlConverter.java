package glossa.convert.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import glossa.convert.Conversion;
import glossa.convert.ConversionException;
import glossa.convert.Converter;
import glossa.convert.TextBlocks;

/**
 * A saved web page: its main article as text (navigation, headers, footers, share bars, comments and "related"
 * lists left out), headings as {@code #} lines, and the page's own title, author, date, site and address. A page
 * saved as one file ({@code .mhtml}/{@code .mht}, a MIME archive) is read through its HTML part ({@link MhtmlArchive}).
 */
public final class HtmlConverter implements Converter {

    /** Fewer letters than this after extraction: the page has no article body (a login wall, an empty shell). */
    static final int MIN_BODY_CHARS = 20;

    @Override
    public String id() {
        return "html";
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm", "xhtml", "mhtml", "mht");
    }

    @Override
    public String label() {
        return "Web pages";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Conversion convert(byte[] source, String sourceName) throws ConversionException {
        String savedFrom = "";
        if (MhtmlArchive.isArchive(source)) {
            MhtmlArchive.Page part = MhtmlArchive.page(source);
            source = part.html();
            savedFrom = part.location();
        }
        Document page;
        try {
            // The charset comes from a byte order mark or <meta charset>, else UTF-8; no base URI: nothing is fetched.
            page = Jsoup.parse(new ByteArrayInputStream(source), isUtf8(source) ? "UTF-8" : null, "");
        } catch (IOException | RuntimeException e) {
            throw new ConversionException("not a readable web page: " + e.getMessage(), e);
        }
        HtmlMetadata metadata = HtmlMetadata.of(page);
        Element main = MainContent.find(page);
        String title = metadata.title();
        // No <title> and no metadata (a page cut from a portal, as gov.cn serves its notices): the bold lines that
        // open the article are its title, already in the text.
        boolean titleInBody = title.isEmpty() && main != null && !(title = HtmlText.leadingBoldTitle(main)).isEmpty();
        if (main != null) {
            MainContent.removeBeforeTitle(main, title);
        }
        TextBlocks blocks = new TextBlocks();
        if (!titleInBody && (main == null || !HtmlText.containsHeading(main, title))) {
            // The title sits outside the article body (a page header): keep it as the first line all the same.
            blocks.heading(1, title);
        }
        int titleLength = blocks.length();
        if (main != null) {
            HtmlText.append(main, blocks);
        }
        String text = blocks.toString();
        if (main == null || letters(text.substring(Math.min(titleLength, text.length()))) < MIN_BODY_CHARS) {
            throw new ConversionException("no article text found in the page (nothing but navigation, or no body)");
        }
        String url = metadata.url().isEmpty() && savedFrom.matches("(?i)https?://\\S+") ? savedFrom : metadata.url();
        return new Conversion(text, title, metadata.author(), metadata.published(), metadata.site(), url, List.of());
    }

    /**
     * Valid UTF-8 with some non-ASCII text: a page re-saved by a browser or a tool often keeps its old
     * {@code <meta charset=gb2312>} while its bytes are UTF-8; long text that decodes as strict UTF-8 is UTF-8.
     */
    static boolean isUtf8(byte[] bytes) {
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
