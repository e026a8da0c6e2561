package glossa.exchange.export;

import static glossa.exchange.export.internal.Html.escape;
import static glossa.exchange.export.internal.Utf8Writer.utf8;

import java.io.IOException;
import java.util.List;

import glossa.core.text.PageMap;
import glossa.exchange.export.ExportModel.ReportSection;
import glossa.exchange.export.HtmlReportText.Columns;
import glossa.exchange.export.internal.Iso;
import glossa.exchange.export.internal.Utf8Writer;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.AttributeValue;
import glossa.model.Relation;

/** The HTML report's entries: one per annotation (quote, attributes, memo, relations), or quotes grouped by type. */
final class HtmlReportEntries {

    private HtmlReportEntries() {
    }

    static void entries(Utf8Writer w, ExportModel model, ReportSection section, Columns columns,
            boolean linkBack) throws IOException {
        if (section.annotations().isEmpty()) {
            w.write("<p class=\"muted none\">" + escape(model.labels().get("noAnnotations")) + "</p>\n");
            return;
        }
        w.write("<ol class=\"entries\">\n");
        List<Annotation> annotations = section.annotations();
        for (int i = 0; i < annotations.size(); i++) {
            entry(w, model, annotations.get(i), columns.numbers()[i], columns.types()[i], linkBack);
        }
        w.write("</ol>\n");
    }

    // Markup of the entries, encoded once: a report of 50,000 annotations writes each 50,000 times.
    private static final byte[] TAG_END = utf8("\">");
    private static final byte[] A_END = utf8("</a>");
    private static final byte[] ENTRY = utf8("<li class=\"entry t");
    private static final byte[] ENTRY_ID = utf8("\" id=\"ann-");
    private static final byte[] DATA_TYPE = utf8("\" data-type=\"");
    private static final byte[] NUM_LINK = utf8("<a class=\"num\" href=\"#ref-");
    private static final byte[] NUM = utf8("<span class=\"num\">");
    private static final byte[] SPAN_END = utf8("</span>");
    private static final byte[] TYPE = utf8("<span class=\"type\">");
    private static final byte[] PAGE = utf8(" <span class=\"page\">");
    private static final byte[] QUOTE = utf8("</span><blockquote>");
    private static final byte[] QUOTE_END = utf8("</blockquote>");
    private static final byte[] ATTRS = utf8("<dl class=\"attrs\">");
    private static final byte[] DT = utf8("<dt>");
    private static final byte[] DD = utf8("</dt><dd>");
    private static final byte[] DD_END = utf8("</dd>");
    private static final byte[] ATTRS_END = utf8("</dl>");
    private static final byte[] MEMO = utf8("<p class=\"memo\">");
    private static final byte[] P_END = utf8("</p>");
    private static final byte[] RELATIONS = utf8("<ul class=\"relations\">");
    private static final byte[] LI = utf8("<li>");
    private static final byte[] INCOMING = utf8("<li>← ");
    private static final byte[] OUTGOING_LINK = utf8(" → <a class=\"relation\" href=\"#ann-");
    private static final byte[] INCOMING_LINK = utf8(" <a class=\"relation\" href=\"#ann-");
    private static final byte[] RELATION_MEMO = utf8(" <span class=\"memo\">");
    private static final byte[] LI_END = utf8("</li>");
    private static final byte[] RELATIONS_END = utf8("</ul>");
    private static final byte[] MUTED = utf8("<p class=\"muted\">");
    private static final byte[] DOT = utf8(" · ");
    private static final byte[] ENTRY_END = utf8("</p></li>\n");

    /** One annotation's entry; {@code n} its number, {@code t} its type column. */
    static void entry(Utf8Writer w, ExportModel model, Annotation a, int n, int t, boolean linkBack)
            throws IOException {
        // The type id stays on the entry for readers of the file (the class only names a column); offsets do not: the
        // CSV and JSON-LD exports carry them.
        w.writeBytes(ENTRY);
        w.writeInt(t);
        w.writeBytes(ENTRY_ID);
        w.writeInt(n);
        w.writeBytes(DATA_TYPE);
        w.writeHtml(a.getType().getId());
        w.writeBytes(TAG_END);
        if (linkBack) {
            w.writeBytes(NUM_LINK);
            w.writeInt(n);
            w.writeBytes(TAG_END);
            w.writeInt(n);
            w.writeBytes(A_END);
        } else {
            w.writeBytes(NUM);
            w.writeInt(n);
            w.writeBytes(SPAN_END);
        }
        w.writeBytes(TYPE);
        w.writeHtml(model.labels().typeName(a.getType()));
        int page = PageMap.pageOf(model.article().document(), a.getBegin());
        if (page > 0) { // converted from a PDF: cite the page ("p. 12")
            w.writeBytes(PAGE);
            w.writeHtml(model.labels().get("pageCite", page));
            w.writeBytes(SPAN_END);
        }
        w.writeBytes(QUOTE);
        w.writeHtml(a.getQuote());
        w.writeBytes(QUOTE_END);
        if (!a.getAttributes().isEmpty()) {
            w.writeBytes(ATTRS);
            for (AttributeValue v : a.getAttributes()) {
                w.writeBytes(DT);
                w.writeHtml(v.getName());
                w.writeBytes(DD);
                w.writeHtml(v.getValue());
                w.writeBytes(DD_END);
            }
            w.writeBytes(ATTRS_END);
        }
        if (a.getMemo() != null && !a.getMemo().isBlank()) {
            w.writeBytes(MEMO);
            w.writeHtml(a.getMemo());
            w.writeBytes(P_END);
        }
        List<Relation> relations = model.relationsOf(a);
        if (!relations.isEmpty()) {
            w.writeBytes(RELATIONS);
            for (Relation r : relations) {
                boolean outgoing = r.getSource() == a;
                Annotation other = outgoing ? r.getTarget() : r.getSource();
                int m = model.number(other);
                w.writeBytes(outgoing ? LI : INCOMING);
                w.writeHtml(r.getKind());
                w.writeBytes(outgoing ? OUTGOING_LINK : INCOMING_LINK);
                w.writeInt(m);
                w.writeBytes(TAG_END);
                w.writeInt(m);
                w.writeBytes(A_END);
                if (r.getMemo() != null && !r.getMemo().isBlank()) {
                    w.writeBytes(RELATION_MEMO);
                    w.writeHtml(r.getMemo());
                    w.writeBytes(SPAN_END);
                }
                w.writeBytes(LI_END);
            }
            w.writeBytes(RELATIONS_END);
        }
        w.writeBytes(MUTED);
        w.writeHtml(a.getAuthor());
        w.writeBytes(DOT);
        w.write(Iso.format(a.getCreated())); // digits and "-:.TZ", nothing to escape
        w.writeBytes(DOT);
        if (a.getStatus() != null) {
            w.writeHtml(a.getStatus().getLiteral());
        }
        w.writeBytes(ENTRY_END);
    }

    /** The "annotations only" variant: the quotes of the section grouped by type. */
    static void quotes(Utf8Writer w, ExportModel model, ReportSection section) throws IOException {
        if (section.annotations().isEmpty()) {
            w.write("<p class=\"muted none\">" + escape(model.labels().get("noAnnotations")) + "</p>\n");
            return;
        }
        for (AnnotationType type : model.types()) {
            List<Annotation> ofType = model.annotationsOf(section.annotations(), type);
            if (ofType.isEmpty()) {
                continue;
            }
            int t = model.typeIndex(type);
            w.write("<div class=\"quotes t" + t + "\" data-type=\"" + escape(type.getId()) + "\">\n<h3><span class=\"swatch\">"
                    + "</span>" + escape(model.labels().typeName(type)) + " (" + ofType.size() + ")</h3>\n"
                    + "<ol class=\"entries\">\n");
            for (Annotation a : ofType) {
                entry(w, model, a, model.number(a), t, false);
            }
            w.write("</ol>\n</div>\n");
        }
    }
}
