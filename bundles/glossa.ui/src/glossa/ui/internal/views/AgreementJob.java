package glossa.ui.internal.views;

import java.text.MessageFormat;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import glossa.core.agreement.Agreement;
import glossa.core.agreement.AgreementResult;
import glossa.core.agreement.AgreementStudies;
import glossa.core.agreement.AgreementStudy;
import glossa.core.agreement.ArticleCoding;
import glossa.core.agreement.Disagreement;
import glossa.core.agreement.Disagreements;
import glossa.ui.internal.agreement.Messages;

/**
 * Computes the Agreement view's figures off the UI thread. It reads only the copy of the annotations made on the UI
 * thread ({@link ArticleCoding}), never the live document; {@code done} is called in the job (the view hands the
 * result to the UI thread). Cancelled between steps when a newer computation replaces it.
 */
final class AgreementJob extends Job {

    private final ArticleCoding coding;
    private final Consumer<AgreementFigures> done;

    AgreementJob(ArticleCoding coding, Consumer<AgreementFigures> done) {
        super(MessageFormat.format("{0}: {1}", Messages.View_computing, coding.name()));
        this.coding = coding;
        this.done = done;
        setSystem(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), 3);
        AgreementStudy study = AgreementStudies.ofArticle(coding, null);
        AgreementResult all = Agreement.compute(study);
        monitor.worked(1);
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        List<AgreementResult> pairs = study.coders().size() > 2 ? Agreement.pairwise(study) : List.of();
        monitor.worked(1);
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        List<Disagreement> disagreements = Disagreements.find(coding, null);
        monitor.done();
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        done.accept(new AgreementFigures(coding, all, pairs, disagreements));
        return Status.OK_STATUS;
    }
}
