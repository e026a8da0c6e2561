package glossa.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.ArticleStore;
import glossa.core.io.ArticleTooLargeException;
import glossa.core.io.SidecarStore;
import glossa.core.text.ContentHash;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/** The rules of opening an article: its size limit, what a sparse sidecar is completed with, and progress. */
class ArticleStoreRulesTest {

    private static final String TEXT = "一、背景\nOpenAI 提出限制 DeepSeek 的建议。\n二、分析\n这是一个测试文本。\n";

    @TempDir
    Path dir;

    private final ArticleStore store = new ArticleStore();

    @Test
    void anArticleOfExactlyTheLimitIsOpenedAndOneByteMoreIsRefused() throws Exception {
        Path limit = sparse("limit.txt", ArticleStore.MAX_ARTICLE_BYTES);
        ArticleStore.checkSize(limit); // no exception
        Path above = sparse("above.txt", ArticleStore.MAX_ARTICLE_BYTES + 1);
        ArticleTooLargeException e = assertThrows(ArticleTooLargeException.class, () -> ArticleStore.checkSize(above));
        assertEquals(above, e.file());
        assertEquals(ArticleStore.MAX_ARTICLE_BYTES + 1, e.size());
        assertEquals(ArticleStore.MAX_ARTICLE_BYTES, e.limit());
        assertEquals(20L * 1024 * 1024, e.limit(), "20 MiB");
        assertEquals(above + " is too large to open: 20.0 MB (20,971,521 bytes); Glossa opens articles up to 20.0 MB",
                e.getMessage());
        assertThrows(ArticleTooLargeException.class, () -> store.open(above, null));
    }

    @Test
    void theSizeIsSaidInMegabytesWithOneDecimal() {
        ArticleTooLargeException e = new ArticleTooLargeException(Path.of("a.txt"), 1_572_864, 1_048_576);
        assertEquals("a.txt is too large to open: 1.5 MB (1,572,864 bytes); Glossa opens articles up to 1.0 MB",
                e.getMessage());
    }

    @Test
    void aFolderOrAMissingFileIsNoArticle() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> store.open(folder, null));
        assertEquals(folder.toString(), e.getFile());
        assertEquals("no such article file", e.getReason());
        assertThrows(NoSuchFileException.class, () -> store.open(dir.resolve("missing.txt"), null));
    }

    @Test
    void aSidecarWithoutHashCodebookOrKnownEncodingIsCompletedNotFlagged() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        Document bare = GlossaFactory.eINSTANCE.createDocument();
        bare.setEncoding("no-such-charset");
        new SidecarStore().save(bare, AnnotatedArticle.sidecarOf(article));
        AnnotatedArticle opened = store.open(article, null);
        Document document = opened.document();
        assertFalse(opened.textChangedSinceAnnotated(), "without a recorded hash nothing is known to have changed");
        assertEquals(ContentHash.of(TEXT), document.getContentHash(), "the hash of the text as it is now");
        assertNotNull(document.getCodebook());
        assertEquals(DefaultCodebook.create().getTypes().size(), document.getCodebook().getTypes().size());
        assertEquals("UTF-8", document.getEncoding(), "an unknown charset name is detected anew");
        assertEquals(TEXT, opened.text());
        assertEquals(List.of(), opened.loadProblems());
    }

    @Test
    void aRecordedHashOfAnotherTextFlagsTheChange() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        Document old = GlossaFactory.eINSTANCE.createDocument();
        old.setContentHash(ContentHash.of("another text"));
        old.setCodebook(DefaultCodebook.create());
        new SidecarStore().save(old, AnnotatedArticle.sidecarOf(article));
        AnnotatedArticle opened = store.open(article, ArticleStore.ReanchorPolicy.DEFER, null);
        assertTrue(opened.textChangedSinceAnnotated());
        assertEquals(ContentHash.of("another text"), opened.document().getContentHash(), "kept until re-anchored");
    }

    @Test
    void openingAndSavingReportTheirSteps() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        Progress progress = new Progress();
        AnnotatedArticle opened = store.open(article, progress);
        assertEquals(List.of("begin Opening a.txt 4", "worked 1", "worked 1", "worked 1", "done"), progress.events);
        progress.events.clear();
        store.save(opened, false, progress);
        assertEquals(List.of("begin Saving a.txt 2", "worked 1", "done"), progress.events);
        progress.events.clear();
        store.save(opened, true, progress);
        assertEquals(List.of("begin Saving a.txt 2", "worked 1", "done"), progress.events);
        assertEquals(TEXT, Files.readString(article));
    }

    private static final class Progress extends NullProgressMonitor {
        final List<String> events = new ArrayList<>();

        @Override
        public void beginTask(String name, int totalWork) {
            events.add("begin " + name + " " + totalWork);
        }

        @Override
        public void worked(int work) {
            events.add("worked " + work);
        }

        @Override
        public void done() {
            events.add("done");
        }
    }

    private Path sparse(String name, long length) throws Exception {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length); // sparse: nothing is written
        }
        return file;
    }
}
