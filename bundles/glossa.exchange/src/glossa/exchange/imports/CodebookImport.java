package glossa.exchange.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import glossa.core.codebook.Codebooks;
import glossa.model.AnnotationType;
import glossa.model.Codebook;

/**
 * What importing a codebook file adds to a codebook, whatever the file's format: each type the codebook does not
 * have yet (same id, or same name) becomes a new type under its parent; the ones it has are reported as already
 * present and their children are merged under them. Types are only added, never changed or removed, and a new type
 * whose id is taken elsewhere gets a free one ({@code id-2}...). The result is applied as one step: one undo in the
 * workbench, {@link ImportResult#applyTo} or {@link #applyTo(Codebook, List)} on the command line.
 */
public final class CodebookImport {

    private final List<AnnotationType> existing;
    private final Set<String> usedIds = new HashSet<>();
    private final ImportReport report = new ImportReport();
    private final List<ImportResult.TypeAddition> additions = new ArrayList<>();
    private int records;
    private int imported;

    private CodebookImport(Codebook target) {
        existing = Codebooks.allTypes(target);
        existing.forEach(t -> usedIds.add(t.getId()));
    }

    /** The types of {@code imported} that {@code target} lacks, each with its place; neither codebook changes. */
    public static ImportResult additions(Codebook target, Codebook imported) {
        CodebookImport run = new CodebookImport(target);
        for (AnnotationType type : imported.getTypes()) {
            run.merge(type, null, null);
        }
        run.report.counted(run.records, run.imported);
        return new ImportResult(List.of(), List.of(), run.report, List.copyOf(run.additions));
    }

    /** Adds the types to the codebook (the command line's apply; the workbench makes commands of them). */
    public static void applyTo(Codebook codebook, List<ImportResult.TypeAddition> additions) {
        for (ImportResult.TypeAddition addition : additions) {
            (addition.parent() == null ? codebook.getTypes() : addition.parent().getChildren()).add(addition.type());
        }
    }

    private void merge(AnnotationType type, AnnotationType existingParent, AnnotationType newParent) {
        int record = ++records;
        AnnotationType match = newParent == null ? find(type) : null;
        if (match != null) {
            report.alreadyPresent(record, 0, clash(type, match));
            for (AnnotationType child : type.getChildren()) {
                merge(child, match, null);
            }
            return;
        }
        AnnotationType copy = EcoreUtil.copy(type);
        copy.getChildren().clear();
        copy.setId(freeId(type.getId()));
        if (!copy.getId().equals(type.getId())) {
            report.info(record, 0, "type '" + type.getName() + "' added as " + copy.getId() + ": the id "
                    + type.getId() + " is taken");
        }
        if (newParent != null) {
            newParent.getChildren().add(copy);
        } else {
            additions.add(new ImportResult.TypeAddition(copy, existingParent));
        }
        imported++;
        for (AnnotationType child : type.getChildren()) {
            merge(child, existingParent, copy);
        }
    }

    /** Why a type of the file is not added: the same type, or one that shares only its id or only its name. */
    private static String clash(AnnotationType type, AnnotationType match) {
        boolean sameId = match.getId().equals(type.getId());
        boolean sameName = Objects.equals(match.getName(), type.getName());
        if (sameId && sameName) {
            return "type '" + type.getName() + "' is already in the codebook as " + match.getId()
                    + "; not added again";
        }
        if (sameId) {
            return "type '" + type.getName() + "' not added: its id " + type.getId() + " is taken by '"
                    + match.getName() + "', which is kept";
        }
        return "type '" + type.getName() + "' (" + type.getId() + ") not added: the name is taken by "
                + match.getId() + ", which is kept";
    }

    private AnnotationType find(AnnotationType type) {
        for (AnnotationType candidate : existing) {
            if (candidate.getId().equals(type.getId()) || Objects.equals(candidate.getName(), type.getName())) {
                return candidate;
            }
        }
        return null;
    }

    private String freeId(String id) {
        String base = id == null || id.isBlank() ? "type" : id;
        String free = base;
        for (int n = 2; usedIds.contains(free); n++) {
            free = base + "-" + n;
        }
        usedIds.add(free);
        return free;
    }
}
