package glossa.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import glossa.core.AnnotatedArticle;
import glossa.core.io.SidecarException;
import glossa.ui.GlossaUiPlugin;
import glossa.ui.internal.io.ArticleFiles;
import glossa.ui.internal.nls.Messages;

/**
 * Reads an article for {@link GlossaDocumentProvider}: its text with the sidecar, and when the sidecar cannot be read,
 * what {@link GlossaDocumentProvider#brokenSidecarPolicy} decides (set it aside, open the text read-only, or cancel).
 */
final class ArticleOpening {

    /** The article as opened, and whether the analyst chose to open it read-only because its sidecar was broken. */
    record Opened(AnnotatedArticle article, boolean readOnly) {
    }

    private ArticleOpening() {
    }

    /** Opens the article at {@code path} with its sidecar, or as the broken-sidecar policy says. */
    static Opened open(Path path, IProgressMonitor monitor) throws CoreException {
        try {
            return new Opened(ArticleFiles.open(path, monitor), false);
        } catch (SidecarException problem) {
            return afterBrokenSidecar(path, problem);
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
    }

    /** The decoded text of the article at {@code path} (without its sidecar). */
    static String text(Path path) throws CoreException {
        try {
            return ArticleFiles.decode(path).text();
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
    }

    /** Asks the broken-sidecar policy and opens the text accordingly; throws when the analyst cancels. */
    static Opened afterBrokenSidecar(Path path, SidecarException problem) throws CoreException {
        switch (GlossaDocumentProvider.brokenSidecarPolicy.decide(path, problem)) {
            case SET_ASIDE -> {
                try {
                    ArticleFiles.setAside(problem.file());
                    return new Opened(ArticleFiles.openWithoutSidecar(path), false);
                } catch (IOException e) {
                    throw new CoreException(Status.error(NLS.bind(Messages.Provider_cannotSetAside, problem.file(), e), e));
                }
            }
            case READ_ONLY -> {
                try {
                    return new Opened(ArticleFiles.openWithoutSidecar(path), true);
                } catch (IOException e) {
                    throw cannotRead(path, e);
                }
            }
            default -> throw new CoreException(new Status(IStatus.ERROR, GlossaUiPlugin.PLUGIN_ID,
                    NLS.bind(Messages.Provider_unreadable, problem.getMessage()), problem));
        }
    }

    /** The failure to read the article at {@code path}, as the editor reports it. */
    static CoreException cannotRead(Path path, Exception e) {
        return new CoreException(Status.error(NLS.bind(Messages.Provider_cannotRead, path, e.getMessage()), e));
    }

    /** The size of {@code file} in bytes; 0 when it is missing or cannot be read. */
    static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
