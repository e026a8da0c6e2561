package glossa.exchange.export;

import static glossa.exchange.export.internal.Html.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.TreeSet;

import glossa.core.title.DocumentInfo;
import glossa.model.AnnotationType;
import glossa.model.Provenance;

/** The HTML report's title block (title, metadata, document memo) and its legend of types. */
final class HtmlReportHeader {

    private HtmlReportHeader() {
    }

    static void header(Writer w, ExportModel model) throws IOException {
        ReportLabels l = model.labels();
        DocumentInfo info = model.info();
        Provenance provenance = model.article().document().getProvenance();
        w.write("<header>\n<h1 id=\"title\">" + escape(model.title()) + "</h1>\n<dl class=\"meta\">\n");
        // What the text says about itself first; else what the converted source's metadata said.
        String author = first(info.author(), provenance == null ? null : provenance.getAuthor());
        String published = first(info.date(), provenance == null ? null : provenance.getPublished());
        String url = first(info.sourceUrl(), provenance == null ? null : provenance.getUrl());
        if (!author.isEmpty()) {
            meta(w, "author", l.get("author"), author);
        }
        if (!published.isEmpty()) {
            meta(w, "published", l.get("published"), published);
        }
        if (!url.isEmpty()) {
            // Shown as text, never as a link: the report loads and opens nothing by itself.
            meta(w, "url", l.get("sourceUrl"), url);
        }
        if (provenance != null && provenance.getSourceName() != null) {
            meta(w, "provenance", l.get("convertedFrom"), provenanceLine(provenance));
        }
        meta(w, "source", l.get("source"), model.source());
        meta(w, "date", l.get("exported"), model.options().date().toString());
        meta(w, "filter", l.get("filter"), model.options().filter().describe());
        meta(w, "sections", l.get("sections"), model.options().sections().isEmpty() ? l.get("allSections")
                : String.join(", ", new TreeSet<>(model.options().sections())));
        meta(w, "levels", l.get("levels"), model.options().levels() == ExportOptions.ALL_LEVELS ? l.get("allLevels")
                : model.options().levels() == 1 ? l.get("chaptersOnly") : Integer.toString(model.options().levels()));
        meta(w, "count", l.get("annotations"), Integer.toString(model.annotations().size()));
        w.write("</dl>\n");
        String memo = ReportMemos.of(model.article().document());
        if (memo != null) {
            w.write("<div class=\"memo document-memo\" id=\"document-memo\"><strong>" + escape(l.get("memo"))
                    + "</strong> " + lines(memo) + "</div>\n");
        }
        w.write("</header>\n");
    }

    /** "report.pdf · Federal Register · pdf converter 1 · 15 pages · SHA-256 1a2b3c4d5e6f…". */
    static String provenanceLine(Provenance p) {
        StringBuilder line = new StringBuilder(p.getSourceName());
        if (p.getSite() != null && !p.getSite().isBlank()) {
            line.append(" · ").append(p.getSite());
        }
        if (p.getConverter() != null) {
            line.append(" · ").append(p.getConverter()).append(' ').append(first(p.getConverterVersion(), ""));
        }
        if (!p.getPageStarts().isEmpty()) {
            line.append(" · ").append(p.getPageStarts().size()).append(" pp.");
        }
        if (p.getSourceSha256() != null && p.getSourceSha256().length() >= 12) {
            line.append(" · SHA-256 ").append(p.getSourceSha256(), 0, 12).append('…');
        }
        return line.toString().strip();
    }

    static String first(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b == null ? "" : b.strip();
    }

    static void meta(Writer w, String id, String label, String value) throws IOException {
        w.write("<dt>" + escape(label) + "</dt><dd id=\"meta-" + id + "\">" + escape(value) + "</dd>\n");
    }

    static void legend(Writer w, ExportModel model) throws IOException {
        ReportLabels l = model.labels();
        w.write("<section id=\"legend\">\n<h2>" + escape(l.get("legend")) + "</h2>\n<ul class=\"legend\">\n");
        List<AnnotationType> types = model.types();
        for (int i = 0; i < types.size(); i++) {
            AnnotationType type = types.get(i);
            w.write("<li class=\"t" + i + "\" data-type=\"" + escape(type.getId()) + "\" title=\""
                    + escape(type.getDescription()) + "\"><span class=\"swatch\"></span>" + escape(l.typeName(type))
                    + "</li>\n");
        }
        w.write("</ul>\n<p class=\"muted\">" + escape(l.get("overlapNote", HtmlReportExporter.MAX_LAYERS - 1)) + "</p>\n</section>\n");
    }

    /** Escaped text whose line breaks stay line breaks. */
    static String lines(String text) {
        return escape(text).replaceAll("\\r?\\n", "<br>");
    }
}
