package glossa.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.uima.cas.CAS;

import glossa.core.annotations.AnchorContexts;
import glossa.model.Document;

/**
 * Retained heap of a loaded sidecar, per annotation: used heap after repeated full collections, before and after a
 * load, while the loaded object is held. Memo text is subtracted (the goal is stated without it), and so is the one
 * copy of the article text each tool holds: UIMA's CAS holds it as its sofa; Glossa loads it beside the sidecar, as
 * {@code ArticleStore.open} does (decoded from the file's bytes, then shared by the annotations whose quote and context
 * match it, {@link AnchorContexts}). Both need the text once either way.
 *
 * <p>Every loaded object stays held until the measurement ends, so that a cache keeping the last loaded document (an
 * EMF parser pool made with its default constructor does) cannot make the next load's difference read zero.</p>
 *
 * <p>Error: {@link MemoryMXBean} reports used heap exactly after a full GC, but JIT compiler threads and JMX itself
 * allocate a little meanwhile; the spread of the repetitions (reported as min–max) shows how much that is.</p>
 */
public final class HeapFootprint {

    /** Median and range of bytes per annotation over the repetitions. */
    public record PerAnnotation(double median, double min, double max) {
    }

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapFootprint() {
    }

    public static PerAnnotation glossa(BenchDataset data, int repetitions) {
        byte[] xmi = GlossaSidecar.save(GlossaDocuments.build(data));
        byte[] article = data.text().getBytes(StandardCharsets.UTF_8);
        long text = Footprint.ofString(data.text());
        List<Object> held = new ArrayList<>();
        held.add(load(xmi, article)); // warm up: class loading, parser pool, name-to-feature map
        double[] samples = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long before = usedAfterGc();
            held.add(load(xmi, article));
            long after = usedAfterGc();
            samples[i] = (double) (after - before - text - data.memoFootprintBytes()) / data.annotations().size();
        }
        Reference.reachabilityFence(held);
        return summary(samples);
    }

    /** The document and its text, loaded together as {@code ArticleStore.open} loads them. */
    static Object[] load(byte[] sidecar, byte[] article) {
        String text = new String(article, StandardCharsets.UTF_8);
        Document document = GlossaSidecar.load(sidecar);
        int shared = AnchorContexts.share(document, text);
        if (shared != document.getAnnotations().size()) {
            // Every generated annotation matches the text; anything else means the measurement is not the intended one.
            throw new IllegalStateException(shared + " of " + document.getAnnotations().size() + " annotations share the text");
        }
        return new Object[] { document, text };
    }

    public static PerAnnotation uima(BenchDataset data, int repetitions) {
        byte[] xmi = UimaMirror.saveXmi(UimaMirror.build(data));
        List<CAS> held = new ArrayList<>();
        held.add(UimaMirror.loadXmi(xmi, UimaMirror.newCas())); // warm up
        long text = Footprint.ofString(data.text());
        double[] samples = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            CAS cas = UimaMirror.newCas();
            held.add(cas);
            long before = usedAfterGc();
            UimaMirror.loadXmi(xmi, cas);
            long after = usedAfterGc();
            samples[i] = (double) (after - before - text - data.memoFootprintBytes()) / data.annotations().size();
        }
        Reference.reachabilityFence(held);
        return summary(samples);
    }

    /** Used heap once repeated full collections stop freeing more than 64 KB. */
    static long usedAfterGc() {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            if (i >= 2 && Math.abs(previous - used) < 64 * 1024) {
                return used;
            }
            previous = used;
        }
        return previous;
    }

    private static PerAnnotation summary(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new PerAnnotation(Stats.median(sorted), sorted[0], sorted[sorted.length - 1]);
    }
}
