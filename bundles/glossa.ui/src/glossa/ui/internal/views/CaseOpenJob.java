package glossa.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import glossa.core.cases.ArticleSummary;
import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseSummaries;
import glossa.core.cases.CaseSummaryCache;
import glossa.model.Codebook;
import glossa.ui.internal.nls.Messages;
import glossa.ui.internal.cases.CaseResources;

/**
 * Opening a case for the Case Summary, in a job: the summary cache first (the rows show at once), then the articles
 * changed since, whose rows fill in as they are read; finally the cache is rewritten.
 */
final class CaseOpenJob {

    /** Where the job's results go; every call is on the UI thread. */
    interface Rows {

        /** Whether the view is alive and still shows {@code target}. */
        boolean shows(IProject target);

        /** Whether the view still waits for changed articles. */
        boolean reading();

        void setRows(List<Path> articles, ArticleSummary[] summaries, Codebook codebook,
                List<CaseArticles.Problem> problems, boolean stillReading);

        void opened(CaseSummaryView.OpenReport report);
    }

    private CaseOpenJob() {
    }

    /** The job that opens {@code target} (not scheduled); {@code useCache} false re-reads every article. */
    static Job create(IProject target, boolean useCache, Display display, Rows rows) {
        Path root = target.getLocation().toFile().toPath();
        Path cacheFile = CaseResources.summaryCacheOf(target);
        return Job.create(NLS.bind(Messages.CaseSummaryView_openJob, target.getName()), monitor -> {
            try {
                CaseSummaries.Snapshot snapshot = CaseSummaries.open(root, useCache ? cacheFile : null);
                if (snapshot.cacheProblem() != null || snapshot.rejectedEntries() > 0) {
                    ILog.of(CaseSummaryView.class).info("Case summary cache of " + target.getName() + " ignored ("
                            + (snapshot.cacheProblem() != null ? snapshot.cacheProblem()
                                    : snapshot.rejectedEntries() + " entries with unsafe names")
                            + "); it is rebuilt.");
                }
                List<Path> stale = snapshot.stale();
                ArticleSummary[] arriving = snapshot.summaries().toArray(ArticleSummary[]::new);
                Codebook codebook = snapshot.codebook().codebook();
                display.asyncExec(() -> {
                    if (rows.shows(target)) {
                        rows.setRows(snapshot.articles(), arriving.clone(), codebook, List.of(), !stale.isEmpty());
                    }
                });
                if (stale.isEmpty()) {
                    finish(display, target, rows, new CaseSummaryView.OpenReport(arriving.length, 0,
                            snapshot.cacheProblem()));
                    return Status.OK_STATUS;
                }
                AtomicBoolean updateQueued = new AtomicBoolean();
                CaseSummaries.Refreshed refreshed = CaseSummaries.refresh(snapshot, CaseSummaries.PARALLEL,
                        SubMonitor.convert(monitor,
                                NLS.bind(Messages.CaseSummaryView_readingChanged, stale.size()), 1),
                        (index, summary) -> {
                            synchronized (arriving) {
                                arriving[index] = summary;
                            }
                            // Rows fill in as articles come; at most one UI update queued at a time.
                            if (updateQueued.compareAndSet(false, true)) {
                                display.asyncExec(() -> {
                                    updateQueued.set(false);
                                    ArticleSummary[] copy;
                                    synchronized (arriving) {
                                        copy = arriving.clone();
                                    }
                                    if (rows.shows(target) && rows.reading()) {
                                        rows.setRows(snapshot.articles(), copy, codebook, List.of(), true);
                                    }
                                });
                            }
                        });
                if (refreshed.codebookChanged()) {
                    refreshed.codebook().save();
                }
                try {
                    CaseSummaryCache.write(cacheFile, refreshed.cacheable());
                } catch (IOException e) {
                    ILog.of(CaseSummaryView.class).warn("Cannot write the case summary cache " + cacheFile, e);
                }
                display.asyncExec(() -> {
                    if (rows.shows(target)) {
                        rows.setRows(refreshed.articles(), refreshed.summaries().toArray(ArticleSummary[]::new),
                                refreshed.codebook().codebook(), refreshed.problems(), false);
                    }
                });
                finish(display, target, rows, new CaseSummaryView.OpenReport(arriving.length - stale.size(),
                        stale.size(), snapshot.cacheProblem()));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                return new Status(IStatus.ERROR, "glossa.ui", NLS.bind(Messages.CaseSummaryView_cannotOpen,
                        target.getName(), e.getMessage()), e);
            }
        });
    }

    private static void finish(Display display, IProject target, Rows rows, CaseSummaryView.OpenReport report) {
        display.asyncExec(() -> {
            if (rows.shows(target)) {
                rows.opened(report);
            }
        });
    }
}
