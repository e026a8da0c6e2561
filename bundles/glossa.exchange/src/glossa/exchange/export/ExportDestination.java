package glossa.exchange.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import glossa.core.AnnotatedArticle;
import glossa.core.io.FileErrors;

/**
 * Decides whether an export may write to a path. An export never replaces an article or a sidecar of its input (the
 * article exported, or every article of a case), however the path is spelled: it is made absolute, symbolic links
 * are followed (a dangling one to where it points) and, where the file does not exist yet, its folder's real path
 * is taken. Any other existing file is replaced only when the caller says so ({@code --force} on the command line,
 * the analyst's "yes" in the wizard).
 */
public final class ExportDestination {

    private static final int MAX_LINKS = 40; // as the kernel's ELOOP limit, so a link cycle is an error, not a hang

    private ExportDestination() {
    }

    /** Why a destination was refused; {@link Kind#EXISTS} alone may be overridden. */
    public static final class Refused extends IOException {

        private static final long serialVersionUID = 1L;

        /** What is wrong with the destination. */
        public enum Kind {
            /** The destination is an article or a sidecar of the input: never written. */
            PROTECTED,
            /** Another file exists there: written only when forced. */
            EXISTS,
            /** A folder, or a path whose folder does not exist. */
            NOT_A_FILE
        }

        private final Kind kind;

        Refused(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    /**
     * Checks {@code output} against the {@code articles} of the input (null entries, e.g. in-memory articles, are
     * skipped) and returns its resolved path.
     *
     * @throws Refused when the export must not write there; {@link Refused.Kind#EXISTS} only when not {@code force}
     */
    public static Path check(Path output, Collection<Path> articles, boolean force) throws Refused {
        return check(output, articles, List.of(), force);
    }

    /** As {@link #check(Path, Collection, boolean)}, also never writing over {@code otherFiles} (a case's codebook). */
    public static Path check(Path output, Collection<Path> articles, Collection<Path> otherFiles, boolean force)
            throws Refused {
        Path resolved = resolve(output);
        if (Files.isDirectory(resolved)) {
            throw new Refused(Refused.Kind.NOT_A_FILE, output + " is a directory; name a file to write");
        }
        for (Path article : articles) {
            if (article == null) {
                continue;
            }
            if (sameFile(resolved, article)) {
                throw new Refused(Refused.Kind.PROTECTED, "will not write the export over the article " + article
                        + (output.equals(article) ? "" : " (" + output + " is that file)"));
            }
            Path sidecar = AnnotatedArticle.sidecarOf(article);
            if (sameFile(resolved, sidecar)) {
                throw new Refused(Refused.Kind.PROTECTED, "will not write the export over the sidecar " + sidecar
                        + " of " + article + (output.equals(sidecar) ? "" : " (" + output + " is that file)"));
            }
        }
        for (Path other : otherFiles) {
            if (sameFile(resolved, other)) {
                throw new Refused(Refused.Kind.PROTECTED, "will not write the export over " + other);
            }
        }
        if (!force && Files.exists(resolved)) {
            throw new Refused(Refused.Kind.EXISTS, output + " exists; use --force to replace it");
        }
        return resolved;
    }

    private static boolean sameFile(Path resolved, Path protectedFile) {
        try {
            return resolved.equals(resolve(protectedFile));
        } catch (Refused e) {
            return false; // a protected file in a missing folder cannot be the destination, which has a folder
        }
    }

    /**
     * The file a write to {@code path} would change: absolute, links followed, the folder's real path where the file
     * does not exist.
     */
    public static Path resolve(Path path) throws Refused {
        Objects.requireNonNull(path);
        try {
            Path current = path.toAbsolutePath();
            for (int links = 0; links <= MAX_LINKS; links++) {
                if (Files.exists(current)) {
                    return current.toRealPath();
                }
                if (!Files.isSymbolicLink(current)) {
                    Path parent = current.getParent();
                    if (parent == null || current.getFileName() == null || !Files.isDirectory(parent)) {
                        throw new Refused(Refused.Kind.NOT_A_FILE, "no such folder for " + path);
                    }
                    return parent.toRealPath().resolve(current.getFileName());
                }
                // A dangling link: writing through it would create the file it names.
                current = current.resolveSibling(Files.readSymbolicLink(current));
            }
            throw new Refused(Refused.Kind.NOT_A_FILE, path + ": too many levels of symbolic links");
        } catch (Refused e) {
            throw e;
        } catch (IOException | InvalidPathException | SecurityException e) {
            throw new Refused(Refused.Kind.NOT_A_FILE, "cannot resolve " + path + ": " + FileErrors.reason(e));
        }
    }
}
