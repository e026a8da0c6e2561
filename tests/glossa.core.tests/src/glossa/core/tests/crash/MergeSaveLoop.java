package glossa.core.tests.crash;

import java.nio.file.Files;
import java.nio.file.Path;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.io.ArticleStore;
import glossa.core.io.AtomicFileWriter;
import glossa.model.Annotation;

/**
 * A child process of {@link MergeSaveKillTest}: over and over, puts state A into the sidecar, opens the article (base
 * A), adds annotation {@code x-ours}, lets "another writer" put state B (A plus {@code y-theirs}) into the sidecar,
 * then saves, which merges A, ours and B. Prints "merging" before each save and "saved" after it.
 * Arguments: ARTICLE A-FILE B-FILE.
 */
public final class MergeSaveLoop {

    private MergeSaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path article = Path.of(args[0]);
        byte[] a = Files.readAllBytes(Path.of(args[1]));
        byte[] b = Files.readAllBytes(Path.of(args[2]));
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        ArticleStore store = new ArticleStore();
        AtomicFileWriter writer = new AtomicFileWriter();
        while (true) {
            writer.write(sidecar, a);
            AnnotatedArticle opened = store.open(article, null);
            Annotation x = AnnotationFactory.create(opened.text(), opened.document().getCodebook().getTypes().get(0),
                    10, 20, "ours");
            x.setId("x-ours");
            opened.document().getAnnotations().add(x);
            writer.write(sidecar, b);
            System.out.println("merging");
            store.save(opened, false, null);
            System.out.println("saved");
        }
    }
}
