package glossa.team;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;

/**
 * JGit's progress reports on an Eclipse monitor: each JGit task becomes the sub-task line, its units of work a share
 * of the ticks given, and the Eclipse monitor's cancel button is what JGit polls. JGit runs its tasks one after the
 * other, so each one gets a fresh slice of what is left.
 */
final class GitProgress implements ProgressMonitor {

    private final IProgressMonitor cancel;
    private final SubMonitor monitor;
    private SubMonitor task;

    GitProgress(IProgressMonitor parent, int ticks) {
        this.cancel = parent;
        this.monitor = SubMonitor.convert(parent, ticks);
    }

    @Override
    public void start(int totalTasks) {
        // Nothing to do: the number of tasks JGit announces is not reliable across commands.
    }

    @Override
    public void beginTask(String name, int totalWork) {
        monitor.subTask(name == null ? "" : name);
        // JGit does not say how many tasks follow, so each one takes a tenth of what is left. newChild, not split:
        // split would throw OperationCanceledException through JGit, which stops by polling isCancelled instead.
        monitor.setWorkRemaining(10);
        task = SubMonitor.convert(monitor.newChild(1), totalWork == UNKNOWN || totalWork <= 0 ? 1000 : totalWork);
    }

    @Override
    public void update(int completed) {
        if (task != null) {
            task.worked(completed);
        }
    }

    @Override
    public void endTask() {
        if (task != null) {
            task.done();
            task = null;
        }
    }

    @Override
    public boolean isCancelled() {
        return cancel != null && cancel.isCanceled();
    }

    @Override
    public void showDuration(boolean enabled) {
        // Durations are for terminals; the Eclipse monitor shows the task name only.
    }
}
