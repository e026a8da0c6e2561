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
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.OrTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseCodebook;
import glossa.core.cases.CodebookFileMerge;
import glossa.core.io.AtomicFileWriter;
import glossa.core.io.SidecarLock;
import glossa.core.io.SidecarStore;
import glossa.core.merge.MergeResult;
import glossa.core.merge.ThreeWayMerge;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * Settles the sidecars and the case codebook file after JGit's merge of a pull, so that XMI never carries text
 * conflict markers (both are "semantic files" below; the codebook file is merged by {@link CodebookFileMerge}):
 * <ul>
 * <li>a conflicted sidecar is merged from its three index stages (1 base, 2 ours, 3 theirs) by {@link ThreeWayMerge},
 * written atomically and added (stage 0); field conflicts stay recorded in the document;</li>
 * <li>a sidecar both sides changed that JGit's line merge settled cleanly is merged again from the three commits, since
 * a clean line merge of XMI is not a sound merge of annotations;</li>
 * <li>a sidecar whose article has a text conflict is held: its file gets back our committed bytes (whatever JGit
 * wrote into it) and it stays unmerged, to be merged once the article's markers are gone.</li>
 * </ul>
 * When the two sides have several merge bases (a criss-cross history), JGit's recursive merge hands over a virtual
 * base made by merging the bases line by line, which for XMI may hold conflict markers. The base of a semantic file is
 * then made the same way Git makes it, but semantically: the bases' versions are merged into one by the semantic
 * merge (as added on both sides, so nothing any base held is dropped), and that is the base of the final merge.
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
    /** The sides of the merge being settled; null when unknown (no merge head). */
    private Sides sides;

    SidecarMerger(Git git) {
        this.git = git;
        this.repository = git.getRepository();
        this.root = repository.getWorkTree().toPath();
    }

    /** Ours, theirs and all their merge bases (several after a criss-cross history; none for unrelated ones). */
    record Sides(RevCommit ours, RevCommit theirs, List<RevCommit> bases) {

        static Sides of(Repository repository, ObjectId ours, ObjectId theirs) throws IOException {
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit our = walk.parseCommit(ours);
                RevCommit their = walk.parseCommit(theirs);
                walk.setRevFilter(RevFilter.MERGE_BASE);
                walk.markStart(our);
                walk.markStart(their);
                List<RevCommit> bases = new ArrayList<>();
                for (RevCommit base = walk.next(); base != null; base = walk.next()) {
                    bases.add(base);
                }
                return new Sides(our, their, bases);
            }
        }

        /** The merge in progress: HEAD and MERGE_HEAD, or null when there is none. */
        static Sides ofMergeInProgress(Repository repository) throws IOException {
            ObjectId head = repository.resolve(Constants.HEAD);
            List<ObjectId> mergeHeads = repository.readMergeHeads();
            return head == null || mergeHeads == null || mergeHeads.isEmpty() ? null
                    : of(repository, head, mergeHeads.get(0));
        }
    }

    /**
     * Settles the sidecars of the merge in progress. {@code cleanMergesOf} holds the sides JGit merged, to merge
     * again the semantic files JGit merged cleanly, or is null when resuming a stopped merge (those were settled then,
     * and may have been edited since).
     */
    Outcome settle(Sides cleanMergesOf) throws IOException, GitAPIException {
        sides = cleanMergesOf != null ? cleanMergesOf : Sides.ofMergeInProgress(repository);
        Map<String, ObjectId[]> unmerged = unmergedStages();
        List<String> textConflicts = new ArrayList<>();
        List<String> resolvedText = new ArrayList<>();
        for (String path : unmerged.keySet()) {
            if (!isSemantic(path)) {
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
            if (!isSemantic(path)) {
                continue;
            }
            ObjectId[] stages = entry.getValue();
            if (path.endsWith(SUFFIX) && textConflicts.contains(path.substring(0, path.length() - SUFFIX.length()))) {
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

    /** Sidecars and the case codebook file: merged by their meaning, never by line. */
    static boolean isSemantic(String path) {
        return path.endsWith(SUFFIX) || isCodebook(path);
    }

    private static boolean isCodebook(String path) {
        return path.equals(CaseCodebook.FILE_NAME) || path.endsWith("/" + CaseCodebook.FILE_NAME);
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

    /**
     * Semantic files whose blob differs on both sides from the base and between the sides: {base, ours, theirs}
     * (base null when there are several: {@link #baseBytes} makes it). With several bases every file that differs
     * between the sides is merged again, since no single base says which side changed it.
     */
    private Map<String, ObjectId[]> changedOnBothSides(Sides commits) throws IOException {
        Map<String, ObjectId[]> changed = new LinkedHashMap<>();
        boolean oneBase = commits.bases().size() == 1;
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commits.ours().getTree());
            walk.addTree(commits.theirs().getTree());
            if (oneBase) {
                walk.addTree(commits.bases().get(0).getTree());
            } else {
                walk.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
            }
            walk.setRecursive(true);
            walk.setFilter(OrTreeFilter.create(PathSuffixFilter.create(SUFFIX),
                    PathSuffixFilter.create(CaseCodebook.FILE_NAME)));
            while (walk.next()) {
                if (!isSemantic(walk.getPathString())) {
                    continue;
                }
                ObjectId[] ids = new ObjectId[3];
                ids[1] = blob(walk, 0);
                ids[2] = blob(walk, 1);
                ids[0] = blob(walk, 2);
                if (ids[1] != null && ids[2] != null && !ids[1].equals(ids[2])
                        && (!oneBase || !ids[1].equals(ids[0]) && !ids[2].equals(ids[0]))) {
                    changed.put(walk.getPathString(), ids);
                }
            }
        }
        return changed;
    }

    private static ObjectId blob(TreeWalk walk, int tree) {
        return walk.getFileMode(tree).getBits() == 0 ? null : walk.getObjectId(tree);
    }

    private void merge(String path, ObjectId base, ObjectId ours, ObjectId theirs,
            Map<String, List<MergeResult.Conflict>> fieldConflicts) throws IOException {
        Path file = root.resolve(path);
        byte[] result;
        if (ours == null || theirs == null) {
            // Deleted on one side, changed on the other: keep the changed file, as the merge keeps changed objects.
            result = read(ours == null ? theirs : ours);
        } else {
            Merged merged = merge(path, baseBytes(path, base), read(ours), read(theirs));
            if (!merged.conflicts().isEmpty()) {
                fieldConflicts.put(path, merged.conflicts());
            }
            result = merged.bytes();
        }
        write(file, result);
    }

    private record Merged(byte[] bytes, List<MergeResult.Conflict> conflicts) {
    }

    /** The semantic three-way merge of one file's three versions (base null or empty: none). */
    private Merged merge(String path, byte[] base, byte[] ours, byte[] theirs) throws IOException {
        Path file = root.resolve(path);
        if (isCodebook(path)) {
            CodebookFileMerge.Result result = CodebookFileMerge.merge(base, ours, theirs, file);
            return new Merged(result.bytes(), result.conflicts());
        }
        Document baseDocument = base == null ? null : load(base, file);
        Document ourDocument = load(ours, file);
        Document theirDocument = load(theirs, file);
        if (ourDocument == null) {
            ourDocument = GlossaFactory.eINSTANCE.createDocument();
        }
        MergeResult merge = ThreeWayMerge.merge(baseDocument, ourDocument,
                theirDocument == null ? GlossaFactory.eINSTANCE.createDocument() : theirDocument);
        merge.apply();
        return new Merged(store.toBytes(ourDocument), merge.conflicts());
    }

    /**
     * The base of one file: the blob JGit gave when there is one merge base; with several, the bases' versions
     * merged into one semantically (each as added on both sides, so the union of what they held).
     */
    private byte[] baseBytes(String path, ObjectId stageBase) throws IOException {
        if (sides == null || sides.bases().size() < 2) {
            return stageBase == null ? null : read(stageBase);
        }
        byte[] virtual = null;
        for (RevCommit base : sides.bases()) {
            byte[] version;
            try (TreeWalk walk = TreeWalk.forPath(repository, path, base.getTree())) {
                version = walk == null ? null : read(walk.getObjectId(0));
            }
            if (version == null || version.length == 0) {
                continue;
            }
            virtual = virtual == null ? version : merge(path, null, virtual, version).bytes();
        }
        return virtual;
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
        return bytes == null || bytes.length == 0 ? null : store.load(bytes, file);
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
