package glossa.ui.internal.suggest;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;

import glossa.model.Document;
import glossa.suggest.CueRules;
import glossa.suggest.LearningRecommender;
import glossa.suggest.Recommenders;

/**
 * The learning recommender of each open document, retrained in a background job after every {@value #RETRAIN_EVERY}
 * accept or reject decisions. The job trains on a copy of the document taken on the UI thread (a few ms) and on the
 * saved decisions of the other articles of its case, read in the job ({@link CaseLearning}), so typing never waits
 * for training; Suggest uses the last trained model, or trains one itself (also in its job) when there is
 * none yet.
 */
public final class LearningState {

    public static final int RETRAIN_EVERY = 5;
    /** Job family of the retraining, for tests and progress. */
    public static final Object FAMILY = LearningState.class;

    private static final Map<Document, LearningState> STATES = new WeakHashMap<>();

    private volatile LearningRecommender trained;
    private int decisionsSinceTraining;
    private int trainings;

    private LearningState() {
    }

    public static synchronized LearningState of(Document document) {
        return STATES.computeIfAbsent(document, d -> new LearningState());
    }

    /** The last trained model, or null. */
    public LearningRecommender trained() {
        return trained;
    }

    /** How many retrainings finished (for the status and tests). */
    public synchronized int trainings() {
        return trainings;
    }

    /** Called on the UI thread after each accept or reject; every few decisions, retrains in the background. */
    public void decided(Document document, String text, java.nio.file.Path article, int decisions) {
        synchronized (this) {
            decisionsSinceTraining += decisions;
            if (decisionsSinceTraining < RETRAIN_EVERY) {
                return;
            }
            decisionsSinceTraining = 0;
        }
        Document copy = EcoreUtil.copy(document);
        Job job = new Job(Messages.Retrain_jobName) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(Messages.Retrain_jobName, IProgressMonitor.UNKNOWN);
                try {
                    trained = train(copy, text, article, monitor);
                    synchronized (LearningState.this) {
                        trainings++;
                    }
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (Exception e) {
                    return Status.error(e.toString(), e);
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule();
    }

    /**
     * Trains a learning recommender on the confirmed and rejected annotations of {@code document} and of the other
     * saved articles of its case ({@link CaseLearning}; off the UI thread).
     */
    static LearningRecommender train(Document document, String text, java.nio.file.Path article,
            IProgressMonitor monitor) throws Exception {
        CueRules rules = article == null ? CueRules.defaults() : CueRules.forArticle(article);
        LearningRecommender recommender = new LearningRecommender(rules, Recommenders.LearningProvider.THRESHOLD);
        recommender.train(CaseLearning.trainingSet(document, text, article, monitor));
        return recommender;
    }

    void setTrained(LearningRecommender recommender) {
        trained = recommender;
    }
}
