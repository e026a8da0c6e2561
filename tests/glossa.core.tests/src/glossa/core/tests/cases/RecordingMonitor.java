package glossa.core.tests.cases;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

/** A progress monitor that records beginTask's total, the units worked, and how often done() was called. */
final class RecordingMonitor extends NullProgressMonitor {

    private int total = -1;
    private int worked;
    private int done;

    @Override
    public void beginTask(String name, int totalWork) {
        total = totalWork;
    }

    @Override
    public void worked(int work) {
        worked += work;
    }

    @Override
    public void done() {
        done++;
    }

    /** begun with, worked, done */
    List<Integer> figures() {
        return List.of(total, worked, done);
    }
}
