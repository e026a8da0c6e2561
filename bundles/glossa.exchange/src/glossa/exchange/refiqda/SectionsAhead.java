package glossa.exchange.refiqda;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import glossa.core.sections.SectionDetector;
import glossa.model.Section;

/**
 * The sections of the sources' texts, detected on a second thread in the project's order while the builder makes
 * the documents (detection was a tenth of building a large project, and needs nothing but the text). A source whose
 * text could not be read ahead gets its sections detected when asked, on the caller's thread.
 */
final class SectionsAhead implements AutoCloseable {

    private record Ahead(String text, Future<List<Section>> sections) {
    }

    private final Map<QdeProject.TextSource, Ahead> ahead = new IdentityHashMap<>();
    private final ExecutorService thread;

    /** @param text a source's text, or null when it cannot be read (the builder then reports why) */
    SectionsAhead(List<QdeProject.TextSource> sources, Function<QdeProject.TextSource, String> text) {
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "glossa-import-sections");
            t.setDaemon(true);
            return t;
        });
        for (QdeProject.TextSource source : sources) {
            String t = text.apply(source);
            if (t != null) {
                ahead.put(source, new Ahead(t, thread.submit(() -> SectionDetector.detect(t))));
            }
        }
    }

    /** The source's text as read ahead, or null. */
    String text(QdeProject.TextSource source) {
        Ahead a = ahead.get(source);
        return a == null ? null : a.text();
    }

    /** The sections of {@code text}, the text of {@code source}. */
    List<Section> sections(QdeProject.TextSource source, String text) {
        Ahead a = ahead.remove(source);
        if (a == null || a.text() != text) {
            return SectionDetector.detect(text);
        }
        try {
            return a.sections().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SectionDetector.detect(text);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
