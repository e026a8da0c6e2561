package glossa.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * JGit's progress on the workbench's progress bar: each JGit task shows as the sub-task line and fills a tenth of what
 * is left of the bar in proportion to its units done; an unknown total still moves; the bar's cancel stops JGit.
 */
class GitProgressTest {

    /** The progress bar: what fraction of it is filled, and the sub-task lines shown. */
    private static final class Bar extends NullProgressMonitor {
        double total;
        double filled;
        final List<String> lines = new ArrayList<>();

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void internalWorked(double work) {
            filled += work;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void subTask(String name) {
            lines.add(name);
        }

        double percent() {
            return filled / total * 100;
        }
    }

    @Test
    void eachTaskFillsATenthOfWhatIsLeftInProportionToItsUnits() {
        Bar bar = new Bar();
        GitProgress progress = new GitProgress(bar, 100);
        progress.start(2);
        progress.beginTask("Receiving objects", 10);
        progress.update(5);
        assertEquals(5.0, bar.percent(), 1e-6, "half of the first task: half of a tenth");
        progress.endTask();
        assertEquals(10.0, bar.percent(), 1e-6, "a finished task fills its whole share");

        record Row(int total, int done, double expected) {
        }
        // Each next task has a tenth of the remaining 90 %: 9 %. An unknown or non-positive total counts 1000 units.
        for (Row row : List.of(new Row(ProgressMonitor.UNKNOWN, 500, 4.5), new Row(-1, 500, 4.5),
                new Row(2, 1, 4.5))) {
            Bar b = new Bar();
            GitProgress p = new GitProgress(b, 100);
            p.beginTask("Receiving objects", 10);
            p.endTask();
            p.beginTask("Resolving deltas", row.total());
            p.update(row.done());
            assertEquals(10.0 + row.expected(), b.percent(), 1e-6, row.toString());
        }
        assertEquals(List.of("Receiving objects"), bar.lines);
    }

    @Test
    void reportsOutsideATaskAreHarmless() {
        Bar bar = new Bar();
        GitProgress progress = new GitProgress(bar, 100);
        progress.update(3);
        progress.endTask();
        progress.beginTask(null, 2);
        progress.endTask();
        progress.endTask();
        progress.update(1);
        assertEquals(10.0, bar.percent(), 1e-6, "only the one task moved the bar");
        assertEquals(List.of(""), bar.lines, "a task without a name shows an empty line");
    }

    @Test
    void theBarsCancelButtonIsWhatJGitPolls() {
        NullProgressMonitor bar = new NullProgressMonitor();
        GitProgress progress = new GitProgress(bar, 100);
        assertFalse(progress.isCancelled());
        bar.setCanceled(true);
        assertTrue(progress.isCancelled());
        assertFalse(new GitProgress(null, 100).isCancelled(), "no monitor: never cancelled");
    }
}
