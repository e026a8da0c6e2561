package glossa.ui.internal.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseCodebook;
import glossa.core.codebook.Codebooks;
import glossa.core.io.ArticleStore;
import glossa.model.AnnotationType;
import glossa.search.CodingUnit;
import glossa.search.HitCoder;
import glossa.search.SearchHit;
import glossa.ui.GlossaEditorContext;

/**
 * Codes hits as a type in one job, with one progress step per article. An article open in an editor changes there,
 * through the editor's command stack: one undoable step (Edit &gt; Undo), saved when the analyst saves. Any other
 * article is loaded, changed in one command and saved through the store's atomic, merging sidecar save.
 */
final class HitCodingJob extends Job {

    /** What the job did. */
    record Outcome(int added, int articles, int alreadyCoded, int skipped, List<String> problems) {
    }

    private final IProject project;
    private final List<SearchHit> hits;
    private final String typeId;
    private final String typeName;
    private final CodingUnit unit;
    private final boolean suggest;
    private volatile Outcome outcome;

    HitCodingJob(IProject project, List<SearchHit> hits, AnnotationType type, CodingUnit unit, boolean suggest) {
        super(Messages.CodeHits_job);
        this.project = project;
        this.hits = List.copyOf(hits);
        this.typeId = type.getId();
        this.typeName = type.getName();
        this.unit = unit;
        this.suggest = suggest;
        setUser(true);
    }

    Outcome outcome() {
        return outcome;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Map<String, List<SearchHit>> byArticle = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            byArticle.computeIfAbsent(hit.article(), a -> new ArrayList<>()).add(hit);
        }
        SubMonitor progress = SubMonitor.convert(monitor, Messages.CodeHits_job, byArticle.size());
        Path root = project.getLocation().toFile().toPath();
        int added = 0;
        int articles = 0;
        int already = 0;
        int skipped = 0;
        List<String> problems = new ArrayList<>();
        CaseCodebook caseCodebook = null;
        try {
            caseCodebook = CaseCodebook.load(root);
        } catch (Exception e) {
            problems.add(CaseCodebook.fileOf(root) + ": " + e.getMessage());
        }
        for (Map.Entry<String, List<SearchHit>> entry : byArticle.entrySet()) {
            if (progress.isCanceled()) {
                break;
            }
            progress.subTask(NLS.bind(Messages.CodeHits_article, entry.getKey()));
            String label = NLS.bind(suggest ? Messages.CodeHits_suggestUndoLabel : Messages.CodeHits_undoLabel,
                    entry.getValue().size(), typeName);
            try {
                HitCoder.Plan plan = inEditor(root.resolve(entry.getKey()), entry.getValue(), label);
                if (plan == null) {
                    plan = onDisk(root.resolve(entry.getKey()), entry.getValue(), caseCodebook);
                }
                if (!plan.annotations().isEmpty()) {
                    articles++;
                }
                added += plan.annotations().size();
                already += plan.alreadyCoded();
                skipped += plan.stale();
            } catch (Exception e) {
                problems.add(entry.getKey() + ": " + e.getMessage());
                skipped += entry.getValue().size();
            }
            progress.worked(1);
        }
        try {
            project.refreshLocal(IResource.DEPTH_INFINITE, null);
        } catch (CoreException e) {
            problems.add(e.getMessage());
        }
        outcome = new Outcome(added, articles, already, skipped, problems);
        return Status.OK_STATUS;
    }

    /** Codes through the article's open editor, on the UI thread; null when it is not open in Glossa. */
    private HitCoder.Plan inEditor(Path article, List<SearchHit> articleHits, String label) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(article.toUri());
        if (files.length == 0) {
            return null;
        }
        HitCoder.Plan[] result = { null };
        RuntimeException[] failure = { null };
        Display.getDefault().syncExec(() -> {
            GlossaEditorContext context = openContext(files[0]);
            if (context == null) {
                return;
            }
            try {
                AnnotationType type = type(context.article(), article);
                HitCoder.Plan plan = HitCoder.plan(context.article(), type, articleHits, unit, author(), suggest);
                if (!plan.annotations().isEmpty()) {
                    context.execute(HitCoder.command(context.editingDomain(), context.article().document(), plan,
                            label));
                }
                result[0] = plan;
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    private static GlossaEditorContext openContext(IFile file) {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                IEditorPart editor = page.findEditor(new FileEditorInput(file));
                GlossaEditorContext context = editor == null ? null : editor.getAdapter(GlossaEditorContext.class);
                if (context != null && context.isEditable()) {
                    return context;
                }
            }
        }
        return null;
    }

    private HitCoder.Plan onDisk(Path article, List<SearchHit> articleHits, CaseCodebook caseCodebook)
            throws Exception {
        ArticleStore store = new ArticleStore();
        AnnotatedArticle loaded = store.open(article, null);
        if (caseCodebook != null) {
            caseCodebook.mergeInto(loaded.document());
        }
        HitCoder.Plan plan = HitCoder.plan(loaded, type(loaded, article), articleHits, unit, author(),
                suggest);
        if (!plan.annotations().isEmpty()) {
            loaded.document().getAnnotations().addAll(plan.annotations());
            store.save(loaded, false, null);
        }
        return plan;
    }

    private AnnotationType type(AnnotatedArticle article, Path path) {
        return Codebooks.find(article.document().getCodebook(), typeId).orElseThrow(
                () -> new IllegalStateException(NLS.bind(Messages.CodeHits_noType, path.getFileName(), typeId)));
    }

    private static String author() {
        return System.getProperty("user.name", "analyst");
    }
}
