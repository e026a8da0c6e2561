package glossa.ui.internal.cases;

import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseCodebook;

/** Workspace vocabulary of cases: a project is a case, a {@code .txt}/{@code .md} file is an article. */
public final class CaseResources {

    private CaseResources() {
    }

    public static boolean isArticle(IResource resource) {
        return resource instanceof IFile && isArticleName(resource.getName());
    }

    /** Whether a file of this name is an article: {@code .txt}, {@code .md} or {@code .markdown}, not hidden. */
    public static boolean isArticleName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (fileName.startsWith(".") || dot < 0) {
            return false;
        }
        String lower = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return lower.equals("txt") || lower.equals("md") || lower.equals("markdown");
    }

    /** The sidecar beside an article file: {@code name.txt.glossa}. */
    public static IFile sidecarOf(IFile article) {
        return sidecarIn(article.getParent(), article.getName());
    }

    /**
     * The article a refactoring participant should carry its sidecar along with: {@code element} when it is an article
     * file that has a sidecar, else null.
     */
    public static IFile articleWithSidecar(Object element) {
        return element instanceof IFile file && isArticle(file) && sidecarOf(file).exists() ? file : null;
    }

    /** Where the sidecar of an article named {@code articleName} lives in {@code container}. */
    public static IFile sidecarIn(IContainer container, String articleName) {
        return container.getFile(IPath.fromPortableString(articleName + AnnotatedArticle.SIDECAR_SUFFIX));
    }

    /**
     * Where the Case Summary keeps the case's summary cache: the project's working location in the workspace
     * metadata ({@code .metadata/.plugins/org.eclipse.core.resources/.projects/NAME/glossa.ui/}), so it never shows
     * in the Project Explorer, never travels with an export or a team share, and goes away with the project.
     */
    public static java.nio.file.Path summaryCacheOf(IProject project) {
        return project.getWorkingLocation("glossa.ui").toFile().toPath().resolve("case-summary.bin");
    }

    public static IFile caseCodebookOf(IProject project) {
        return project.getFile(CaseCodebook.FILE_NAME);
    }

    /** The project of the first element of a selection that adapts to a resource, or null. */
    public static IProject projectOf(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
            return resource == null ? null : resource.getProject();
        }
        return null;
    }
}
