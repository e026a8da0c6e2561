package glossa.ui.internal.suggest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import glossa.model.Document;
import glossa.suggest.CaseTrainingCache;
import glossa.suggest.TrainingArticle;
import glossa.suggest.TrainingSet;
import glossa.ui.GlossaUiPlugin;
import glossa.ui.internal.codebook.CaseTypeCounts;

/**
 * What the learning recommender of an open article trains on: the article's own decisions (from the copy of its
 * document) and those of the other saved articles of its case, the workspace project that holds it. A file outside
 * the workspace trains on itself alone. Reads sidecars: call it from a job.
 */
public final class CaseLearning {

    /** Cases whose decisions are kept between trainings; the least recently used is dropped beyond this. */
    private static final int CASES_KEPT = 4;

    private static final Map<Path, CaseTrainingCache> CACHES = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, CaseTrainingCache> eldest) {
            return size() > CASES_KEPT;
        }
    };

    private static boolean listening;

    private CaseLearning() {
    }

    /**
     * The training set of {@code article} ({@code copy} and {@code text} its current state); when the case cannot be
     * read, the article's own decisions only (logged).
     */
    static TrainingSet trainingSet(Document copy, String text, Path article, IProgressMonitor monitor) {
        TrainingArticle open = TrainingArticle.of(copy, text);
        CaseTrainingCache cache = cacheOf(article);
        if (cache == null) {
            return new TrainingSet(List.of(open));
        }
        try {
            return cache.trainingSet(open, article, monitor);
        } catch (IOException e) {
            GlossaUiPlugin.getDefault().getLog().log(new Status(IStatus.WARNING, "glossa.ui", e.getMessage(), e));
            return new TrainingSet(List.of(open));
        }
    }

    private static CaseTrainingCache cacheOf(Path article) {
        IProject project = CaseTypeCounts.projectOf(article);
        if (project == null || project.getLocation() == null) {
            return null;
        }
        Path root = rootOf(project.getLocation());
        synchronized (CACHES) {
            listen();
            return CACHES.computeIfAbsent(root, CaseTrainingCache::new);
        }
    }

    /** Whether the decisions of the case at {@code root} are kept for the next training. */
    public static boolean isKept(Path root) {
        synchronized (CACHES) {
            return CACHES.containsKey(root.toAbsolutePath().normalize());
        }
    }

    private static void listen() {
        if (!listening) {
            listening = true;
            ResourcesPlugin.getWorkspace().addResourceChangeListener(event -> {
                if (event.getResource() instanceof IProject project && project.getLocation() != null) {
                    synchronized (CACHES) {
                        CACHES.remove(rootOf(project.getLocation()));
                    }
                }
            }, IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
        }
    }

    private static Path rootOf(IPath location) {
        return location.toFile().toPath().toAbsolutePath().normalize();
    }
}
