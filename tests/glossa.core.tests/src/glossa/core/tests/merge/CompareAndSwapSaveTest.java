package glossa.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.io.ArticleStore;
import glossa.core.io.SidecarException;
import glossa.core.io.SidecarStore;
import glossa.core.merge.MergeResult;
import glossa.core.text.ArticleText;
import glossa.model.Annotation;

/** {@link ArticleStore#save} never replaces sidecar bytes it has not merged, and never writes half a save. */
class CompareAndSwapSaveTest {

    @TempDir
    Path dir;

    private final ArticleStore store = new ArticleStore();

    private Path article() throws Exception {
        return Files.writeString(dir.resolve("a.txt"), MergeFixtures.TEXT, StandardCharsets.UTF_8);
    }

    private static Annotation add(AnnotatedArticle article, String id, int begin) {
        Annotation a = AnnotationFactory.create(article.text(), article.document().getCodebook().getTypes().get(0),
                begin, begin + 6, "t");
        a.setId(id);
        article.document().getAnnotations().add(a);
        return a;
    }

    @Test
    void aSaveMergesWhatAnotherWriterSavedSinceTheOpen() throws Exception {
        Path path = article();
        AnnotatedArticle mine = store.open(path, null);
        add(mine, "mine", 0);
        AnnotatedArticle theirs = store.open(path, null);
        add(theirs, "theirs", 20);
        assertNull(store.save(theirs, false, null), "nobody else wrote before them");
        List<MergeResult> applied = new ArrayList<>();
        MergeResult merge = store.save(mine, false, null, result -> {
            applied.add(result);
            result.apply();
        });
        assertNotNull(merge);
        assertEquals(List.of(merge), applied, "the merge goes through the caller's applier");
        assertEquals(1, merge.added());
        assertNotNull(MergeFixtures.annotation(mine.document(), "theirs"), "ours now holds theirs too");
        var onDisk = new SidecarStore().load(AnnotatedArticle.sidecarOf(path));
        assertEquals(2, onDisk.getAnnotations().size());
        assertArrayEquals(Files.readAllBytes(AnnotatedArticle.sidecarOf(path)), mine.sidecarBase(),
                "the base follows what was written");
        assertNull(store.save(mine, false, null), "a second save has nothing new to merge");
    }

    @Test
    void aChangedSidecarThatCannotBeReadFailsTheSaveAndNothingIsWrittenNotEvenTheText() throws Exception {
        Path path = article();
        AnnotatedArticle mine = store.open(path, null);
        add(mine, "mine", 0);
        store.save(mine, false, null);
        Path sidecar = AnnotatedArticle.sidecarOf(path);
        Files.writeString(sidecar, "<?xml version=\"1.0\"?><broken");
        byte[] textBefore = Files.readAllBytes(path);
        mine.setArticleText(new ArticleText("编辑后的文本" + mine.text(), mine.articleText().charset(), false));
        assertThrows(SidecarException.class, () -> store.save(mine, true, null));
        assertArrayEquals(textBefore, Files.readAllBytes(path), "the text was not written");
        assertEquals("<?xml version=\"1.0\"?><broken", Files.readString(sidecar), "the broken sidecar stays");
        assertTrue(Files.exists(sidecar));
    }

    @Test
    void aSidecarSomeoneDeletedIsWrittenAnewWithOurWork() throws Exception {
        Path path = article();
        AnnotatedArticle mine = store.open(path, null);
        add(mine, "mine", 0);
        store.save(mine, false, null);
        Files.delete(AnnotatedArticle.sidecarOf(path));
        add(mine, "more", 30);
        assertNull(store.save(mine, false, null));
        assertEquals(2, new SidecarStore().load(AnnotatedArticle.sidecarOf(path)).getAnnotations().size());
    }
}
