package glossa.ui.internal.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseArticles;
import glossa.ui.internal.nls.Messages;

/**
 * Copies article files into a case folder, each with its sidecar when it has one. A name already taken gets a
 * " (2)" style suffix: nothing in the case is overwritten. Runs inside a workspace operation.
 */
public final class ArticleImport {

    private ArticleImport() {
    }

    /** Returns the created article files; files that are not articles are skipped. */
    public static List<IFile> copyInto(IContainer target, List<Path> files, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.ArticleImport_task, files.size());
        List<IFile> created = new ArrayList<>();
        for (Path file : files) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (!Files.isRegularFile(file) || !CaseArticles.isArticle(file)) {
                progress.worked(1);
                continue;
            }
            IFile article = freeName(target, file.getFileName().toString());
            SubMonitor one = progress.split(1);
            Path sidecar = AnnotatedArticle.sidecarOf(file);
            create(CaseResources.sidecarIn(target, article.getName()), sidecar, one, Files.isRegularFile(sidecar));
            create(article, file, one, true);
            created.add(article);
        }
        return created;
    }

    private static void create(IFile file, Path source, IProgressMonitor monitor, boolean wanted) throws CoreException {
        if (!wanted) {
            return;
        }
        try (InputStream in = Files.newInputStream(source)) {
            file.create(in, IResource.NONE, monitor);
        } catch (IOException e) {
            throw new CoreException(new Status(IStatus.ERROR, "glossa.ui", NLS.bind(Messages.ArticleImport_cannotRead, source,
                    e.getMessage()), e));
        }
    }

    /** {@code name}, or {@code stem (2).ext}, … whichever does not exist yet (and whose sidecar does not either). */
    static IFile freeName(IContainer target, String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int i = 2; target.getFile(org.eclipse.core.runtime.IPath.fromPortableString(candidate)).exists()
                || CaseResources.sidecarIn(target, candidate).exists(); i++) {
            candidate = stem + " (" + i + ")" + extension;
        }
        return target.getFile(org.eclipse.core.runtime.IPath.fromPortableString(candidate));
    }
}
