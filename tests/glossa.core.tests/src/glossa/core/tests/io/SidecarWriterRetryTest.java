package glossa.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.io.ArticleStore;
import glossa.core.io.FileSystemOps;
import glossa.core.io.SidecarStore;
import glossa.core.merge.MergeResult;
import glossa.model.Annotation;

/**
 * A writer that does not take the lock (a sync client) changes the sidecar while a save writes its temporary file:
 * the save merges again and again, never renaming over bytes it has not merged, and gives up after eight rounds
 * with the other writer's file intact.
 */
class SidecarWriterRetryTest {

    private static final String TEXT = "一、技术出口管制升级。美国要求限制AI芯片出口，中国加快国产算力替代。OpenAI 称 DeepSeek 的成本已降至十分之一。";

    @TempDir
    Path dir;

    /** Writes a new version of the other writer's sidecar each time a save has written its temporary file. */
    private static final class SyncClient implements FileSystemOps {
        final Path sidecar;
        final AnnotatedArticle theirs;
        final int changes;
        final List<Path> temporaryWrites = new ArrayList<>();
        byte[] lastWritten;

        SyncClient(Path sidecar, AnnotatedArticle theirs, int changes) {
            this.sidecar = sidecar;
            this.theirs = theirs;
            this.changes = changes;
        }

        @Override
        public void writeAndForce(Path file, byte[] bytes) throws IOException {
            FileSystemOps.super.writeAndForce(file, bytes);
            temporaryWrites.add(file);
            if (temporaryWrites.size() <= changes) {
                add(theirs, "theirs-" + temporaryWrites.size(), 10 + 5 * temporaryWrites.size());
                lastWritten = new SidecarStore().toBytes(theirs.document());
                Files.write(sidecar, lastWritten);
            }
        }
    }

    private static Annotation add(AnnotatedArticle article, String id, int begin) {
        Annotation a = AnnotationFactory.create(article.text(), article.document().getCodebook().getTypes().get(0),
                begin, begin + 4, "t");
        a.setId(id);
        article.document().getAnnotations().add(a);
        return a;
    }

    private static Set<String> ids(Path sidecar) throws IOException {
        return new SidecarStore().load(sidecar).getAnnotations().stream().map(Annotation::getId)
                .collect(Collectors.toSet());
    }

    @Test
    void aSidecarThatKeepsChangingIsNeverOverwrittenAndTheSaveGivesUpAfterEightMerges() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        new ArticleStore().save(new ArticleStore().open(article, null), false, null);
        AnnotatedArticle theirs = new ArticleStore().open(article, null);
        SyncClient client = new SyncClient(sidecar, theirs, Integer.MAX_VALUE);
        ArticleStore store = new ArticleStore(client);
        AnnotatedArticle mine = store.open(article, null);
        add(mine, "mine", 0);

        IOException e = assertThrows(IOException.class, () -> store.save(mine, false, null));
        assertEquals(sidecar + ": kept changing while it was saved (8 merges); nothing was written", e.getMessage());
        assertEquals(8, client.temporaryWrites.size(), "one temporary file per round");
        assertArrayEquals(client.lastWritten, Files.readAllBytes(sidecar), "the other writer's last file stands");
        assertEquals(Set.of("theirs-1", "theirs-2", "theirs-3", "theirs-4", "theirs-5", "theirs-6", "theirs-7",
                "theirs-8"), ids(sidecar));
        for (Path temp : client.temporaryWrites) {
            assertTrue(Files.notExists(temp), "no temporary file is left: " + temp);
        }
        assertNotNull(mine.document().getAnnotations().stream().filter(a -> a.getId().equals("theirs-7")).findAny()
                .orElse(null), "each round merged the other writer's file into ours");
    }

    @Test
    void whenTheOtherWriterStopsTheSaveWritesEverythingMerged() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        new ArticleStore().save(new ArticleStore().open(article, null), false, null);
        AnnotatedArticle theirs = new ArticleStore().open(article, null);
        SyncClient client = new SyncClient(sidecar, theirs, 7); // the eighth round goes through
        ArticleStore store = new ArticleStore(client);
        AnnotatedArticle mine = store.open(article, null);
        add(mine, "mine", 0);

        List<MergeResult> applied = new ArrayList<>();
        MergeResult merge = store.save(mine, false, null, result -> {
            applied.add(result);
            result.apply();
        });
        assertEquals(8, client.temporaryWrites.size());
        assertEquals(7, applied.size(), "one merge per change of the other writer");
        assertNotNull(merge);
        assertTrue(applied.contains(merge), "the merge returned is one that was applied");
        assertTrue(merge.hasChanges());
        assertEquals(Set.of("mine", "theirs-1", "theirs-2", "theirs-3", "theirs-4", "theirs-5", "theirs-6",
                "theirs-7"), ids(sidecar));
        assertArrayEquals(Files.readAllBytes(sidecar), mine.sidecarBase(), "the base is what was written");
        assertNull(store.save(mine, false, null), "nothing new to merge afterwards");
    }

    @Test
    void theLastMergeWithChangesIsReportedNotALaterEmptyOne() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        new ArticleStore().save(new ArticleStore().open(article, null), false, null);
        AnnotatedArticle theirs = new ArticleStore().open(article, null);
        // The other writer adds one annotation, then rewrites the same document (other bytes, nothing to merge).
        FileSystemOps client = new FileSystemOps() {
            int round;

            @Override
            public void writeAndForce(Path file, byte[] bytes) throws IOException {
                FileSystemOps.super.writeAndForce(file, bytes);
                round++;
                if (round == 1) {
                    add(theirs, "theirs", 20);
                    Files.write(sidecar, new SidecarStore().toBytes(theirs.document()));
                } else if (round == 2) {
                    // The same document with a line break more at the end: other bytes, nothing to merge.
                    Files.write(sidecar, (new String(new SidecarStore().toBytes(theirs.document()),
                            StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        };
        ArticleStore store = new ArticleStore(client);
        AnnotatedArticle mine = store.open(article, null);
        add(mine, "mine", 0);
        List<MergeResult> applied = new ArrayList<>();
        MergeResult merge = store.save(mine, false, null, result -> {
            applied.add(result);
            result.apply();
        });
        assertEquals(2, applied.size());
        assertEquals(applied.get(0), merge, "the merge that brought the annotation in");
        assertEquals(1, merge.added());
        assertEquals(Set.of("mine", "theirs"), ids(sidecar));
    }
}
