package glossa.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.io.SidecarLock;

/** The writers of one sidecar take turns; a lock that could not be taken is never left held. */
class SidecarLockTest {

    @TempDir
    Path dir;

    @Test
    void theLockFileIsAHiddenSiblingOfTheSidecar() {
        assertEquals(dir.resolve(".a.txt.glossa.lock"), SidecarLock.lockFileOf(dir.resolve("a.txt.glossa")));
        assertEquals(Path.of(".x.glossa.lock"), SidecarLock.lockFileOf(Path.of("x.glossa")));
    }

    @Test
    void aSecondWriterWaitsUntilTheFirstIsDoneAndTheLockFileStays() throws Exception {
        Path sidecar = dir.resolve("a.txt.glossa");
        CompletableFuture<Void> second;
        try (SidecarLock first = SidecarLock.acquire(sidecar)) {
            assertTrue(Files.isRegularFile(SidecarLock.lockFileOf(sidecar)), "the lock file is made");
            // The same sidecar by another path: the same lock.
            second = CompletableFuture.runAsync(() -> {
                try (SidecarLock lock = SidecarLock.acquire(dir.resolve("sub/../a.txt.glossa"))) {
                    // got it
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            Thread.sleep(300);
            assertFalse(second.isDone(), "the second writer waits while the first holds the lock");
        }
        second.get(10, TimeUnit.SECONDS);
        assertTrue(Files.isRegularFile(SidecarLock.lockFileOf(sidecar)),
                "the lock file stays: deleting it would let two writers lock two files");
    }

    @Test
    void otherSidecarsDoNotWait() throws Exception {
        try (SidecarLock first = SidecarLock.acquire(dir.resolve("a.txt.glossa"))) {
            CompletableFuture.runAsync(() -> {
                try (SidecarLock lock = SidecarLock.acquire(dir.resolve("b.txt.glossa"))) {
                    // got it at once
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            }).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aLockFileThatCannotBeOpenedFailsTheAcquireAndHoldsNothing() throws Exception {
        Path sidecar = dir.resolve("a.txt.glossa");
        Files.createDirectory(SidecarLock.lockFileOf(sidecar)); // a folder where the lock file belongs
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> SidecarLock.acquire(sidecar));
        assertTrue(String.valueOf(e.getMessage()).contains(".a.txt.glossa.lock"), e.getMessage());
        Files.delete(SidecarLock.lockFileOf(sidecar));
        // Another thread gets the lock at once: the failed acquire released what it had taken.
        CompletableFuture.runAsync(() -> {
            try (SidecarLock lock = SidecarLock.acquire(sidecar)) {
                // got it
            } catch (IOException x) {
                throw new RuntimeException(x);
            }
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aWriterInterruptedWhileWaitingGivesUpAndKeepsItsInterrupt() throws Exception {
        Path sidecar = dir.resolve("a.txt.glossa");
        AtomicReference<IOException> error = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread waiter;
        try (SidecarLock first = SidecarLock.acquire(sidecar)) {
            waiter = new Thread(() -> {
                started.countDown();
                try (SidecarLock lock = SidecarLock.acquire(sidecar)) {
                    // must not get here while the first holds it
                } catch (IOException e) {
                    error.set(e);
                    stillInterrupted.set(Thread.currentThread().isInterrupted());
                }
            });
            waiter.start();
            started.await();
            Thread.sleep(200);
            waiter.interrupt();
            waiter.join(10_000);
            assertFalse(waiter.isAlive());
        }
        assertEquals(sidecar + ": interrupted while waiting to save", error.get().getMessage());
        assertEquals(Boolean.TRUE, stillInterrupted.get());
    }

    @Test
    void closingReleasesTheLockForTheNextWriter() throws Exception {
        Path sidecar = dir.resolve("a.txt.glossa");
        for (int i = 0; i < 3; i++) {
            SidecarLock.acquire(sidecar).close();
            try {
                CompletableFuture.runAsync(() -> {
                    try {
                        SidecarLock.acquire(sidecar).close();
                    } catch (IOException e) {
                        throw new RuntimeException(e);
                    }
                }).get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError("round " + i, e);
            }
        }
    }
}
