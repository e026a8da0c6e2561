package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/** Collects the errors logged to the platform while a test runs: {@link #start()} before, {@link #stop()} after. */
final class LoggedErrors implements ILogListener {

    private final List<IStatus> errors = new ArrayList<>();

    void start() {
        Platform.addLogListener(this);
    }

    void stop() {
        Platform.removeLogListener(this);
    }

    @Override
    public void logging(IStatus status, String plugin) {
        if (status.matches(IStatus.ERROR)) {
            errors.add(status);
        }
    }

    /** Stops listening and fails if any error was logged since {@link #start()}. */
    void stopAndAssertNone() {
        stop();
        assertTrue(errors.isEmpty(), "no errors logged: " + errors);
    }

    /** The errors logged since {@link #start()}. */
    List<IStatus> errors() {
        return errors;
    }
}
