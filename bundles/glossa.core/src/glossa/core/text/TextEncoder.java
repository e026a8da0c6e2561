package glossa.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * Turns an {@link ArticleText} back into the bytes of its file: same encoding, the byte order mark only if the file
 * had one, line endings untouched. Strict: a character the encoding cannot hold (e.g. a lone surrogate) is an error
 * rather than a silent '?'.
 */
public final class TextEncoder {

    private TextEncoder() {
    }

    public static byte[] encode(ArticleText articleText) throws CharacterCodingException {
        String text = articleText.byteOrderMark() ? "\uFEFF" + articleText.text() : articleText.text();
        CharsetEncoder encoder = articleText.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
