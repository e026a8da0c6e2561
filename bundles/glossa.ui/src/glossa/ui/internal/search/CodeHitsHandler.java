package glossa.ui.internal.search;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.core.cases.CaseCodebook;
import glossa.core.codebook.Codebooks;
import glossa.model.AnnotationType;
import glossa.search.SearchHit;
import glossa.ui.internal.views.SearchView;

/** "Code Hits As…": the selected hits of the Search view (all when none is selected) become annotations of a type. */
public final class CodeHitsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof SearchView view) || view.project() == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        List<SearchHit> hits = view.chosenHits();
        if (hits.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.CodeHits_title, Messages.CodeHits_noHits);
            return null;
        }
        List<AnnotationType> types;
        try {
            types = Codebooks.activeTypes(CaseCodebook.load(view.project().getLocation().toFile().toPath())
                    .codebook());
        } catch (Exception e) {
            MessageDialog.openError(shell, Messages.CodeHits_title, e.getMessage());
            return null;
        }
        CodeHitsDialog dialog = new CodeHitsDialog(shell, types, hits.size());
        if (dialog.open() != Window.OK || dialog.type() == null) {
            return null;
        }
        start(view, hits, dialog.type(), dialog.unit(), dialog.suggest());
        return null;
    }

    /** Runs the coding job and reports its outcome in the view's status line, then searches again. */
    public static Job start(SearchView view, List<SearchHit> hits, AnnotationType type,
            glossa.search.CodingUnit unit) {
        return start(view, hits, type, unit, false);
    }

    /** As {@link #start(SearchView, List, AnnotationType, glossa.search.CodingUnit)}; suggestions when asked. */
    public static Job start(SearchView view, List<SearchHit> hits, AnnotationType type,
            glossa.search.CodingUnit unit, boolean suggest) {
        HitCodingJob job = new HitCodingJob(view.project(), hits, type, unit, suggest);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                HitCodingJob.Outcome outcome = job.outcome();
                if (outcome == null || view.table().isDisposed()) {
                    return;
                }
                view.table().getDisplay().asyncExec(() -> {
                    if (!view.table().isDisposed()) {
                        String message = NLS.bind(suggest ? Messages.CodeHits_doneSuggested
                                : Messages.CodeHits_done, new Object[] { outcome.added(),
                                type.getName(), outcome.articles(), outcome.alreadyCoded(), outcome.skipped() });
                        if (!outcome.problems().isEmpty()) {
                            message += " \u2014 " + String.join("; ", outcome.problems());
                        }
                        view.showStatus(message);
                    }
                });
            }
        });
        job.schedule();
        return job;
    }
}
