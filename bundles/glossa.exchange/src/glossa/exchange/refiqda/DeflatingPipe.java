package glossa.exchange.refiqda;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands what is written to it, in chunks, to a second thread that writes it on to {@code target} (the archive's
 * deflating stream): the caller produces the XML while the other thread compresses the chunk before, so an export
 * takes about the longer of the two instead of their sum. The bytes reach {@code target} in the order written, so
 * the archive is the same as one written by a single thread. {@link #close} waits for the last chunk and reports the
 * other thread's failure; {@link #abandon} stops it when the caller fails. Used for one entry at a time.
 */
final class DeflatingPipe extends OutputStream {

    /** Below G1's humongous-object size for heaps up to 8 GB, so chunks stay cheap young objects. */
    private static final int CHUNK = 256 * 1024;
    private static final byte[] END = new byte[0];

    private record Chunk(byte[] bytes, int length) {
    }

    private static final Chunk LAST = new Chunk(END, 0);

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(8);
    private final Thread worker;
    private volatile Throwable failure;
    private byte[] buffer = new byte[CHUNK];
    private int count;
    private boolean closed;

    DeflatingPipe(OutputStream target) {
        worker = new Thread(() -> drain(target), "glossa-qdpx-deflate");
        worker.setDaemon(true);
        worker.start();
    }

    private void drain(OutputStream target) {
        try {
            for (Chunk chunk = queue.take(); chunk != LAST; chunk = queue.take()) {
                if (failure == null) {
                    target.write(chunk.bytes(), 0, chunk.length());
                }
            }
        } catch (InterruptedException e) {
            failure = e;
        } catch (Throwable t) { // reported by close; the loop's queue is drained by abandon or close
            failure = t;
            try {
                for (Chunk chunk = queue.take(); chunk != LAST; chunk = queue.take()) {
                    // discard: the caller learns of the failure at its next hand-over
                }
            } catch (InterruptedException e) {
                // abandoned
            }
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            handOver();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (count == buffer.length) {
                handOver();
            }
            int n = Math.min(len, buffer.length - count);
            System.arraycopy(b, off, buffer, count, n);
            count += n;
            off += n;
            len -= n;
        }
    }

    private void handOver() throws IOException {
        checkFailure();
        put(new Chunk(buffer, count));
        buffer = new byte[CHUNK];
        count = 0;
    }

    private void put(Chunk chunk) throws IOException {
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            throw new InterruptedIOException("interrupted while writing the REFI-QDA project");
        }
    }

    private void checkFailure() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IOException(t);
        }
    }

    /** Sends the last chunk, waits until everything is written on, and reports a failure of the other thread. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (count > 0) {
            handOver();
        }
        put(LAST);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            throw new InterruptedIOException("interrupted while writing the REFI-QDA project");
        }
        checkFailure();
    }

    /** Stops the other thread without writing what is still queued (the caller failed; the output is discarded). */
    void abandon() {
        closed = true;
        if (failure == null) {
            failure = new IOException("abandoned");
        }
        queue.clear();
        queue.offer(LAST); // room for it: the queue was just emptied, and only this thread puts
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
