package glossa.exchange.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import glossa.core.stats.SummaryRows;
import glossa.exchange.export.ExportModel;
import glossa.exchange.export.ExportModel.ReportSection;
import glossa.exchange.export.ReportLabels;
import glossa.exchange.export.ReportMemos;
import glossa.core.text.PageMap;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Section;

/**
 * One article's report on a {@link PdfCanvas}: the header (title, author, date, source, the document's memo), the
 * legend, the summary table and chart first; then each chapter on a new page with its memos (its own and those of
 * its points, as the HTML report shows them), its text, highlights in the type colours and numbered
 * references, followed by its notes (each annotation's quote, attributes, memo and relations). Chapters and their
 * points are bookmarks.
 */
final class PdfReport {

    static final float BODY = 10.5f;
    static final float LEADING = 18f;
    /** The room a note's first lines need (its head, the quote, a line more): a note starts only where it fits. */
    private static final float NOTE_START = 3 * 14 + 6;
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    private static final Color SHADE = new Color(0xF3, 0xF3, 0xF3);
    private static final Color REF_BOX = new Color(0xE6, 0xE6, 0xE6);

    private final PdfCanvas canvas;
    private final ExportModel model;
    private final ReportLabels labels;
    private final SubMonitor progress;
    private final List<Color> typeColors = new ArrayList<>();
    private final Map<String, TextFlow.Style> highlightStyles = new HashMap<>();
    private final TextFlow.Style body = TextFlow.Style.plain(BODY, TEXT, false);
    private final TextFlow.Style ref = new TextFlow.Style(6.5f, new Color(0x33, 0x33, 0x33), false, null, new Color[0],
            4f, REF_BOX);

    PdfReport(PdfCanvas canvas, ExportModel model, SubMonitor progress) {
        this.canvas = canvas;
        this.model = model;
        this.labels = model.labels();
        this.progress = progress;
        for (AnnotationType type : model.types()) {
            typeColors.add(PdfColors.of(type.getColor()));
        }
    }

    /** Writes the report; its bookmarks go under {@code parent} (the outline, or a case's article). */
    void write(PDOutlineNode parent) throws IOException {
        canvas.setRunningTitle("");
        canvas.newPage();
        PDOutlineItem top = canvas.bookmark(parent, model.title(), canvas.y());
        header();
        legend();
        new PdfSummary(canvas, model, typeColors).write(model.summaryRows(model.statistics()));
        progress.worked(1);
        canvas.setRunningTitle(model.title());
        for (ReportSection section : model.sections()) {
            checkCanceled();
            section(top, section);
            progress.worked(1);
        }
        if (!model.unsectioned().isEmpty()) {
            canvas.newPage();
            String heading = labels.get("outside");
            canvas.bookmark(top, heading, canvas.y());
            heading(heading, 14, NOTE_START);
            notes(model.unsectioned());
        }
        top.openNode();
    }

    private void checkCanceled() {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private void header() throws IOException {
        heading(model.title(), 18);
        canvas.moveDown(4);
        var info = model.info();
        meta(labels.get("author"), info.author());
        meta(labels.get("published"), info.date());
        meta(labels.get("sourceUrl"), info.sourceUrl());
        meta(labels.get("source"), model.source());
        meta(labels.get("exported"), model.options().date().toString());
        meta(labels.get("filter"), model.options().filter().describe());
        meta(labels.get("sections"), model.options().sections().isEmpty() ? labels.get("allSections")
                : String.join(", ", new TreeSet<>(model.options().sections())));
        meta(labels.get("annotations"), Integer.toString(model.annotations().size()));
        canvas.moveDown(8);
        String memo = ReportMemos.of(model.article().document());
        if (memo != null) {
            memo(labels.get("memo"), memo);
        }
    }

    /** A memo on the document or a section: its label in bold, then its lines as the analyst broke them. */
    private void memo(String label, String text) throws IOException {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            TextFlow flow = new TextFlow();
            if (i == 0) {
                flow.append(label + ": ", TextFlow.Style.plain(9.5f, TEXT, true));
            }
            flow.append(lines.get(i), TextFlow.Style.plain(9.5f, TEXT, false));
            flow.draw(canvas, PdfCanvas.LEFT, PdfCanvas.RIGHT - PdfCanvas.LEFT, 9.5f * 1.5f, null);
        }
        canvas.moveDown(6);
    }

    private void meta(String label, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        canvas.ensure(15);
        float baseline = canvas.y() - 11;
        canvas.text(label, PdfCanvas.LEFT, baseline, 9, TEXT, true);
        TextFlow flow = new TextFlow();
        flow.append(value, TextFlow.Style.plain(9, TEXT, false));
        flow.draw(canvas, PdfCanvas.LEFT + 70, PdfCanvas.RIGHT - PdfCanvas.LEFT - 70, 14, null);
    }

    /** A heading in bold, wrapped; kept with at least two lines of what follows. */
    private void heading(String text, float size) throws IOException {
        heading(text, size, 2 * LEADING);
    }

    /**
     * A heading kept with the first {@code keep} points of what follows: a heading takes {@code size * 1.75} (its
     * line and the space after it), so it moves to the next page unless that much more fits under it.
     */
    private void heading(String text, float size, float keep) throws IOException {
        canvas.ensure(size * 1.75f + keep);
        TextFlow flow = new TextFlow();
        flow.append(text, TextFlow.Style.plain(size, TEXT, true));
        flow.draw(canvas, PdfCanvas.LEFT, PdfCanvas.RIGHT - PdfCanvas.LEFT, size * 1.45f, null);
        canvas.moveDown(size * 0.3f);
    }

    private void legend() throws IOException {
        heading(labels.get("legend"), 13);
        canvas.ensure(16);
        float x = PdfCanvas.LEFT;
        float baseline = canvas.y() - 11;
        List<AnnotationType> types = model.types();
        for (int t = 0; t < types.size(); t++) {
            String name = labels.typeName(types.get(t));
            float w = 14 + canvas.fonts().width(name, 9.5f) + 16;
            if (x + w > PdfCanvas.RIGHT) {
                canvas.moveDown(16);
                canvas.ensure(16);
                baseline = canvas.y() - 11;
                x = PdfCanvas.LEFT;
            }
            canvas.fill(x, baseline - 1, 9, 9, typeColors.get(t));
            canvas.text(name, x + 13, baseline, 9.5f, TEXT, false);
            x += w;
        }
        canvas.moveDown(24);
    }

    private void section(PDOutlineItem parent, ReportSection section) throws IOException {
        canvas.newPage(); // chapters start on a new page, as the HTML report prints
        String heading = labels.sectionLabel(section.section(), section.heading());
        PDOutlineItem item = canvas.bookmark(parent, heading, canvas.y());
        heading(heading, 14);
        for (ReportMemos.Memo memo : ReportMemos.of(section)) {
            memo(memo.heading(labels), memo.text());
        }
        if (model.options().fullText()) {
            text(section, item);
            if (!section.annotations().isEmpty()) {
                canvas.moveDown(6);
                heading(labels.get("notes"), 11, NOTE_START); // never alone at the foot of a page
            }
        }
        if (section.annotations().isEmpty()) {
            paragraph(labels.get("noAnnotations"), TextFlow.Style.plain(9.5f, PdfCanvas.GREY, false), 0);
            return;
        }
        notes(section.annotations());
    }

    /**
     * The chapter's text cut at every annotation boundary (as the HTML report does): the outermost covering
     * annotation sets the background, the next ones add bars; a reference number opens each annotation. Lines of the
     * text are paragraphs; a blank line is half a line of space.
     */
    private void text(ReportSection section, PDOutlineItem chapter) throws IOException {
        String text = model.text();
        List<Annotation> annotations = section.annotations();
        int count = annotations.size();
        int begin = section.begin();
        int end = section.end();
        int[] ends = new int[count];
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
        SubBookmarks subs = new SubBookmarks(section.section(), chapter, canvas, labels);
        TreeSet<Integer> active = new TreeSet<>();
        TextFlow flow = new TextFlow();
        int next = 0;
        for (int k = 0; k < cuts.length - 1; k++) {
            int from = cuts[k];
            int to = cuts[k + 1];
            if (from == to) {
                continue;
            }
            final int at = from;
            active.removeIf(i -> ends[i] <= at);
            while (next < count && annotations.get(next).getBegin() <= from) {
                int i = next++;
                if (ends[i] > from) {
                    active.add(i);
                    flow.append(Integer.toString(model.number(annotations.get(i))), ref);
                }
            }
            TextFlow.Style style = active.isEmpty() ? body : highlight(active, annotations);
            int start = from;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    flow.append(text, start, i, style, start);
                    if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    flow = endParagraph(flow, subs);
                    start = i + 1;
                }
            }
            flow.append(text, start, to, style, start);
            if (k % 64 == 0) {
                checkCanceled();
            }
        }
        endParagraph(flow, subs);
    }

    private TextFlow endParagraph(TextFlow flow, SubBookmarks subs) throws IOException {
        if (flow.isEmpty()) {
            canvas.moveDown(LEADING * 0.4f);
        } else {
            flow.draw(canvas, PdfCanvas.LEFT, PdfCanvas.RIGHT - PdfCanvas.LEFT, LEADING, subs);
        }
        return new TextFlow();
    }

    /** The style of a piece covered by {@code active} (outermost first), shared by all pieces with the same layers. */
    private TextFlow.Style highlight(TreeSet<Integer> active, List<Annotation> annotations) {
        StringBuilder key = new StringBuilder();
        List<Color> layers = new ArrayList<>();
        for (int i : active) {
            int t = model.typeIndex(annotations.get(i).getType());
            key.append(t).append(',');
            layers.add(t < 0 ? Color.GRAY : typeColors.get(t));
            if (layers.size() > TextFlow.MAX_BARS) {
                break;
            }
        }
        return highlightStyles.computeIfAbsent(key.toString(), k -> new TextFlow.Style(BODY, TEXT, false,
                PdfColors.tint(layers.get(0)), layers.subList(1, layers.size()).toArray(new Color[0]), 0, null));
    }

    /** The notes: per annotation its number, type, quote, attributes, memo, relations, author and date. */
    private void notes(List<Annotation> annotations) throws IOException {
        for (Annotation a : annotations) {
            int t = model.typeIndex(a.getType());
            Color color = t < 0 ? Color.GRAY : typeColors.get(t);
            canvas.ensure(NOTE_START);
            float top = canvas.y();
            TextFlow head = new TextFlow();
            head.append(model.number(a) + "  ", TextFlow.Style.plain(9.5f, TEXT, true));
            head.append(labels.typeName(a.getType()), TextFlow.Style.plain(9.5f, TEXT, true));
            int page = PageMap.pageOf(model.article().document(), a.getBegin());
            if (page > 0) { // converted from a PDF: cite the page ("p. 12")
                head.append("  " + labels.get("pageCite", page), TextFlow.Style.plain(9.5f, TEXT, false));
            }
            String byline = String.join(" · ", nonEmpty(a.getAuthor(),
                    a.getCreated() == null ? "" : a.getCreated().toInstant().toString().substring(0, 10),
                    a.getStatus() == null ? "" : a.getStatus().getLiteral()));
            if (!byline.isEmpty()) {
                head.append("   " + byline, TextFlow.Style.plain(8, PdfCanvas.GREY, false));
            }
            head.draw(canvas, PdfCanvas.LEFT + 12, PdfCanvas.RIGHT - PdfCanvas.LEFT - 12, 14, null);
            if (canvas.y() < top) {
                canvas.fill(PdfCanvas.LEFT, canvas.y() + 3, 6, Math.min(top - canvas.y() - 3, 10), color);
            }
            paragraph("“" + flat(a.getQuote()) + "”", TextFlow.Style.plain(9.5f, TEXT, false), 12);
            StringBuilder attributes = new StringBuilder();
            a.getAttributes().forEach(v -> attributes.append(attributes.length() == 0 ? "" : "; ")
                    .append(v.getName()).append(": ").append(v.getValue()));
            if (attributes.length() > 0) {
                paragraph(attributes.toString(), TextFlow.Style.plain(8.5f, PdfCanvas.GREY, false), 12);
            }
            if (a.getMemo() != null && !a.getMemo().isBlank()) {
                paragraph(labels.get("memo") + ": " + flat(a.getMemo()), TextFlow.Style.plain(9, TEXT, false), 12);
            }
            for (var r : model.relationsOf(a)) {
                boolean outgoing = r.getSource() == a;
                int other = model.number(outgoing ? r.getTarget() : r.getSource());
                paragraph((outgoing ? "→ " : "← ") + r.getKind() + " " + other
                        + (r.getMemo() == null || r.getMemo().isBlank() ? "" : " (" + flat(r.getMemo()) + ")"),
                        TextFlow.Style.plain(8.5f, PdfCanvas.GREY, false), 12);
            }
            canvas.moveDown(5);
        }
    }

    private void paragraph(String text, TextFlow.Style style, float indent) throws IOException {
        TextFlow flow = new TextFlow();
        flow.append(text, style);
        flow.draw(canvas, PdfCanvas.LEFT + indent, PdfCanvas.RIGHT - PdfCanvas.LEFT - indent, style.size() * 1.5f, null);
    }

    private static List<String> nonEmpty(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }

    private static String flat(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static int clamp(int offset, int begin, int end) {
        return Math.max(begin, Math.min(offset, end));
    }

    /** Bookmarks for a chapter's points (and their points), added as the lines holding their headings are drawn. */
    private static final class SubBookmarks implements TextFlow.LineListener {
        private final List<Section> sections = new ArrayList<>();
        private final Map<Section, PDOutlineItem> items = new HashMap<>();
        private final PDOutlineItem chapter;
        private final PdfCanvas canvas;
        private final ReportLabels labels;
        private int next;

        SubBookmarks(Section root, PDOutlineItem chapter, PdfCanvas canvas, ReportLabels labels) {
            this.chapter = chapter;
            this.canvas = canvas;
            this.labels = labels;
            if (root != null) {
                collect(root);
            }
        }

        private void collect(Section section) {
            for (Section child : section.getChildren()) {
                if (!SummaryRows.isBoilerplate(child)) {
                    sections.add(child);
                    collect(child);
                }
            }
        }

        @Override
        public void line(int firstOffset, float top) {
            while (next < sections.size() && sections.get(next).getBegin() <= firstOffset) {
                Section s = sections.get(next++);
                PDOutlineNode parent = s.eContainer() instanceof Section p && items.containsKey(p) ? items.get(p) : chapter;
                items.put(s, canvas.bookmark(parent, labels.sectionLabel(s, SummaryRows.label(s)), top));
            }
        }
    }
}
