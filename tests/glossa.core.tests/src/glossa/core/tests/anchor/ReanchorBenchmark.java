package glossa.core.tests.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;

import glossa.core.anchor.ReanchorReport;
import glossa.core.anchor.Reanchorer;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.AnchorState;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * Benchmark (not a test): 50,000 annotations on a ~1 MB text built from the sample, re-anchored after a revision that
 * inserts a paragraph near the start (so nearly every annotation moves), edits characters in 5% of the quotes and
 * converts line endings to CRLF. Prints the time per phase. Usage: {@code ReanchorBenchmark [annotations] [bytes]}.
 */
public final class ReanchorBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String sample = AnchoringCorpus.sample();
        StringBuilder b = new StringBuilder();
        for (int copy = 0; b.length() * 3 < size; copy++) {
            // Number the copies so that they are not all identical, as chapters of a long report would not be.
            b.append("第").append(copy).append("部分\n\n").append(sample.replace("DeepSeek", "DeepSeek-" + copy)).append("\n\n");
        }
        String text = b.toString();
        Random random = new Random(7);
        AnnotationType type = DefaultCodebook.create().getTypes().get(0);
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.getSections().addAll(AnchoringCorpus.sections(text));
        List<int[]> spans = new ArrayList<>();
        while (document.getAnnotations().size() < count) {
            int length = 4 + random.nextInt(60);
            int begin = random.nextInt(text.length() - length);
            try {
                document.getAnnotations().add(AnnotationFactory.create(text, type, begin, begin + length, "bench"));
                spans.add(new int[] { begin, begin + length });
            } catch (IllegalArgumentException blank) {
                // whitespace only; pick another
            }
        }
        Revision.Rewriter rewriter = new Revision.Rewriter(text);
        rewriter.insert(text.indexOf("\n\n") + 2, "这是新插入的一段文字,用于移动后面的所有批注。\n\n");
        for (int[] span : spans) {
            if (random.nextDouble() < 0.05 && span[1] - span[0] >= 12 && !rewriter.touched(span[0] + 5)
                    && !Character.isWhitespace(text.charAt(span[0] + 5))) {
                rewriter.replace(span[0] + 5, '改', false);
            }
        }
        String revised = rewriter.build().text().replace("\n", "\r\n");
        System.out.printf(Locale.ROOT, "text %,d chars, %,d annotations%n", revised.length(), count);
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            ReanchorReport report = new Reanchorer().reanchor(revised, document, null, new NullProgressMonitor());
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "round %d: %.2f s  %s%n", round, (t1 - t0) / 1e9, report.counts());
            if (round == 2 && report.count(AnchorState.ORPHANED) > count / 10) {
                throw new AssertionError("unexpectedly many orphans: " + report.counts());
            }
        }
    }
}
