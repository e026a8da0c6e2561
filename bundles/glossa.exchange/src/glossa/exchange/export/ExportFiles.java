package glossa.exchange.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import glossa.core.io.AtomicFileWriter;
import glossa.exchange.ExportFormat;

/**
 * Writes an export: streamed into {@link AtomicFileWriter}'s temporary file, which replaces the destination only
 * when complete, and stopped by a size guard before it can fill the disk. Whatever stops the export (the guard, an
 * exporter's error, a cancel) deletes the temporary file; a killed process leaves at most one, which the next write
 * of the same destination removes.
 */
public final class ExportFiles {

    /**
     * The largest export written: 1 GiB, or the system property {@value #MAX_BYTES_PROPERTY} (bytes). Reports are
     * linear in text and annotations, so a real case stays far below it (50,000 annotations on a 1 MB article give
     * about 30 MB of HTML); it is there for what nobody foresaw.
     */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;
    public static final String MAX_BYTES_PROPERTY = "glossa.export.maxBytes";

    private ExportFiles() {
    }

    /** The export stopped at the size guard; its temporary file is deleted and the destination untouched. */
    public static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge(Object target, long limit) {
            super("the export to " + target + " grew beyond " + limit + " bytes (" + Math.round(limit / 1048576.0)
                    + " MB); stopped, nothing written (raise -D" + MAX_BYTES_PROPERTY + " if this is expected)");
        }
    }

    public static long maxBytes() {
        String value = System.getProperty(MAX_BYTES_PROPERTY);
        if (value != null) {
            try {
                long parsed = Long.parseLong(value.strip());
                if (parsed > 0) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // fall back to the default: a typo in a property must not lift the guard
            }
        }
        return DEFAULT_MAX_BYTES;
    }

    /** Writes {@code content} to {@code target} atomically, within {@link #maxBytes()}. */
    public static void write(Path target, AtomicFileWriter.Content content) throws IOException {
        long limit = maxBytes();
        new AtomicFileWriter().write(target, out -> content.writeTo(new Limited(out, limit, target)));
    }

    /**
     * Writes the format's companion files beside {@code output} (UIMA's TypeSystem.xml), each checked like the
     * output ({@link ExportDestination}); one that exists with the very same content is left as it is, so exporting
     * twice needs no {@code force}.
     *
     * @param articles the articles (and so their sidecars) a companion may never replace
     */
    public static void writeCompanions(ExportFormat format, Path output, Collection<Path> articles, boolean force)
            throws IOException {
        for (Map.Entry<String, byte[]> companion : format.companionFiles().entrySet()) {
            Path file = output.toAbsolutePath().resolveSibling(companion.getKey());
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), companion.getValue())) {
                continue;
            }
            ExportDestination.check(file, articles, force);
            write(file, out -> out.write(companion.getValue()));
        }
    }

    /**
     * Streams an export into {@code out} (the command line's standard output), within {@link #maxBytes()}; what was
     * written before the guard or an error stopped it stays written. {@code out} is flushed, not closed.
     *
     * @param name what {@code out} is, for the message of {@link TooLarge}
     */
    public static void stream(OutputStream out, String name, AtomicFileWriter.Content content) throws IOException {
        // An exporter may close its stream; standard output stays open for what follows.
        OutputStream unclosed = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        content.writeTo(new Limited(unclosed, maxBytes(), name));
        out.flush();
    }

    /** Counts what passes and throws {@link TooLarge} before the byte that would cross the limit. */
    private static final class Limited extends FilterOutputStream {

        private final long limit;
        private final Object target;
        private long written;

        Limited(OutputStream out, long limit, Object target) {
            super(out);
            this.limit = limit;
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) throws TooLarge {
            written += n;
            if (written > limit) {
                throw new TooLarge(target, limit);
            }
        }
    }
}
