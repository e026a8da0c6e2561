package glossa.core.tests.crash;

import java.nio.file.Path;

import glossa.core.io.SidecarStore;
import glossa.model.Document;

/**
 * The child process of {@link SidecarCrashTest}: saves the two {@link CrashStates} alternately to one sidecar with
 * {@link SidecarStore}, forever, until it is killed. Prints {@code saved N} after each save so the test knows the
 * loop is running. Runs on a plain class path (no OSGi).
 *
 * <p>Usage: {@code java -cp … glossa.core.tests.crash.SaveLoop SIDECAR COUNT}</p>
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path sidecar = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Document[] states = { CrashStates.state(0, count), CrashStates.state(1, count) };
        SidecarStore store = new SidecarStore();
        for (long n = 1;; n++) {
            store.save(states[(int) (n % 2)], sidecar);
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
