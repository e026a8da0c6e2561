package glossa.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;

import glossa.core.AnnotatedArticle;
import glossa.core.io.AtomicFileWriter;
import glossa.core.io.SidecarLock;
import glossa.core.io.SidecarStore;
import glossa.core.merge.MergeResult;
import glossa.core.merge.ThreeWayMerge;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * Settles the sidecars after JGit's merge of a pull, so that XMI never carries text conflict markers:
 * <ul>
 * <li>a conflicted sidecar is merged from its three index stages (1 base, 2 ours, 3 theirs) by {@link ThreeWayMerge},
 * written atomically and added (stage 0); field conflicts stay recorded in the document;</li>
 * <li>a sidecar both sides changed that JGit's line merge settled cleanly is merged again from the three commits, since
 * a clean line merge of XMI is not a sound merge of annotations;</li>
 * <li>a sidecar whose article has a text conflict is held: its file gets back our committed bytes (whatever JGit
 * wrote into it) and it stays unmerged, to be merged once the article's markers are gone.</li>
 * </ul>
 */
final class SidecarMerger {

    private static final String SUFFIX = AnnotatedArticle.SIDECAR_SUFFIX;
    private static final int BASE = 1;
    private static final int OURS = 2;
    private static final int THEIRS = 3;

    /** What the merger did; paths are relative to the case folder, with '/'. */
    record Outcome(List<String> merged, Map<String, List<MergeResult.Conflict>> fieldConflicts,
            List<String> textConflicts, List<String> held) {
    }

    private final Git git;
    private final Repository repository;
    private final Path root;
    private final SidecarStore store = new SidecarStore();

    SidecarMerger(Git git) {
        this.git = git;
        this.repository = git.getRepository();
        this.root = repository.getWorkTree().toPath();
    }

    /**
     * Settles the sidecars of the merge in progress. {@code cleanMergesOf} holds base, ours and theirs to merge again
     * the sidecars JGit merged cleanly, or is null when resuming a stopped merge (those were settled then, and may
     * have been edited since).
     */
    Outcome settle(RevCommit[] cleanMergesOf) throws IOException, GitAPIException {
        Map<String, ObjectId[]> unmerged = unmergedStages();
        List<String> textConflicts = new ArrayList<>();
        List<String> resolvedText = new ArrayList<>();
        for (String path : unmerged.keySet()) {
            if (!path.endsWith(SUFFIX)) {
                if (hasConflictMarkers(path) || cleanMergesOf != null) {
                    textConflicts.add(path);
                } else {
                    resolvedText.add(path); // resumed: the analyst took the markers out
                }
            }
        }
        List<String> merged = new ArrayList<>();
        List<String> held = new ArrayList<>();
        Map<String, List<MergeResult.Conflict>> fieldConflicts = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectId[]> entry : unmerged.entrySet()) {
            String path = entry.getKey();
            if (!path.endsWith(SUFFIX)) {
                continue;
            }
            ObjectId[] stages = entry.getValue();
            if (textConflicts.contains(path.substring(0, path.length() - SUFFIX.length()))) {
                held.add(path);
                restore(path, stages[OURS]);
            } else {
                merge(path, stages[BASE], stages[OURS], stages[THEIRS], fieldConflicts);
                merged.add(path);
            }
        }
        if (cleanMergesOf != null) {
            for (Map.Entry<String, ObjectId[]> entry : changedOnBothSides(cleanMergesOf).entrySet()) {
                if (!unmerged.containsKey(entry.getKey())) {
                    ObjectId[] ids = entry.getValue();
                    merge(entry.getKey(), ids[0], ids[1], ids[2], fieldConflicts);
                    merged.add(entry.getKey());
                }
            }
        }
        List<String> toAdd = new ArrayList<>(merged);
        toAdd.addAll(resolvedText);
        if (!toAdd.isEmpty()) {
            var add = git.add();
            toAdd.forEach(add::addFilepattern);
            add.call();
        }
        return new Outcome(merged, fieldConflicts, textConflicts, held);
    }

    /** The unmerged paths of the index with their stage blobs (index 1..3; null where a side has no file). */
    private Map<String, ObjectId[]> unmergedStages() throws IOException {
        Map<String, ObjectId[]> stages = new LinkedHashMap<>();
        DirCache index = repository.readDirCache();
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            if (entry.getStage() != DirCacheEntry.STAGE_0) {
                stages.computeIfAbsent(entry.getPathString(), p -> new ObjectId[4])[entry.getStage()] =
                        entry.getObjectId();
            }
        }
        return stages;
    }

    /** Sidecars whose blob differs on both sides from the base and between the sides: {base, ours, theirs}. */
    private Map<String, ObjectId[]> changedOnBothSides(RevCommit[] commits) throws IOException {
        Map<String, ObjectId[]> changed = new LinkedHashMap<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            for (RevCommit commit : commits) {
                if (commit == null) {
                    walk.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
                } else {
                    walk.addTree(commit.getTree());
                }
            }
            walk.setRecursive(true);
            walk.setFilter(PathSuffixFilter.create(SUFFIX));
            while (walk.next()) {
                ObjectId[] ids = new ObjectId[3];
                for (int t = 0; t < 3; t++) {
                    ids[t] = walk.getFileMode(t).getBits() == 0 ? null : walk.getObjectId(t);
                }
                if (ids[1] != null && ids[2] != null && !ids[1].equals(ids[0]) && !ids[2].equals(ids[0])
                        && !ids[1].equals(ids[2])) {
                    changed.put(walk.getPathString(), ids);
                }
            }
        }
        return changed;
    }

    private void merge(String path, ObjectId base, ObjectId ours, ObjectId theirs,
            Map<String, List<MergeResult.Conflict>> fieldConflicts) throws IOException {
        Path file = root.resolve(path);
        byte[] result;
        if (ours == null || theirs == null) {
            // Deleted on one side, changed on the other: keep the changed sidecar, as the merge keeps changed objects.
            result = read(ours == null ? theirs : ours);
        } else {
            Document baseDocument = base == null ? null : load(read(base), file);
            Document ourDocument = load(read(ours), file);
            Document theirDocument = load(read(theirs), file);
            if (ourDocument == null) {
                ourDocument = GlossaFactory.eINSTANCE.createDocument();
            }
            MergeResult merge = ThreeWayMerge.merge(baseDocument, ourDocument,
                    theirDocument == null ? GlossaFactory.eINSTANCE.createDocument() : theirDocument);
            merge.apply();
            if (!merge.conflicts().isEmpty()) {
                fieldConflicts.put(path, merge.conflicts());
            }
            result = store.toBytes(ourDocument);
        }
        write(file, result);
    }

    private void restore(String path, ObjectId ours) throws IOException {
        if (ours == null) {
            return;
        }
        Path file = root.resolve(path);
        byte[] bytes = read(ours);
        if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) {
            write(file, bytes);
        }
    }

    /** Under the sidecar's lock, so a save from an open editor never interleaves with the merge's write. */
    private static void write(Path file, byte[] bytes) throws IOException {
        try (SidecarLock lock = SidecarLock.acquire(file)) {
            new AtomicFileWriter().write(file, bytes);
        }
    }

    private Document load(byte[] bytes, Path file) throws IOException {
        return bytes.length == 0 ? null : store.load(bytes, file);
    }

    private byte[] read(ObjectId blob) throws IOException {
        return repository.open(blob).getBytes(Integer.MAX_VALUE - 8);
    }

    private boolean hasConflictMarkers(String path) throws IOException {
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return text.lines().anyMatch(line -> line.startsWith("<<<<<<< ") || line.startsWith(">>>>>>> ")
                || line.equals("======="));
    }
}
