package glossa.convert.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import glossa.convert.ConversionException;

/**
 * A page saved as a single file by a browser ({@code .mhtml}/{@code .mht}, RFC 2557): a MIME message whose first
 * {@code text/html} part is the page, quoted-printable or base64 encoded, followed by its images and styles. Only that
 * part is decoded; the others are skipped unread. Bounded: at most {@link #MAX_PARTS} parts, {@link #MAX_HEADER_BYTES}
 * of headers per part, and the page part at most {@link #MAX_PAGE_BYTES} once decoded.
 */
final class MhtmlArchive {

    static final int MAX_PARTS = 10_000;
    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final int MAX_PAGE_BYTES = 64 * 1024 * 1024;

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");

    /** The page part: its HTML as UTF-8 bytes and the address it was saved from (may be empty). */
    record Page(byte[] html, String location) {
    }

    private final byte[] bytes;
    private int position;

    private MhtmlArchive(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Whether the bytes are a MIME message (headers with a Content-Type before any markup), not HTML. */
    static boolean isArchive(byte[] source) {
        int limit = Math.min(source.length, MAX_HEADER_BYTES);
        String head = new String(source, 0, limit, StandardCharsets.ISO_8859_1);
        int end = headerEnd(head);
        String headers = end < 0 ? head : head.substring(0, end);
        return !headers.stripLeading().startsWith("<")
                && Pattern.compile("(?im)^content-type:\\s*(multipart/related|text/html)").matcher(headers).find();
    }

    /** The page part of an archive. */
    static Page page(byte[] source) throws ConversionException {
        return new MhtmlArchive(source).readPage();
    }

    private Page readPage() throws ConversionException {
        Map<String, String> top = headers();
        String type = top.getOrDefault("content-type", "");
        String location = top.getOrDefault("snapshot-content-location", top.getOrDefault("content-location", ""));
        if (!type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            // A single-part archive: the body is the page.
            return new Page(decode(top, bytes.length), location);
        }
        Matcher boundary = BOUNDARY.matcher(type);
        if (!boundary.find()) {
            throw new ConversionException("not a readable web archive: its multipart Content-Type has no boundary");
        }
        byte[] delimiter = ("--" + (boundary.group(1) != null ? boundary.group(1) : boundary.group(2)))
                .getBytes(StandardCharsets.ISO_8859_1);
        int start = indexOf(delimiter, position);
        for (int parts = 0; start >= 0; parts++) {
            if (parts >= MAX_PARTS) {
                throw new ConversionException("not a readable web archive: more than " + MAX_PARTS + " parts");
            }
            position = start + delimiter.length;
            if (position + 1 < bytes.length && bytes[position] == '-' && bytes[position + 1] == '-') {
                break; // the closing delimiter
            }
            skipLineEnd();
            Map<String, String> part = headers();
            int next = indexOf(delimiter, position);
            int end = next < 0 ? bytes.length : next;
            if (part.getOrDefault("content-type", "").toLowerCase(Locale.ROOT).startsWith("text/html")) {
                String partLocation = part.getOrDefault("content-location", "");
                return new Page(decode(part, trimLineEnd(end)), location.isEmpty() ? partLocation : location);
            }
            start = next;
        }
        throw new ConversionException("not a readable web archive: it holds no HTML page");
    }

    /** The headers from {@link #position} to the blank line after them, names lower case, folded lines unfolded. */
    private Map<String, String> headers() throws ConversionException {
        int limit = Math.min(bytes.length, position + MAX_HEADER_BYTES);
        String block = new String(bytes, position, limit - position, StandardCharsets.ISO_8859_1);
        int end = headerEnd(block);
        if (end < 0) {
            if (limit < bytes.length) {
                throw new ConversionException("not a readable web archive: a part's headers are longer than "
                        + MAX_HEADER_BYTES / 1024 + " KB");
            }
            end = block.length();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String name = null;
        for (String line : block.substring(0, end).split("\r?\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                headers.merge(name, " " + line.strip(), String::concat);
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    headers.putIfAbsent(name, line.substring(colon + 1).strip());
                }
            }
        }
        position += end;
        skipLineEnd();
        skipLineEnd();
        return headers;
    }

    /** The offset of the blank line ending a header block, or -1. */
    private static int headerEnd(String block) {
        int crlf = block.indexOf("\r\n\r\n");
        int lf = block.indexOf("\n\n");
        if (crlf < 0) {
            return lf;
        }
        return lf < 0 ? crlf : Math.min(crlf, lf);
    }

    /** The body from {@link #position} to {@code end}, transfer-decoded, as UTF-8 (from its declared charset). */
    private byte[] decode(Map<String, String> headers, int end) throws ConversionException {
        if (end - position > MAX_PAGE_BYTES) {
            throw new ConversionException("not a readable web archive: its page is larger than "
                    + MAX_PAGE_BYTES / (1024 * 1024) + " MB");
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, position, Math.max(position, end));
        String encoding = headers.getOrDefault("content-transfer-encoding", "").strip().toLowerCase(Locale.ROOT);
        try {
            body = switch (encoding) {
                case "quoted-printable" -> quotedPrintable(body);
                case "base64" -> Base64.getMimeDecoder().decode(body);
                default -> body; // 7bit, 8bit, binary
            };
        } catch (IllegalArgumentException e) {
            throw new ConversionException("not a readable web archive: its page is not valid " + encoding, e);
        }
        Matcher charset = CHARSET.matcher(headers.getOrDefault("content-type", ""));
        if (charset.find()) {
            String name = charset.group(1) != null ? charset.group(1) : charset.group(2);
            try {
                Charset declared = Charset.forName(name.strip());
                if (!declared.equals(StandardCharsets.UTF_8)) {
                    body = new String(body, declared).getBytes(StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                // An unknown charset: the page's own <meta charset> (or UTF-8) decides, as for a plain page.
            }
        }
        return body;
    }

    /** RFC 2045 quoted-printable: {@code =XX} a byte, {@code =} at a line end a soft break. */
    static byte[] quotedPrintable(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b != '=') {
                out.write(b);
            } else if (i + 1 < in.length && in[i + 1] == '\n') {
                i += 1;
            } else if (i + 2 < in.length && in[i + 1] == '\r' && in[i + 2] == '\n') {
                i += 2;
            } else if (i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else {
                out.write(b); // a lone '=' is kept, as most readers do
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    private void skipLineEnd() {
        if (position < bytes.length && bytes[position] == '\r') {
            position++;
        }
        if (position < bytes.length && bytes[position] == '\n') {
            position++;
        }
    }

    /** The end of a part's body: the line end before the next delimiter belongs to the delimiter. */
    private int trimLineEnd(int end) {
        if (end > position && bytes[end - 1] == '\n') {
            end--;
            if (end > position && bytes[end - 1] == '\r') {
                end--;
            }
        }
        return end;
    }

    private int indexOf(byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            // A delimiter starts a line.
            if (i == 0 || bytes[i - 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
