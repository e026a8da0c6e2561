package glossa.exchange.refiqda;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import glossa.exchange.imports.ImportFormatException;

/**
 * The current entry of a zip stream as a stream that a parser reads while it inflates, stopping at {@code limit}
 * bytes (a zip bomb) and never closing the zip. The parser sees the limit, or a damaged deflate stream, as a read
 * error; {@link #parse} then reports the zip bomb or the damaged zip, not the parser's message about it.
 */
final class BoundedEntry extends FilterInputStream {

    private final long limit;
    private final String name;
    private final String file;
    private long read;
    private boolean overLimit;
    /** A damaged deflate stream, which the parser would report as an XML error. */
    private java.util.zip.ZipException damaged;

    BoundedEntry(InputStream zip, long limit, String name, String file) {
        super(zip);
        this.limit = limit;
        this.name = name;
        this.file = file;
    }

    /**
     * Hands the entry to {@code reader}, inflated ahead on a second thread ({@link ReadAhead}), then reads what it
     * left (trailing space) so that it counts too.
     */
    QdeProject parse(QdpxArchive.ProjectReader reader) throws IOException {
        QdeProject project;
        try (ReadAhead ahead = new ReadAhead(this, name)) {
            project = reader.read(ahead);
        } catch (ImportFormatException e) {
            if (overLimit) {
                throw QdpxArchive.tooLarge(limit, name, file);
            }
            if (damaged != null) {
                throw damaged; // the archive's reader reports it as a zip that cannot be read
            }
            throw e;
        }
        byte[] rest = new byte[8192];
        while (read(rest, 0, rest.length) > 0) {
            // counted by read
        }
        return project;
    }

    /** The bytes inflated so far. */
    long inflated() {
        return read;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = super.read(b, off, len);
        } catch (java.util.zip.ZipException e) {
            damaged = e;
            throw e;
        }
        if (n > 0) {
            read += n;
            if (read > limit) {
                overLimit = true;
                throw QdpxArchive.tooLarge(limit, name, file);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.min(8192, Math.max(0, n))];
        int k = read(skipped, 0, skipped.length);
        return Math.max(0, k);
    }

    @Override
    public void close() {
        // the zip stream goes on to the next entry; its owner closes it
    }
}
