package glossa.exchange.export;

import static glossa.exchange.export.internal.Utf8Writer.utf8;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import glossa.exchange.export.ExportModel.ReportSection;
import glossa.exchange.export.internal.Utf8Writer;
import glossa.model.Annotation;

/**
 * The HTML report's text of a section, cut at every annotation boundary into highlighted pieces (see
 * {@link HtmlReportExporter} for how layers are drawn), and the overlap depth the stylesheet must serve.
 */
final class HtmlReportText {

    private HtmlReportText() {
    }

    /**
     * The report numbers and type columns of a section's annotations, by position in {@code section.annotations()}:
     * looked up once per annotation instead of once per piece and layer.
     */
    record Columns(int[] numbers, int[] types) {

        static Columns of(ExportModel model, List<Annotation> annotations) {
            int[] numbers = new int[annotations.size()];
            int[] types = new int[annotations.size()];
            for (int i = 0; i < numbers.length; i++) {
                Annotation a = annotations.get(i);
                numbers[i] = model.number(a);
                types[i] = model.typeIndex(a.getType());
            }
            return new Columns(numbers, types);
        }
    }

    /**
     * The section's text cut at every annotation boundary; see the class comment for how layers are drawn. One pass
     * over the sorted boundaries. The covering annotations are kept in a set ordered by position in
     * {@code section.annotations()} (document order, outermost first); those whose end is passed leave it in order of
     * their ends. Each piece writes at most {@link #HtmlReportExporter.MAX_LAYERS} layers and {@link #HtmlReportExporter.MAX_REFS} references, so the text
     * stays linear in text plus annotations however many annotations are stacked on one span.
     */
    static void text(Utf8Writer w, ExportModel model, ReportSection section, Columns columns)
            throws IOException {
        String text = model.text();
        int begin = section.begin();
        int end = section.end();
        List<Annotation> annotations = section.annotations();
        int count = annotations.size();
        int[] ends = new int[count]; // clamped to the section
        int[] cuts = new int[2 * count + 2];
        int n = 0;
        cuts[n++] = begin;
        cuts[n++] = end;
        for (int i = 0; i < count; i++) {
            Annotation a = annotations.get(i);
            cuts[n++] = clamp(a.getBegin(), begin, end);
            ends[i] = clamp(a.getEnd(), begin, end);
            cuts[n++] = ends[i];
        }
        Arrays.sort(cuts);
        Integer[] byEnd = new Integer[count];
        Arrays.setAll(byEnd, i -> i);
        Arrays.sort(byEnd, (x, y) -> Integer.compare(ends[x], ends[y]));
        TreeSet<Integer> active = new TreeSet<>();
        int[] shown = new int[HtmlReportExporter.MAX_REFS];
        int next = 0;
        int leaving = 0;
        for (int k = 0; k < cuts.length - 1; k++) {
            int from = cuts[k];
            int to = cuts[k + 1];
            if (from == to) {
                continue; // a repeated boundary
            }
            while (leaving < count && ends[byEnd[leaving]] <= from) {
                active.remove(byEnd[leaving++]);
            }
            while (next < count && annotations.get(next).getBegin() <= from) {
                int i = next++;
                if (ends[i] > from) {
                    active.add(i);
                    int number = columns.numbers()[i];
                    w.writeBytes(REF_ID);
                    w.writeInt(number);
                    w.writeBytes(REF_HREF);
                    w.writeInt(number);
                    w.writeBytes(TAG_END);
                    w.writeInt(number);
                    w.writeBytes(A_END);
                }
            }
            if (active.isEmpty()) {
                w.writeHtml(text, from, to);
            } else {
                int m = 0;
                for (int i : active) {
                    if (m == shown.length) {
                        break;
                    }
                    shown[m++] = i;
                }
                segment(w, columns, shown, m, active.size(), text, from, to);
            }
        }
    }

    // Markup of the text, encoded once: a report of 50,000 annotations writes each 50,000 times.
    private static final byte[] REF_ID = utf8("<a class=\"ref\" id=\"ref-");
    private static final byte[] REF_HREF = utf8("\" href=\"#ann-");
    private static final byte[] TAG_END = utf8("\">");
    private static final byte[] A_END = utf8("</a>");
    private static final byte[] MARK = utf8("<mark class=\"t");
    private static final byte[] OVERLAPS = utf8(" o");
    private static final byte[] LAYER_TYPE = utf8(" t");
    private static final byte[] LAYER = utf8("u");
    private static final byte[] REFS = utf8("\" data-refs=\"");
    private static final byte[] COUNT = utf8("\" data-count=\"");
    private static final byte[] SPACE = utf8(" ");
    private static final byte[] MARK_END = utf8("</mark>");

    /**
     * One highlighted piece: {@code shown} holds the first {@code m} of the {@code depth} covering annotations,
     * outermost first. Bars and references stop at their caps; {@code data-count} then gives the full number.
     */
    static void segment(Utf8Writer w, Columns columns, int[] shown, int m, int depth, String text, int from,
            int to) throws IOException {
        int[] types = columns.types();
        int layers = Math.min(depth, HtmlReportExporter.MAX_LAYERS);
        w.writeBytes(MARK);
        w.writeInt(types[shown[0]]);
        if (layers > 1) {
            w.writeBytes(OVERLAPS);
            w.writeInt(layers);
            for (int layer = 1; layer < layers; layer++) {
                w.writeBytes(LAYER_TYPE);
                w.writeInt(types[shown[layer]]);
                w.writeBytes(LAYER);
                w.writeInt(layer);
            }
        }
        w.writeBytes(REFS);
        for (int i = 0; i < m; i++) {
            if (i > 0) {
                w.writeBytes(SPACE);
            }
            w.writeInt(columns.numbers()[shown[i]]);
        }
        if (depth > m) {
            w.writeBytes(COUNT);
            w.writeInt(depth);
        }
        w.writeBytes(TAG_END);
        w.writeHtml(text, from, to);
        w.writeBytes(MARK_END);
    }

    /**
     * The most annotations covering one piece of text in any section (at least 1): how many bar layers the
     * stylesheet needs. Counted as {@link #text} cuts, with spans clamped to their section.
     */
    static int maxDepth(ExportModel model) {
        return Math.min(HtmlReportExporter.MAX_LAYERS, overlapDepth(model));
    }

    /** The most annotations covering one piece of text in any section, uncapped. */
    static int overlapDepth(ExportModel model) {
        int depth = 1;
        for (ReportSection section : model.sections()) {
            List<Annotation> annotations = section.annotations();
            int n = annotations.size();
            int[] begins = new int[n];
            int[] ends = new int[n];
            int m = 0;
            for (Annotation a : annotations) {
                int b = clamp(a.getBegin(), section.begin(), section.end());
                int e = clamp(a.getEnd(), section.begin(), section.end());
                if (b < e) {
                    begins[m] = b;
                    ends[m++] = e;
                }
            }
            Arrays.sort(begins, 0, m);
            Arrays.sort(ends, 0, m);
            int open = 0;
            for (int i = 0, j = 0; i < m;) {
                if (ends[j] <= begins[i]) { // an end at the same offset closes before the next one opens
                    open--;
                    j++;
                } else {
                    open++;
                    i++;
                    depth = Math.max(depth, open);
                }
            }
        }
        return depth;
    }

    static int clamp(int offset, int begin, int end) {
        return Math.max(begin, Math.min(offset, end));
    }
}
