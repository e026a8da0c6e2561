package glossa.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseStatistics;
import glossa.core.filter.AnnotationFilter;
import glossa.ui.internal.nls.Messages;

/**
 * The Case Summary's work that needs the annotations (the text filter, the per-type list): loads them unless they
 * are loaded already, counts them under a filter and hands the statistics on, in one cancellable job.
 */
final class CaseAnnotationsJob {

    /** What to do with the statistics once the annotations are loaded and counted (in the job). */
    interface Task {
        void run(CaseStatistics computed, IProgressMonitor monitor);
    }

    private CaseAnnotationsJob() {
    }

    /**
     * Schedules the job, named by {@code jobPattern} ({0}: the case), after {@code delay} ms. {@code current} are the
     * annotations loaded before (null: load them); {@code onLoaded} gets newly loaded ones on the UI thread.
     */
    static Job schedule(long delay, IProject target, CaseArticles.Loaded current, AnnotationFilter filter,
            String jobPattern, Display display, Consumer<CaseArticles.Loaded> onLoaded, Task then) {
        Path root = target.getLocation().toFile().toPath();
        Job job = Job.create(NLS.bind(jobPattern, target.getName()), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 10);
            try {
                CaseArticles.Loaded articles = current;
                if (articles == null) {
                    articles = CaseArticles.load(root, progress.split(8));
                    if (articles.codebookChanged()) {
                        articles.codebook().save();
                    }
                    CaseArticles.Loaded done = articles;
                    display.asyncExec(() -> onLoaded.accept(done));
                }
                progress.setWorkRemaining(2);
                CaseStatistics computed = CaseStatistics.compute(articles.articles(), articles.codebook().codebook(),
                        filter, progress.split(1));
                then.run(computed, progress.split(1));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                return new Status(IStatus.ERROR, "glossa.ui", NLS.bind(Messages.CaseSummaryView_cannotLoad,
                        target.getName(), e.getMessage()), e);
            }
        });
        job.schedule(delay);
        return job;
    }
}
