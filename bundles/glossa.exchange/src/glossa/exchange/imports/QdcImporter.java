package glossa.exchange.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.exchange.refiqda.CodebookBuilder;
import glossa.exchange.refiqda.QdeProject;
import glossa.exchange.refiqda.QdeReader;
import glossa.model.AnnotationType;

/**
 * Merges a REFI-QDA codebook ({@code .qdc}, or the codebook of a {@code project.qde}) into the article's codebook:
 * each code the codebook does not have yet (same Glossa id, or same name) becomes a new type under its parent;
 * the ones it has are reported as already present and their children are merged under them. Types are only added,
 * never changed or removed. The file is refused whole when it is not well-formed, has a DOCTYPE, or a code lacks a
 * valid GUID or a name, or a GUID is used twice.
 */
public final class QdcImporter implements Importer {

    /** The largest codebook file read (a codebook of 10,000 codes is about 2 MB). */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private ImportReport report;
    private CodebookBuilder builder;
    private List<AnnotationType> existing;
    private final List<ImportResult.TypeAddition> additions = new ArrayList<>();
    private int records;
    private int imported;

    @Override
    public ImportResult read(AnnotatedArticle article, InputStream in, IProgressMonitor monitor) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ImportFormatException(1, 1, "larger than " + MAX_BYTES / (1024 * 1024) + " MiB; not a codebook");
        }
        List<QdeProject.Code> codes = QdeReader.readCodebook(bytes, "");
        report = new ImportReport();
        existing = Codebooks.allTypes(article.document().getCodebook());
        builder = new CodebookBuilder(existing.stream().map(AnnotationType::getId).toList());
        for (QdeProject.Code code : codes) {
            merge(code, null, null);
        }
        report.counted(records, imported);
        return new ImportResult(List.of(), List.of(), report, additions);
    }

    private void merge(QdeProject.Code code, AnnotationType existingParent, AnnotationType newParent) {
        int record = ++records;
        AnnotationType match = newParent == null ? find(code) : null;
        if (match != null) {
            report.alreadyPresent(record, code.line, "code '" + code.name + "' is already in the codebook as "
                    + match.getId() + "; not added again");
            for (QdeProject.Code child : code.children) {
                merge(child, match, null);
            }
            return;
        }
        AnnotationType type = builder.type(code);
        if (newParent != null) {
            newParent.getChildren().add(type);
        } else {
            additions.add(new ImportResult.TypeAddition(type, existingParent));
        }
        imported++;
        for (QdeProject.Code child : code.children) {
            merge(child, existingParent, type);
        }
    }

    private AnnotationType find(QdeProject.Code code) {
        String id = CodebookBuilder.proposedId(code);
        for (AnnotationType type : existing) {
            if (type.getId().equals(id) || Objects.equals(type.getName(), code.name)) {
                return type;
            }
        }
        return null;
    }
}
