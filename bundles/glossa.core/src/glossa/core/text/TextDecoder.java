package glossa.core.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Turns the bytes of an article file into text, detecting the encoding. Decoding is strict: a byte sequence that is
 * invalid in the chosen encoding raises a {@link TextDecodingException} naming the line and column of the first bad
 * byte, never a silent U+FFFD. Line endings are kept as they are, so offsets into the text match the file.
 *
 * <p>Order of decisions: a byte order mark (UTF-8, UTF-16LE/BE, GB18030) wins; then NUL bytes mark BOM-less
 * UTF-16 or a binary file; then valid UTF-8 is UTF-8; then a caller's hint (e.g. the encoding recorded in the
 * sidecar) if it decodes cleanly; then ICU's {@link CharsetDetector} picks among UTF-16 and GB18030 (GBK and GB2312 are read as their superset
 * GB18030).</p>
 */
public final class TextDecoder {

    /** GB18030 is in every Java runtime we support; the name is the one {@link Charset#forName} knows. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final byte[] UTF16LE_BOM = { (byte) 0xFF, (byte) 0xFE };
    private static final byte[] UTF16BE_BOM = { (byte) 0xFE, (byte) 0xFF };
    private static final byte[] GB18030_BOM = { (byte) 0x84, 0x31, (byte) 0x95, 0x33 };

    /** ICU confidence (0..100) from which a detected GB or UTF-16 guess is trusted. */
    private static final int MIN_CONFIDENCE = 10;

    /**
     * Non-ASCII characters that must decode as UTF-8 before a bad byte for the file to count as broken UTF-8 rather
     * than another encoding: other encodings seldom form even one or two valid UTF-8 sequences in a row.
     */
    private static final int UTF8_EVIDENCE = 4;

    private TextDecoder() {
    }

    public static ArticleText decode(Path file) throws IOException {
        return decode(Files.readAllBytes(file), file.toString(), null);
    }

    public static ArticleText decode(Path file, Charset hint) throws IOException {
        return decode(Files.readAllBytes(file), file.toString(), hint);
    }

    public static ArticleText decode(byte[] bytes, String nameForErrors) throws TextDecodingException {
        return decode(bytes, nameForErrors, null);
    }

    /**
     * @param hint the encoding recorded when the article was last saved, or null. It decides only what the bytes
     *             leave open (e.g. pure ASCII, or non-UTF-8 bytes it decodes cleanly); a BOM or valid UTF-8 wins.
     */
    public static ArticleText decode(byte[] bytes, String nameForErrors, Charset hint) throws TextDecodingException {
        if (startsWith(bytes, UTF8_BOM)) {
            return strict(bytes, UTF8_BOM.length, StandardCharsets.UTF_8, true, nameForErrors);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return strict(bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE, true, nameForErrors);
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return strict(bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE, true, nameForErrors);
        }
        if (startsWith(bytes, GB18030_BOM)) {
            return strict(bytes, GB18030_BOM.length, GB18030, true, nameForErrors);
        }
        int nuls = countNuls(bytes);
        if (nuls > 0) {
            Charset utf16 = hint != null && isUtf16(hint) && tryDecode(bytes, hint) != null ? hint
                    : utf16ByNulPositions(bytes);
            if (utf16 == null) {
                utf16 = utf16ByCodeUnitRanges(bytes); // Chinese UTF-16 with a few ASCII letters
            }
            if (utf16 == null) {
                throw new TextDecodingException(nameForErrors, 0, 0, "looks like a binary file (" + nuls
                        + " NUL bytes), not a text article");
            }
            return strict(bytes, 0, utf16, false, nameForErrors);
        }
        String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null && (hint == null || !isAscii(bytes) || isUtf16(hint))) {
            // Valid UTF-8 is UTF-8; only pure ASCII keeps a hinted ASCII-compatible encoding (same bytes either way).
            return new ArticleText(utf8, StandardCharsets.UTF_8, false);
        }
        if (hint != null) {
            String text = tryDecode(bytes, hint);
            if (text != null) {
                return new ArticleText(text, hint, false);
            }
        }
        if (utf8 != null) {
            return new ArticleText(utf8, StandardCharsets.UTF_8, false);
        }
        Charset detected = nonAsciiBeforeFirstUtf8Error(bytes) >= UTF8_EVIDENCE ? null : detect(bytes);
        if (detected != null) {
            return strict(bytes, 0, detected, false, nameForErrors);
        }
        // Neither UTF-8 nor anything we recognise: report the first byte that is not UTF-8.
        return strict(bytes, 0, StandardCharsets.UTF_8, false, nameForErrors);
    }

    /**
     * Strict UTF-8 (a UTF-8 byte order mark is skipped), for formats that are UTF-8 by definition such as JSON: the
     * first invalid byte is reported at its line and column.
     */
    public static String decodeUtf8(byte[] bytes, String nameForErrors) throws TextDecodingException {
        int offset = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        return strict(bytes, offset, StandardCharsets.UTF_8, offset > 0, nameForErrors).text();
    }

    /** ICU's guess among the encodings Glossa reads, or null. GBK and GB2312 become GB18030, their superset. */
    private static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            Charset charset = switch (match.getName()) {
                case "GB18030", "GBK", "GB2312", "EUC-CN" -> GB18030;
                case "UTF-16LE" -> StandardCharsets.UTF_16LE;
                case "UTF-16BE" -> StandardCharsets.UTF_16BE;
                default -> null;
            };
            if (charset != null && tryDecode(bytes, charset) != null) {
                return charset;
            }
        }
        Charset utf16 = utf16ByCodeUnitRanges(bytes);
        if (utf16 != null) {
            return utf16;
        }
        // The best supported guess even if it does not decode cleanly, so that its first bad byte gets reported.
        for (CharsetMatch match : matches) {
            if (match.getConfidence() >= MIN_CONFIDENCE && match.getName().startsWith("GB")) {
                return GB18030;
            }
        }
        return null;
    }

    /**
     * BOM-less UTF-16 of mostly ASCII text has a NUL in every other byte: odd positions for little endian, even
     * positions for big endian. A binary file has NULs without such a pattern.
     */
    private static Charset utf16ByNulPositions(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int units = bytes.length / 2;
        if (odd > 0 && even == 0 && odd * 4 >= units) {
            return StandardCharsets.UTF_16LE;
        }
        if (even > 0 && odd == 0 && even * 4 >= units) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * BOM-less UTF-16 of Chinese text has no NULs; read both ways, it is the one whose code units are mostly CJK
     * ideographs, CJK punctuation, full-width forms or ASCII.
     */
    private static Charset utf16ByCodeUnitRanges(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int le = 0;
        int be = 0;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int lo = bytes[i] & 0xFF;
            int hi = bytes[i + 1] & 0xFF;
            le += plausible((hi << 8) | lo) ? 1 : 0;
            be += plausible((lo << 8) | hi) ? 1 : 0;
        }
        int units = bytes.length / 2;
        if (le * 10 >= units * 9 && le > be) {
            return tryDecode(bytes, StandardCharsets.UTF_16LE) != null ? StandardCharsets.UTF_16LE : null;
        }
        if (be * 10 >= units * 9 && be > le) {
            return tryDecode(bytes, StandardCharsets.UTF_16BE) != null ? StandardCharsets.UTF_16BE : null;
        }
        return null;
    }

    private static boolean plausible(int unit) {
        return unit == '\n' || unit == '\r' || unit == '\t' || (unit >= 0x20 && unit < 0x7F)
                || (unit >= 0x3000 && unit <= 0x303F) || (unit >= 0x4E00 && unit <= 0x9FFF)
                || (unit >= 0xFF00 && unit <= 0xFFEF) || (unit >= 0x2000 && unit <= 0x206F);
    }

    private static boolean isUtf16(Charset charset) {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)
                || charset.equals(StandardCharsets.UTF_16);
    }

    private static int nonAsciiBeforeFirstUtf8Error(byte[] bytes) {
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        strictDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes), out, true);
        out.flip();
        int count = 0;
        while (out.hasRemaining()) {
            count += out.get() >= 0x80 ? 1 : 0;
        }
        return count;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static int countNuls(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            if (b == 0) {
                n++;
            }
        }
        return n;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The text, or null when the bytes are not valid in {@code charset}. */
    private static String tryDecode(byte[] bytes, Charset charset) {
        try {
            return strictDecoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static ArticleText strict(byte[] bytes, int offset, Charset charset, boolean bom, String name)
            throws TextDecodingException {
        CharsetDecoder decoder = strictDecoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw badByte(bytes, in.position(), offset, out, charset, name);
        }
        out.flip();
        return new ArticleText(out.toString(), charset, bom);
    }

    private static TextDecodingException badByte(byte[] bytes, int position, int start, CharBuffer decodedSoFar,
            Charset charset, String name) {
        String before = decodedSoFar.flip().toString();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = before.codePointCount(lineStart, before.length()) + 1;
        String hex = position < bytes.length ? String.format("0x%02X", bytes[position] & 0xFF) : "end of file";
        return new TextDecodingException(name, line, column, "invalid " + charset.name() + " byte " + hex
                + " at byte offset " + position + " (the file was read as " + charset.name() + ")");
    }
}
