package glossa.ui.internal.codebook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.cases.ArticleSummary;
import glossa.core.cases.CaseSummaries;
import glossa.core.cases.CaseSummaryCache;
import glossa.ui.internal.cases.CaseResources;

/**
 * Annotations per type id over a whole case, from the Case Summary's machinery: the cached article summaries, with
 * the stale ones reloaded (and written back to the cache, which the Case Summary shares). Does I/O: call from a job.
 */
public final class CaseTypeCounts {

    private CaseTypeCounts() {
    }

    /** The project (case) that holds the article file, or null when it lies outside the workspace. */
    public static IProject projectOf(Path article) {
        if (article == null) {
            return null;
        }
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(article.toUri());
        return files.length == 0 ? null : files[0].getProject();
    }

    /** Type id to number of annotations (of every status and author) in the saved articles of the case. */
    public static Map<String, Integer> count(IProject project, IProgressMonitor monitor) throws IOException {
        Path root = project.getLocation().toFile().toPath();
        Path cacheFile = CaseResources.summaryCacheOf(project);
        CaseSummaries.Snapshot snapshot = CaseSummaries.open(root, cacheFile);
        CaseSummaries.Refreshed refreshed = CaseSummaries.refresh(snapshot, CaseSummaries.PARALLEL, monitor, null);
        if (!refreshed.reloaded().isEmpty()) {
            CaseSummaryCache.write(cacheFile, refreshed.cacheable());
        }
        Map<String, Integer> counts = new HashMap<>();
        for (ArticleSummary summary : refreshed.summaries()) {
            if (summary != null) {
                for (ArticleSummary.Tally tally : summary.tallies()) {
                    counts.merge(tally.typeId(), tally.count(), Integer::sum);
                }
            }
        }
        return counts;
    }
}
