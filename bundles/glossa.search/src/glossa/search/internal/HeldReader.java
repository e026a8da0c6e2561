package glossa.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.StringHelper;

/**
 * The reader of an index's latest commit, kept open between refreshes and searches and reopened only when a new
 * commit is on disk. Every commit has a random id (Lucene writes one into the header of each {@code segments_N}):
 * listing the folder and reading that header is all an unchanged index costs, where opening a reader and reading
 * every article's stamp was most of a refresh that found nothing to do. The id, unlike the commit's version or generation, also tells an index deleted
 * and built again from the one held.
 */
public final class HeldReader implements Closeable {

    /** A reader of one commit and the stamps of its articles (read on first use). */
    public static final class Snapshot {
        private final DirectoryReader reader;
        private final byte[] id;
        private final String format;
        private Map<String, String> stamps;

        Snapshot(DirectoryReader reader, byte[] id, String format) {
            this.reader = reader;
            this.id = id;
            this.format = format;
        }

        public DirectoryReader reader() {
            return reader;
        }

        /** The format named in the commit's user data (null when none). */
        public String format() {
            return format;
        }

        /** The stamp of every live article by path. */
        public synchronized Map<String, String> stamps() throws IOException {
            if (stamps == null) {
                Map<String, String> read = new HashMap<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    BinaryDocValues paths = DocValues.getBinary(leaf.reader(), StoredArticle.PATH);
                    BinaryDocValues values = DocValues.getBinary(leaf.reader(), StoredArticle.STAMP);
                    Bits live = leaf.reader().getLiveDocs();
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        if ((live == null || live.get(doc)) && paths.advanceExact(doc) && values.advanceExact(doc)) {
                            read.put(paths.binaryValue().utf8ToString(), values.binaryValue().utf8ToString());
                        }
                    }
                }
                stamps = Map.copyOf(read);
            }
            return stamps;
        }
    }

    private final Directory directory;
    private final String formatKey;
    private Snapshot held;

    public HeldReader(Directory directory, String formatKey) {
        this.directory = directory;
        this.formatKey = formatKey;
    }

    /**
     * The snapshot of the latest commit, its reader referenced for the caller ({@link #release} it), or null when
     * the directory holds no commit.
     *
     * @throws IOException when the latest commit cannot be read (a damaged index)
     */
    public synchronized Snapshot acquire() throws IOException {
        String segments = SegmentInfos.getLastCommitSegmentsFileName(directory.listAll());
        if (segments == null) {
            drop();
            return null;
        }
        byte[] latest = commitId(segments);
        if (held == null || latest == null || !Arrays.equals(held.id, latest)) {
            DirectoryReader reader = null;
            if (held != null) {
                try {
                    reader = DirectoryReader.openIfChanged(held.reader); // shares the unchanged segments
                } catch (IOException | RuntimeException e) {
                    reader = null; // the files of the held commit are gone: open afresh
                }
            }
            if (reader == null) {
                reader = DirectoryReader.open(directory);
            }
            byte[] id = reader instanceof StandardDirectoryReader standard ? standard.getSegmentInfos().getId()
                    : null;
            Snapshot next = new Snapshot(reader, id, reader.getIndexCommit().getUserData().get(formatKey));
            drop();
            held = next;
        }
        held.reader.incRef();
        return held;
    }

    /**
     * The random id in the header of a {@code segments_N} file (as {@link SegmentInfos#readCommit} reads it), without
     * reading the segments it lists; null when it cannot be read (the reader is then opened afresh).
     */
    private byte[] commitId(String segments) {
        try (IndexInput in = directory.openInput(segments, IOContext.READONCE)) {
            CodecUtil.checkHeader(in, "segments", SegmentInfos.VERSION_74, Integer.MAX_VALUE);
            byte[] id = new byte[StringHelper.ID_LENGTH];
            in.readBytes(id, 0, id.length);
            return id;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Gives back a snapshot from {@link #acquire}. */
    public void release(Snapshot snapshot) throws IOException {
        if (snapshot != null) {
            snapshot.reader.decRef();
        }
    }

    /** Forgets the held reader (it closes when its last user releases it). */
    public synchronized void drop() throws IOException {
        if (held != null) {
            Snapshot old = held;
            held = null;
            old.reader.decRef();
        }
    }

    @Override
    public void close() throws IOException {
        drop();
    }
}
