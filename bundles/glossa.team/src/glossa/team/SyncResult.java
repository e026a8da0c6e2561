package glossa.team;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import glossa.core.merge.MergeResult;

/**
 * What a synchronisation did.
 *
 * @param status how far it got
 * @param committed whether local changes were committed first
 * @param merged sidecars merged by the semantic merge (relative paths)
 * @param fieldConflicts per sidecar, the field conflicts recorded in it for the Merge Conflicts view
 * @param textConflicts articles (and other files) JGit's text merge left with conflict markers
 * @param held sidecars of those articles, left as they were before the pull and still unmerged
 * @param message one line for the analyst
 */
public record SyncResult(Status status, boolean committed, List<String> merged,
        Map<String, List<MergeResult.Conflict>> fieldConflicts, List<String> textConflicts, List<String> held,
        String message) {

    public enum Status {
        /** Pulled, merged and pushed (or nothing to do). */
        SYNCHRONIZED,
        /** Stopped: some files have text conflicts; nothing was pushed. Resolve them and synchronise again. */
        TEXT_CONFLICTS,
        /** The remote moved on while we merged: synchronise again. */
        PUSH_REJECTED,
        /** Cancelled by the analyst; the working tree is as Git left it. */
        CANCELLED
    }

    public SyncResult {
        merged = List.copyOf(merged);
        fieldConflicts = Collections.unmodifiableMap(new TreeMap<>(fieldConflicts));
        textConflicts = List.copyOf(textConflicts);
        held = List.copyOf(held);
    }

    static SyncResult of(Status status, boolean committed, String message) {
        return new SyncResult(status, committed, List.of(), Map.of(), List.of(), List.of(), message);
    }

    /** The number of field conflicts over all sidecars. */
    public int fieldConflictCount() {
        return fieldConflicts.values().stream().mapToInt(List::size).sum();
    }
}
