package glossa.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;

import glossa.core.AnnotatedArticle;
import glossa.core.agreement.ArticleCoding;
import glossa.core.agreement.SidecarCoders;
import glossa.core.io.SidecarStore;
import glossa.model.Document;
import glossa.team.CaseRepository;
import glossa.ui.internal.agreement.Messages;

/**
 * The Agreement view's Compare with Branch…: the article's working sidecar (as the editor has it) is one coder, its
 * sidecar as a Git branch has it another, whoever wrote the annotations, as {@code glossa-cli agreement --branch}.
 * The branch's sidecar is read once with JGit, without checking anything out, and copied for each computation (a
 * sidecar from another version of the text is re-anchored on the copy).
 */
final class BranchComparison {

    private final String branch;
    private final Document sidecar;

    private BranchComparison(String branch, Document sidecar) {
        this.branch = branch;
        this.sidecar = sidecar;
    }

    String branch() {
        return branch;
    }

    /** Reads the sidecar of {@code article} as {@code branch} has it, in a job; {@code done} runs in the job. */
    static Job load(Path article, String branch, Consumer<BranchComparison> done) {
        Job job = Job.create(MessageFormat.format(Messages.Branch_reading, branch), monitor -> {
            Path sidecar = AnnotatedArticle.sidecarOf(article);
            try {
                byte[] bytes = CaseRepository.readAt(sidecar, branch);
                if (bytes == null) {
                    return Status.error(MessageFormat.format(Messages.Branch_noBranch, branch, article));
                }
                done.accept(new BranchComparison(branch, new SidecarStore().load(bytes, sidecar)));
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error(MessageFormat.format(Messages.Branch_failed, branch, e.getMessage()), e);
            }
        });
        job.setUser(true);
        return job;
    }

    /** The two codings, copied here on the UI thread (the live document is never handed to the job). */
    ArticleCoding coding(AnnotatedArticle article) {
        return SidecarCoders.of(article, List.of(EcoreUtil.copy(article.document()), EcoreUtil.copy(sidecar)),
                List.of(Messages.Branch_working, branch));
    }
}
