package glossa.core.merge;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import glossa.model.Document;

/**
 * What a {@link ThreeWayMerge} decided: the edits that turn "ours" into the merged document, the counts of what came
 * in from "theirs", and the conflicts it recorded. Nothing has changed until {@link #apply()} or the command from
 * {@link #toCommand} runs.
 */
public final class MergeResult {

    /** One field both sides changed to different values (or one deleted what the other changed). */
    public record Conflict(String objectKind, String objectId, String feature, String base, String ours,
            String theirs) {
    }

    private final Document ours;
    private final List<MergeEdit> edits;
    private final List<Conflict> conflicts;
    private final int added;
    private final int changed;
    private final int deleted;

    MergeResult(Document ours, List<MergeEdit> edits, List<Conflict> conflicts, int added, int changed, int deleted) {
        this.ours = ours;
        this.edits = List.copyOf(edits);
        this.conflicts = List.copyOf(conflicts);
        this.added = added;
        this.changed = changed;
        this.deleted = deleted;
    }

    /** The document the edits apply to. */
    public Document ours() {
        return ours;
    }

    /** Annotations that came in from theirs. */
    public int added() {
        return added;
    }

    /** Annotations of ours that took one or more fields from theirs. */
    public int changed() {
        return changed;
    }

    /** Annotations theirs deleted and ours had left as they were. */
    public int deleted() {
        return deleted;
    }

    /** The conflicts this merge found (also recorded in the document when applied). */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    public boolean isClean() {
        return conflicts.isEmpty();
    }

    /** Whether applying changes ours at all. */
    public boolean hasChanges() {
        return !edits.isEmpty();
    }

    /** Applies the merge to ours directly (no command stack). */
    public void apply() {
        for (MergeEdit edit : edits) {
            edit.apply();
        }
    }

    /** The whole merge as one command, so that one undo takes it back. */
    public Command toCommand(EditingDomain domain) {
        CompoundCommand compound = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Merge annotations",
                "Merge the annotations another writer saved");
        for (MergeEdit edit : edits) {
            compound.append(edit.toCommand(domain));
        }
        return compound;
    }

    /** For a status line: "2 annotations added, 1 changed, 0 deleted by another writer; 1 conflict". */
    public String summary() {
        String counts = added + (added == 1 ? " annotation" : " annotations") + " added, " + changed + " changed, "
                + deleted + " deleted by another writer";
        return conflicts.isEmpty() ? counts
                : counts + "; " + conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts");
    }
}
