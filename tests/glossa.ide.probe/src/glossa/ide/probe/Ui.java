package glossa.ide.probe;

import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs probe steps on the UI thread from the probe's own thread, which waits without blocking the workbench. */
final class Ui {

    private Ui() {
    }

    static <T> T call(Callable<T> step) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Display.getDefault().syncExec(() -> {
            try {
                result[0] = step.call();
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0].toString(), failure[0]);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    static void run(Runnable step) {
        call(() -> {
            step.run();
            return null;
        });
    }

    /** Polls {@code condition} on the UI thread until it holds or {@code seconds} pass; true when it held. */
    static boolean waitFor(BooleanSupplier condition, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(call(condition::getAsBoolean))) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
