package glossa.core.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decoded article text and how it was stored, so that a save writes it back the same way.
 *
 * @param text           the decoded text, line endings untouched, without a byte order mark
 * @param charset        the encoding of the file
 * @param byteOrderMark  whether the file started with a byte order mark
 */
public record ArticleText(String text, Charset charset, boolean byteOrderMark) {

    public ArticleText {
        Objects.requireNonNull(text);
        Objects.requireNonNull(charset);
    }

    public static ArticleText of(String text) {
        return new ArticleText(text, StandardCharsets.UTF_8, false);
    }

    public ArticleText withText(String newText) {
        return new ArticleText(newText, charset, byteOrderMark);
    }
}
