package glossa.exchange.refiqda;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stream read ahead by a thread of its own, so that inflating {@code project.qde} (a quarter of reading a large
 * project) runs on one core while the parser reads on another. The thread reads chunks in order into a short queue;
 * an error it meets is thrown by the reader's next read, where it would have been thrown without the thread.
 * {@link #close} stops the thread and waits for it, never interrupting it (an interrupt would close the file the zip
 * is read from), so that the caller may go on reading the underlying stream afterwards.
 */
final class ReadAhead extends InputStream {

    static final int CHUNK = 64 << 10;
    /** Chunks read ahead at most: enough to ride out the parser's pauses, little memory. */
    private static final int AHEAD = 8;

    private record Chunk(byte[] bytes, int length) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0);

    private record Failure(Throwable error) {
    }

    private final InputStream in;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private volatile boolean stopped;
    private Chunk current = new Chunk(new byte[0], 0);
    private int pos;
    private Failure failed;
    private boolean ended;

    ReadAhead(InputStream in, String name) {
        this.in = in;
        this.thread = new Thread(this::readAll, "glossa-read-ahead " + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll() {
        try {
            while (!stopped) {
                byte[] bytes = new byte[CHUNK];
                int n = 0;
                int k = 0;
                while (n < CHUNK && (k = in.read(bytes, n, CHUNK - n)) >= 0) {
                    n += k;
                }
                if (n > 0 && !hand(new Chunk(bytes, n))) {
                    return;
                }
                if (k < 0) {
                    hand(END);
                    return;
                }
            }
        } catch (Throwable t) { // every error reaches the reader, as it would without the thread
            hand(new Failure(t));
        }
    }

    /** Queues {@code item}; false when the reader stopped first. */
    private boolean hand(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos == current.length) {
            if (!next()) {
                return -1;
            }
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current.bytes, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean next() throws IOException {
        if (failed != null) {
            rethrow(failed.error);
        }
        if (ended) {
            return false;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
        if (item instanceof Failure f) {
            failed = f;
            rethrow(f.error);
        }
        if (item == END) {
            ended = true;
            return false;
        }
        current = (Chunk) item;
        pos = 0;
        return true;
    }

    private static void rethrow(Throwable error) throws IOException {
        if (error instanceof IOException io) {
            throw io;
        }
        if (error instanceof RuntimeException r) {
            throw r;
        }
        if (error instanceof Error e) {
            throw e;
        }
        throw new IOException(error);
    }

    /** Stops the reading thread and waits until it has (it finishes the chunk it is reading). */
    @Override
    public void close() throws IOException {
        stopped = true;
        queue.clear();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // wait anyway: the caller reads the same stream next
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
