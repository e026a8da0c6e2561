package glossa.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;

/** Helpers for driving the workbench in tests: event pumping and the platform log. */
public final class TestSupport {

    private TestSupport() {
    }

    /** Runs the SWT event loop for about {@code millis} milliseconds, so that async work and painting happen. */
    public static void processEvents(Display display, long millis) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
    }

    /**
     * Runs the event loop until {@code condition} holds or {@code millis} pass; returns whether it holds. For work the
     * workbench finishes asynchronously (key events on a slow widget, jobs), never as a timing assertion.
     */
    public static boolean waitUntil(java.util.function.BooleanSupplier condition, long millis) {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            processEvents(display, 20);
        }
        return condition.getAsBoolean();
    }

    /** The "!ENTRY ... 4 ..." (ERROR) entries of the workspace's .metadata/.log, if any. */
    public static List<String> errorsInPlatformLog() {
        Path log = Platform.getLogFileLocation().toFile().toPath();
        if (!Files.exists(log)) {
            return List.of();
        }
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("!ENTRY ") && line.split(" ").length > 2
                            && "4".equals(line.split(" ")[2]))
                    .toList();
        } catch (IOException e) {
            return List.of("could not read " + log + ": " + e);
        }
    }
}
