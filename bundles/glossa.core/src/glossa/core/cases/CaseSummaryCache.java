package glossa.core.cases;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import glossa.core.io.AtomicFileWriter;
import glossa.core.io.SidecarStore;
import glossa.model.AnnotationStatus;

/**
 * The file that keeps a case's {@link ArticleSummary article summaries} between openings, so the Case Summary shows
 * at once instead of parsing every sidecar. Where it lives is the caller's choice (the workbench keeps it in the
 * project's working location, outside the project, so it never shows in the Project Explorer nor travels with an
 * export); it is a cache: losing it costs one full load, nothing else.
 *
 * <p>Format (big-endian, {@link java.io.DataOutput} primitives): magic {@code "GLCS"}, int {@link #FORMAT_VERSION},
 * int sidecar format version the summaries were read with ({@link SidecarStore#CURRENT_VERSION}), long time written
 * (ms), int entry count, the entries, and a CRC-32 of everything before it. An entry: relative name, the four stamp
 * longs, optional title, int section count, its types (id, optional name, optional colour), its authors (optional
 * strings), its tallies (int type index, byte status or -1, int author index, int count). Strings are an int byte
 * length and UTF-8. Written atomically.</p>
 *
 * <p>Reading never throws for bad content: a missing, truncated, corrupted or other-version file reads as empty with
 * a {@link Contents#problem() problem} to log, and the next write replaces it. Entry names are not trusted: a name
 * that is absolute, has a {@code ..}, {@code .} or empty segment, a backslash or a drive letter is dropped and
 * counted in {@link Contents#rejected()}; the others are only ever looked up among the articles actually found.</p>
 */
public final class CaseSummaryCache {

    /** The version of this format; a file of another version is ignored and rewritten. */
    public static final int FORMAT_VERSION = 1;

    private static final byte[] MAGIC = { 'G', 'L', 'C', 'S' };
    private static final int MAX_STRING_BYTES = 1 << 20;

    /** What a cache file held: summaries by relative name, when it was written, and why it was ignored (or null). */
    public record Contents(Map<String, ArticleSummary> summaries, long writtenAtMillis, String problem, int rejected) {

        public static final Contents EMPTY = new Contents(Map.of(), 0, null, 0);

        public Contents {
            summaries = Map.copyOf(summaries);
        }
    }

    private CaseSummaryCache() {
    }

    /** Reads {@code file}; see the class comment. I/O errors other than a missing file become a problem too. */
    public static Contents read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Contents.EMPTY;
        } catch (IOException | RuntimeException e) {
            return ignored("cannot read " + file + ": " + e.getMessage());
        }
        return parse(bytes);
    }

    /** Parses the bytes of a cache file; never throws for bad content. */
    public static Contents parse(byte[] bytes) {
        if (bytes.length < MAGIC.length + 4 + 4 || !startsWithMagic(bytes)) {
            return ignored("not a case summary cache");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(MAGIC.length);
        int version = in.getInt();
        if (version != FORMAT_VERSION) {
            return ignored("cache format version " + version + ", this Glossa reads " + FORMAT_VERSION);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            return ignored("checksum mismatch (truncated or corrupted)");
        }
        ByteBuffer body = ByteBuffer.wrap(bytes, 0, bytes.length - 4);
        body.position(MAGIC.length + 4);
        try {
            int sidecarVersion = body.getInt();
            if (sidecarVersion != SidecarStore.CURRENT_VERSION) {
                return ignored("summaries of sidecar format " + sidecarVersion + ", this Glossa writes "
                        + SidecarStore.CURRENT_VERSION);
            }
            long writtenAt = body.getLong();
            int count = count(body, 8 * 4);
            Map<String, ArticleSummary> summaries = new LinkedHashMap<>();
            int rejected = 0;
            for (int i = 0; i < count; i++) {
                ArticleSummary summary = entry(body);
                if (isSafeRelativeName(summary.relativeName())) {
                    summaries.put(summary.relativeName(), summary);
                } else {
                    rejected++;
                }
            }
            if (body.hasRemaining()) {
                return ignored("unexpected bytes after the last entry");
            }
            return new Contents(summaries, writtenAt, null, rejected);
        } catch (BufferUnderflowException | IllegalArgumentException | CharacterCodingException e) {
            return ignored("malformed entry: " + e);
        }
    }

    /** Writes {@code summaries} to {@code file} atomically (creating its folder), stamped with the current time. */
    public static void write(Path file, Collection<ArticleSummary> summaries) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new AtomicFileWriter().write(file, bytes(summaries, System.currentTimeMillis()));
    }

    /** The file content for {@code summaries}. */
    public static byte[] bytes(Collection<ArticleSummary> summaries, long writtenAtMillis) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 + summaries.size() * 256);
        DataOutputStream out = new DataOutputStream(buffer);
        out.write(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeInt(SidecarStore.CURRENT_VERSION);
        out.writeLong(writtenAtMillis);
        out.writeInt(summaries.size());
        for (ArticleSummary summary : summaries) {
            write(out, summary);
        }
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        out.writeInt((int) crc.getValue());
        out.flush();
        return buffer.toByteArray();
    }

    /**
     * True for a name that stays inside the case folder whatever folder it is resolved against: '/'-separated, not
     * absolute, no empty, {@code .} or {@code ..} segment, no backslash, colon or control character.
     */
    public static boolean isSafeRelativeName(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.endsWith("/")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' || c == ':' || c < 0x20 || c == 0x7F) {
                return false;
            }
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static void write(DataOutputStream out, ArticleSummary summary) throws IOException {
        string(out, summary.relativeName());
        ArticleStamp stamp = summary.stamp();
        out.writeLong(stamp.articleSize());
        out.writeLong(stamp.articleModified());
        out.writeLong(stamp.sidecarSize());
        out.writeLong(stamp.sidecarModified());
        optional(out, summary.title());
        out.writeInt(summary.sectionCount());
        out.writeInt(summary.types().size());
        Map<String, Integer> typeIndex = new LinkedHashMap<>();
        for (ArticleSummary.TypeInfo type : summary.types()) {
            typeIndex.putIfAbsent(type.id(), typeIndex.size());
            string(out, type.id());
            optional(out, type.name());
            optional(out, type.color());
        }
        // Tallies may name types the article's codebook no longer lists: give them an index too.
        List<ArticleSummary.TypeInfo> extra = new ArrayList<>();
        for (ArticleSummary.Tally tally : summary.tallies()) {
            if (!typeIndex.containsKey(tally.typeId())) {
                typeIndex.put(tally.typeId(), summary.types().size() + extra.size());
                extra.add(new ArticleSummary.TypeInfo(tally.typeId(), null, null));
            }
        }
        out.writeInt(extra.size());
        for (ArticleSummary.TypeInfo type : extra) {
            string(out, type.id());
        }
        Map<String, Integer> authorIndex = new LinkedHashMap<>();
        List<String> authors = new ArrayList<>();
        for (ArticleSummary.Tally tally : summary.tallies()) {
            if (!authorIndex.containsKey(tally.author())) {
                authorIndex.put(tally.author(), authors.size());
                authors.add(tally.author());
            }
        }
        out.writeInt(authors.size());
        for (String author : authors) {
            optional(out, author);
        }
        out.writeInt(summary.tallies().size());
        for (ArticleSummary.Tally tally : summary.tallies()) {
            out.writeInt(typeIndex.get(tally.typeId()));
            out.writeByte(tally.status() == null ? -1 : tally.status().getValue());
            out.writeInt(authorIndex.get(tally.author()));
            out.writeInt(tally.count());
        }
    }

    private static ArticleSummary entry(ByteBuffer in) throws CharacterCodingException {
        String name = string(in);
        ArticleStamp stamp = new ArticleStamp(in.getLong(), in.getLong(), in.getLong(), in.getLong());
        String title = optional(in);
        int sections = in.getInt();
        int typeCount = count(in, 4);
        List<ArticleSummary.TypeInfo> types = new ArrayList<>(typeCount);
        List<String> typeIds = new ArrayList<>(typeCount);
        for (int t = 0; t < typeCount; t++) {
            ArticleSummary.TypeInfo type = new ArticleSummary.TypeInfo(string(in), optional(in), optional(in));
            types.add(type);
            typeIds.add(type.id());
        }
        int extraCount = count(in, 4);
        for (int t = 0; t < extraCount; t++) {
            typeIds.add(string(in));
        }
        int authorCount = count(in, 1);
        List<String> authors = new ArrayList<>(authorCount);
        for (int a = 0; a < authorCount; a++) {
            authors.add(optional(in));
        }
        int tallyCount = count(in, 13);
        List<ArticleSummary.Tally> tallies = new ArrayList<>(tallyCount);
        for (int t = 0; t < tallyCount; t++) {
            String typeId = typeIds.get(index(in.getInt(), typeIds.size()));
            byte status = in.get();
            AnnotationStatus s = status == -1 ? null : AnnotationStatus.get(status);
            if (status != -1 && s == null) {
                throw new IllegalArgumentException("unknown status " + status);
            }
            String author = authors.get(index(in.getInt(), authors.size()));
            int n = in.getInt();
            if (n < 0) {
                throw new IllegalArgumentException("negative count");
            }
            tallies.add(new ArticleSummary.Tally(typeId, s, author, n));
        }
        if (sections < 0) {
            throw new IllegalArgumentException("negative section count");
        }
        return new ArticleSummary(name, stamp, title, sections, types, tallies);
    }

    /** A non-negative count whose items (at least {@code minBytes} each) can still fit in the remaining bytes. */
    private static int count(ByteBuffer in, int minBytes) {
        int n = in.getInt();
        if (n < 0 || (long) n * minBytes > in.remaining()) {
            throw new IllegalArgumentException("count " + n + " exceeds the file");
        }
        return n;
    }

    private static int index(int i, int size) {
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException("index " + i + " out of " + size);
        }
        return i;
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > MAX_STRING_BYTES) {
            // Only a pathological title or author gets here; cut it at a character boundary.
            utf8 = value.substring(0, Math.min(value.length(), MAX_STRING_BYTES / 4)).getBytes(StandardCharsets.UTF_8);
        }
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void optional(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            string(out, value);
        }
    }

    private static String string(ByteBuffer in) throws CharacterCodingException {
        int length = in.getInt();
        if (length < 0 || length > MAX_STRING_BYTES || length > in.remaining()) {
            throw new IllegalArgumentException("string length " + length);
        }
        ByteBuffer slice = in.slice(in.position(), length);
        in.position(in.position() + length);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice).toString();
    }

    private static String optional(ByteBuffer in) throws CharacterCodingException {
        byte present = in.get();
        if (present == 0) {
            return null;
        }
        if (present != 1) {
            throw new IllegalArgumentException("bad flag " + present);
        }
        return string(in);
    }

    private static boolean startsWithMagic(byte[] bytes) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static Contents ignored(String problem) {
        return new Contents(Map.of(), 0, problem, 0);
    }
}
