package glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import glossa.core.AnnotatedArticle;
import glossa.core.agreement.ArticleCoding;
import glossa.core.agreement.SidecarCoders;
import glossa.core.anchor.ReanchorReport;
import glossa.core.anchor.Reanchoring;
import glossa.core.io.SidecarStore;
import glossa.model.Document;
import glossa.team.CaseRepository;

/**
 * Coders given as Git branches: {@code --coders alice@alice-coding,bob@bob-coding} takes alice's annotations from
 * the article's sidecar as it is on branch {@code alice-coding} (any branch, tag or commit of the article's
 * repository) and bob's from {@code bob-coding}; a coder without {@code @REF} is taken from the working sidecar, as
 * without branches. A name with an {@code @} whose right part names no commit is an author name like any other.
 * Sidecars from a branch made on another version of the text are re-anchored on this one, in memory; nothing is
 * written and the branches are not checked out.
 */
final class BranchCoders {

    private BranchCoders() {
    }

    /** The coder name of the working sidecar when a single {@code --branch} is compared with it. */
    static final String WORKING = "working";

    /**
     * {@code --branch B} (repeatable): one coder per branch, whoever wrote its annotations: the article's sidecar as
     * each branch (tag, commit) has it, read from the article's repository without checking anything out. A single
     * branch is compared with the working sidecar, named {@value #WORKING}.
     *
     * @throws UsageException when the article is in no Git repository, or a branch names no commit there
     */
    static ArticleCoding branches(AnnotatedArticle article, List<String> branches) throws IOException,
            UsageException {
        Path sidecar = AnnotatedArticle.sidecarOf(article.articlePath());
        SidecarStore store = new SidecarStore();
        List<Document> documents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (branches.size() == 1) {
            documents.add(article.document());
            names.add(WORKING);
        }
        for (String branch : branches) {
            if (names.contains(branch)) {
                throw new UsageException("--branch " + branch + " is given twice");
            }
            byte[] bytes = CaseRepository.readAt(sidecar, branch);
            if (bytes == null) {
                throw new UsageException(article.articlePath() + ": no branch, tag or commit '" + branch
                        + "' in its Git repository (or it is in none)");
            }
            documents.add(store.load(bytes, sidecar));
            names.add(branch);
        }
        return SidecarCoders.of(article, documents, names);
    }

    /** The coding of {@code article} by {@code coders}, or null when none of them names a branch. */
    static ArticleCoding coding(AnnotatedArticle article, List<String> coders) throws IOException {
        if (coders == null) {
            return null;
        }
        Path sidecar = AnnotatedArticle.sidecarOf(article.articlePath());
        SidecarStore store = new SidecarStore();
        List<Document> documents = new ArrayList<>();
        boolean anyBranch = false;
        for (String coder : coders) {
            int at = coder.lastIndexOf('@');
            byte[] bytes = at < 0 ? null : CaseRepository.readAt(sidecar, coder.substring(at + 1));
            Document document;
            String author;
            if (bytes == null) {
                document = EcoreUtil.copy(article.document());
                author = coder;
            } else {
                anyBranch = true;
                document = store.load(bytes, sidecar);
                if (Reanchoring.isNeeded(document, article.text())) {
                    ReanchorReport report = (new AnnotatedArticle(null, article.articleText(),
                            document)).reanchor(null, null);
                    report.apply();
                }
                author = coder.substring(0, at);
            }
            document.getAnnotations().removeIf(a -> !author.equals(ArticleCoding.coderOf(a)));
            documents.add(document);
        }
        if (!anyBranch) {
            return null;
        }
        ArticleCoding own = ArticleCoding.of(article);
        return ArticleCoding.of(own.name(), own.length(), documents, coders, own.sections());
    }
}
