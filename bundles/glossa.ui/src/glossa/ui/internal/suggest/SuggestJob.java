package glossa.ui.internal.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import glossa.core.codebook.Codebooks;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.suggest.CueRuleRecommender;
import glossa.suggest.CueRules;
import glossa.suggest.LearningRecommender;
import glossa.suggest.Recommender;
import glossa.suggest.RecommenderProvider;
import glossa.suggest.Recommenders;
import glossa.suggest.Suggester;
import glossa.suggest.Suggestion;
import glossa.suggest.TrainingSet;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;

/**
 * Annotate &gt; Suggest: runs the recommenders on a copy of the open article in a job (progress, cancel), then adds
 * what they propose on the UI thread as status SUGGESTED, in one undoable command. Nothing the analyst decided is
 * proposed again ({@link Suggester} leaves out spans with an annotation of the type, rejected ones included). If the
 * text changed meanwhile, the result is dropped rather than placed on moved offsets.
 */
public final class SuggestJob extends Job {

    /** Suggestions less confident than this are not shown (the command line's default). */
    public static final double MIN_CONFIDENCE = 0.5;
    public static final Object FAMILY = SuggestJob.class;

    private final GlossaEditor editor;
    private final GlossaEditorContext context;
    private final Document copy;
    private final String text;
    private final Path article;

    public SuggestJob(GlossaEditor editor, GlossaEditorContext context) {
        super(Messages.Suggest_jobName);
        this.editor = editor;
        this.context = context;
        // A copy taken on the UI thread: the job never reads the live model while the analyst edits it.
        this.copy = EcoreUtil.copy(context.article().document());
        this.text = editor.viewer().getDocument().get();
        this.article = context.article().articlePath();
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<RecommenderProvider> providers = Recommenders.providers();
        monitor.beginTask(Messages.Suggest_running, providers.size() + 1);
        List<Suggestion> suggestions;
        try {
            CueRules rules = article == null ? CueRules.defaults() : CueRules.forArticle(article);
            LearningState learning = LearningState.of(context.article().document());
            // Read (the case's sidecars included) only when a recommender that learns has no model yet.
            TrainingSet training = null;
            List<Recommender> recommenders = new ArrayList<>();
            for (RecommenderProvider provider : providers) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (LearningRecommender.ID.equals(provider.id()) && learning.trained() != null) {
                    recommenders.add(learning.trained());
                } else {
                    if (training == null && !CueRuleRecommender.ID.equals(provider.id())) {
                        training = CaseLearning.trainingSet(copy, text, article, monitor);
                    }
                    Recommender created = provider.create(rules, training == null ? TrainingSet.empty() : training);
                    if (created instanceof LearningRecommender learned) {
                        learning.setTrained(learned);
                    }
                    recommenders.add(created);
                }
                monitor.worked(1);
            }
            suggestions = Suggester.suggest(copy, text, recommenders, null, MIN_CONFIDENCE);
            monitor.worked(1);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            report(NLS.bind(Messages.Suggest_failed, e.getMessage() == null ? e.toString() : e.getMessage()));
            return Status.OK_STATUS; // said on the status line; no error dialog for a rules file typo
        } finally {
            monitor.done();
        }
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        Display.getDefault().asyncExec(() -> apply(suggestions));
        return Status.OK_STATUS;
    }

    private void apply(List<Suggestion> suggestions) {
        if (editor.viewer() == null || editor.getAdapter(GlossaEditorContext.class) != context) {
            return; // closed or switched meanwhile
        }
        if (!text.equals(editor.viewer().getDocument().get())) {
            status(Messages.Suggest_textChanged);
            return;
        }
        Document document = context.article().document();
        List<Annotation> annotations = new ArrayList<>();
        for (Suggestion s : suggestions) {
            Optional<AnnotationType> type = Codebooks.find(document.getCodebook(), s.typeId());
            if (type.isPresent()) {
                annotations.add(Suggester.toAnnotation(s, text, type.get()));
            }
        }
        if (annotations.isEmpty()) {
            status(Messages.Suggest_none);
            return;
        }
        if (context.execute(SuggestionCommands.add(context.editingDomain(), document, annotations))) {
            status(NLS.bind(Messages.Suggest_added, annotations.size()));
        }
    }

    private void report(String message) {
        Display.getDefault().asyncExec(() -> status(message));
    }

    private void status(String message) {
        if (editor.getEditorSite() != null) {
            editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
        }
    }
}
