package glossa.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

import glossa.core.AnnotatedArticle;
import glossa.core.anchor.ReanchorReport;
import glossa.core.anchor.Reanchoring;
import glossa.core.merge.MergeResult;
import glossa.core.merge.ThreeWayMerge;
import glossa.core.text.ArticleText;
import glossa.model.Document;

/**
 * Saves a sidecar as a compare-and-swap: it never replaces bytes it has not merged.
 *
 * <p>The article remembers the sidecar's bytes as it last read or wrote them (the base). Under the
 * {@link SidecarLock}, a save reads the sidecar again; when another writer changed it since (a second workbench, the
 * command line, a sync client, {@code git pull}), their document is merged three ways into ours
 * ({@link ThreeWayMerge}, base = the remembered bytes) before anything is written. The new bytes are renamed over the
 * sidecar only if it still holds what was merged; a writer that does not take the lock (a sync client) and changed it
 * meanwhile makes the save merge again. A sidecar that cannot be read is never replaced: the save fails.</p>
 *
 * <p>When the other writer's annotations were made on another text (their recorded hash differs), they are
 * re-anchored on ours first, and so is the base, so that the merge compares places in one text.</p>
 */
public final class SidecarWriter {

    /** How often a save merges again when the sidecar keeps changing under it, before it gives up. */
    static final int ATTEMPTS = 8;

    private final SidecarStore sidecars;
    private final AtomicFileWriter writer;

    public SidecarWriter(SidecarStore sidecars, AtomicFileWriter writer) {
        this.sidecars = sidecars;
        this.writer = writer;
    }

    /**
     * Saves {@code article}'s document into its sidecar, merging first what another writer saved since the base.
     *
     * @param applyMerge applies a merge to the document: directly, or as one undoable command in the workbench
     * @return the merge that was applied, or null when nobody else had written
     * @throws SidecarException when the sidecar on disk cannot be read (it is left as it is)
     */
    public MergeResult save(AnnotatedArticle article, Consumer<MergeResult> applyMerge) throws IOException {
        Path sidecar = AnnotatedArticle.sidecarOf(article.articlePath());
        MergeResult lastMerge = null;
        try (SidecarLock lock = SidecarLock.acquire(sidecar)) {
            for (int attempt = 1;; attempt++) {
                byte[] current = SidecarStore.readIfExists(sidecar);
                if (current != null && !Arrays.equals(current, article.sidecarBase())) {
                    MergeResult merge = merge(article, current, sidecar);
                    applyMerge.accept(merge);
                    article.setSidecarBase(current);
                    lastMerge = lastMerge == null || merge.hasChanges() ? merge : lastMerge;
                }
                byte[] bytes = sidecars.toBytes(article.document());
                try {
                    writer.write(sidecar, bytes, () -> Arrays.equals(SidecarStore.readIfExists(sidecar), current));
                    article.setSidecarBase(bytes);
                    return lastMerge;
                } catch (AtomicFileWriter.PreconditionFailedException e) {
                    if (attempt >= ATTEMPTS) {
                        throw new IOException(sidecar + ": kept changing while it was saved (" + ATTEMPTS
                                + " merges); nothing was written", e);
                    }
                }
            }
        }
    }

    /**
     * Fails, before anything is written, when another writer changed the sidecar since the base and Glossa cannot
     * read what is there now; the save would fail on it later, and the text must not be written alone.
     *
     * @throws SidecarException when the changed sidecar cannot be read
     */
    void checkReadable(AnnotatedArticle article) throws IOException {
        Path sidecar = AnnotatedArticle.sidecarOf(article.articlePath());
        byte[] current = SidecarStore.readIfExists(sidecar);
        if (current != null && !Arrays.equals(current, article.sidecarBase())) {
            sidecars.load(current, sidecar);
        }
    }

    /** The merge of the sidecar's {@code current} bytes into the article's document, not applied yet. */
    public MergeResult merge(AnnotatedArticle article, byte[] current, Path sidecar) throws IOException {
        Document theirs = sidecars.load(current, sidecar);
        Document base = article.sidecarBase() == null ? null : sidecars.load(article.sidecarBase(), sidecar);
        onOurText(theirs, article.articleText());
        if (base != null) {
            onOurText(base, article.articleText());
        }
        return ThreeWayMerge.merge(base, article.document(), theirs);
    }

    /** Re-anchors a side's annotations on our text when they were made on another one. */
    private static void onOurText(Document side, ArticleText text) {
        if (Reanchoring.isNeeded(side, text.text())) {
            ReanchorReport report = (new AnnotatedArticle(null, text, side)).reanchor(null, null);
            report.apply();
        }
    }
}
