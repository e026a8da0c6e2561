package glossa.exchange.refiqda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import glossa.exchange.imports.ImportFormatException;

/**
 * The entries of a {@code .qdpx} archive that an import needs ({@code project.qde} and {@code Sources/*}), read with
 * limits that do not trust the archive: at most {@link #MAX_ENTRIES} entries, each bounded by what it inflates to
 * (not by the size its header claims), and a bound on the total, so a zip bomb stops early. Entry names are never
 * used as paths: one that could escape a folder ({@code ..}, absolute, a drive letter, a backslash) is refused, so
 * the archive is rejected rather than half trusted.
 */
public final class QdpxArchive {

    public static final int MAX_ENTRIES = 20_000;
    /** project.qde of 200,000 annotations is about 150 MB. */
    public static final long MAX_PROJECT_BYTES = 1L << 30;
    /** A source: as large as an article Glossa opens (glossa.core.io.ArticleStore.MAX_ARTICLE_BYTES). */
    public static final long MAX_SOURCE_BYTES = 20L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 3L << 30;

    /** Reads {@code project.qde} from its entry's stream while it inflates (the stream is bounded, not closed). */
    @FunctionalInterface
    public interface ProjectReader {
        QdeProject read(InputStream projectQde) throws ImportFormatException;
    }

    private final byte[] project;
    private final QdeProject parsed;
    /** Lower-case entry name ("sources/<guid>.txt") to its bytes. */
    private final Map<String, byte[]> sources;

    private QdpxArchive(byte[] project, QdeProject parsed, Map<String, byte[]> sources) {
        this.project = project;
        this.parsed = parsed;
        this.sources = sources;
    }

    /** @param file the archive's name for messages */
    public static QdpxArchive read(InputStream in, String file) throws IOException {
        return read(in, file, null);
    }

    /**
     * Reads the archive, handing {@code project.qde} to {@code reader} as it inflates, when there is a reader: a
     * project of 200,000 codings is 120 MB of XML, and holding it whole cost a quarter of an import in copies
     * (grow, copy out) and in the garbage collector. Without a reader its bytes are kept ({@link #project()}).
     */
    public static QdpxArchive read(InputStream in, String file, ProjectReader reader) throws IOException {
        byte[] project = null;
        QdeProject parsed = null;
        Map<String, byte[]> sources = new HashMap<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(in, java.nio.charset.StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new ImportFormatException(1, 1, file + ": more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                checkName(name, file);
                String lower = name.toLowerCase(Locale.ROOT);
                boolean isProject = lower.equals(RefiQda.PROJECT_ENTRY);
                boolean isSource = lower.startsWith("sources/") && !entry.isDirectory();
                long limit = isProject ? MAX_PROJECT_BYTES : MAX_SOURCE_BYTES;
                if (isProject && reader != null) {
                    BoundedEntry bounded = new BoundedEntry(zip, Math.min(limit, MAX_TOTAL_BYTES - total), name, file);
                    parsed = bounded.parse(reader);
                    total += bounded.inflated();
                    continue;
                }
                // project.qde is often 100 MB or more: start big rather than copy it through twenty doublings.
                ByteArrayOutputStream kept = isProject ? new ByteArrayOutputStream(4 << 20)
                        : isSource ? new ByteArrayOutputStream(64 << 10) : null;
                total += readBounded(zip, Math.min(limit, MAX_TOTAL_BYTES - total), name, file, kept);
                byte[] bytes = kept == null ? null : kept.toByteArray();
                if (isProject) {
                    project = bytes;
                } else if (isSource) {
                    sources.put(lower, bytes);
                }
            }
        } catch (ZipException e) {
            throw new ImportFormatException(1, 1, file + ": not a readable zip archive (" + e.getMessage() + ")");
        }
        if (project == null && parsed == null) {
            throw new ImportFormatException(1, 1, file + ": no " + RefiQda.PROJECT_ENTRY + " in the archive (not a "
                    + "REFI-QDA project)");
        }
        return new QdpxArchive(parsed == null ? project : null, parsed, sources);
    }

    private static void checkName(String name, String file) throws ImportFormatException {
        String n = name.replace('\\', '/');
        boolean escapes = name.indexOf('\\') >= 0 || n.startsWith("/") || n.matches("^[A-Za-z]:.*")
                || n.indexOf('\0') >= 0;
        for (String part : n.split("/")) {
            escapes |= part.equals("..");
        }
        if (escapes) {
            throw new ImportFormatException(1, 1, file + ": entry '" + QdeReader.abbreviate(name)
                    + "' has a path that could leave the archive's folder (zip slip); nothing imported");
        }
    }

    /**
     * Inflates an entry into {@code out} (or nowhere, when null), failing as soon as it passes {@code limit} bytes;
     * returns the bytes inflated. Entries the import ignores count towards the total too.
     */
    private static long readBounded(InputStream in, long limit, String name, String file, ByteArrayOutputStream out)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit, name, file);
            }
            if (out != null) {
                out.write(buffer, 0, n);
            }
        }
        return read;
    }

    static ImportFormatException tooLarge(long limit, String name, String file) {
        return new ImportFormatException(1, 1, file + ": entry '" + QdeReader.abbreviate(name) + "' inflates to more "
                + "than " + limit / (1024 * 1024) + " MiB (a zip bomb?); nothing imported");
    }

    /** The bytes of {@code project.qde}; null when it was read as it inflated ({@link #parsed()}). */
    public byte[] project() {
        return project;
    }

    /** {@code project.qde} as the {@link ProjectReader} given to {@link #read(InputStream, String, ProjectReader)} read it. */
    public QdeProject parsed() {
        return parsed;
    }

    /**
     * The bytes of an internal file named by {@code internal://NAME} (the part after the scheme), looked up in
     * {@code Sources/} in any case; null when absent.
     */
    public byte[] internal(String path) {
        if (path == null || !path.regionMatches(true, 0, RefiQda.INTERNAL, 0, RefiQda.INTERNAL.length())) {
            return null;
        }
        String name = path.substring(RefiQda.INTERNAL.length());
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        return sources.get("sources/" + name.toLowerCase(Locale.ROOT));
    }
}
