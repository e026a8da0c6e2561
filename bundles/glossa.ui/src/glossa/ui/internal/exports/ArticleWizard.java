package glossa.ui.internal.exports;

import java.util.Objects;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;

import glossa.ui.GlossaEditorContext;

/**
 * A wizard about one open article: created by a command with its editor, or by the platform's File &gt; Export /
 * Import dialog, which then takes the active article. Without an article it shows a page that says so.
 */
abstract class ArticleWizard extends Wizard implements IWorkbenchWizard {

    private final String menuPath;
    private GlossaEditorContext context;

    /** For the platform's dialog ({@code menuPath} names it, e.g. "File > Export"), which then calls {@link #init}. */
    protected ArticleWizard(String title, String menuPath) {
        this.menuPath = menuPath;
        setWindowTitle(title);
        setNeedsProgressMonitor(true);
    }

    /** For a command: works on the given editor's article. */
    protected ArticleWizard(String title, String menuPath, GlossaEditorContext context) {
        this(title, menuPath);
        this.context = Objects.requireNonNull(context);
    }

    @Override
    public final void init(IWorkbench workbench, IStructuredSelection selection) {
        if (context == null) {
            context = ActiveArticle.of(workbench);
        }
    }

    @Override
    public final void addPages() {
        if (context == null) {
            addPage(new NoArticlePage(menuPath));
        } else {
            addArticlePages();
        }
    }

    /** Adds the pages; {@link #context()} is known. */
    protected abstract void addArticlePages();

    /** The editor whose article the wizard works on; null when none is open. */
    protected final GlossaEditorContext context() {
        return context;
    }
}
