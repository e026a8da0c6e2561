package glossa.exchange.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import glossa.exchange.refiqda.ProjectBuilder;
import glossa.exchange.refiqda.QdeProject;
import glossa.exchange.refiqda.QdeReader;
import glossa.exchange.refiqda.QdpxArchive;
import glossa.exchange.refiqda.RefiQda;

/**
 * Imports a REFI-QDA project ({@code .qdpx}) as a new case folder: one article ({@code .txt}, UTF-8) with its
 * sidecar per text source, and the case codebook from the project's codes. The project is read and checked in
 * memory first; each article is then written into a hidden folder beside the target as soon as it is built
 * ({@link StagedCase}), which is renamed into place as the last step. So a failed import (an error anywhere in the
 * archive) leaves nothing, and the case appears whole or not at all; deleting the folder undoes it.
 */
public final class ProjectImport {

    /**
     * @param skipped what was not imported, one line each (PDF and picture sources, non-text selections, codings of a
     *                whole source, ...)
     */
    public record Result(Path caseDir, int articles, int annotations, int relations, int types, List<String> skipped) {
    }

    private ProjectImport() {
    }

    /**
     * @param caseDir the case folder to create; it must not exist, or be an empty folder
     * @throws ImportFormatException when the archive is not a REFI-QDA project Glossa can import (nothing written)
     * @throws FileAlreadyExistsException when {@code caseDir} exists and is not an empty folder
     */
    public static Result run(Path qdpx, Path caseDir, IProgressMonitor monitor) throws IOException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        Path target = caseDir.toAbsolutePath().normalize();
        checkTarget(target);
        progress.beginTask("Importing " + qdpx.getFileName(), 3);
        String file = String.valueOf(qdpx.getFileName());
        QdpxArchive archive;
        String qde = file + "!" + RefiQda.PROJECT_ENTRY;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(qdpx), 1 << 16)) {
            archive = QdpxArchive.read(in, file, xml -> QdeReader.readProject(xml, qde));
        }
        QdeProject project = archive.parsed();
        progress.worked(1);
        ProjectBuilder.Built built;
        try (StagedCase staged = new StagedCase(target)) {
            built = ProjectBuilder.build(project, archive, qde, progress, staged::article);
            progress.worked(1);
            staged.commit(built);
        }
        progress.done();
        int types = count(built.codebook());
        return new Result(target, built.articles().size(), built.annotations(), built.relations(), types,
                built.skipped());
    }

    private static int count(List<glossa.model.AnnotationType> types) {
        int n = types.size();
        for (glossa.model.AnnotationType type : types) {
            n += count(type.getChildren());
        }
        return n;
    }

    private static void checkTarget(Path target) throws IOException {
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "exists and is not a folder");
            }
            try (Stream<Path> children = Files.list(target)) {
                if (children.findAny().isPresent()) {
                    throw new DirectoryNotEmptyException(target.toString());
                }
            }
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new IOException(target + ": its parent folder does not exist");
        }
    }
}
