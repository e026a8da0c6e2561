package glossa.core.export;

import static glossa.core.export.internal.Html.escape;
import static glossa.core.export.internal.Html.safeColor;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseStatistics;
import glossa.core.export.ExportModel.ReportSection;
import glossa.core.export.internal.CodePointIndex;
import glossa.core.export.internal.CsvWriter;
import glossa.core.export.internal.Utf8Writer;
import glossa.model.Annotation;
import glossa.model.Codebook;
import glossa.model.Relation;

/**
 * Exports a whole case (many articles) as one file, composed from the single-article exporters so that the formats
 * stay the same:
 * <ul>
 * <li>HTML: a header, a table of contents (articles × types, linked), then each article's report as made by
 * {@link HtmlReportExporter}, in an {@code <article id="aN">}; its element ids and links get the prefix
 * {@code aN-} and its type colours are scoped to it, so articles never clash.</li>
 * <li>CSV: the {@link CsvExporter} columns, attribute columns united over all articles; {@code document} is the
 * article's path relative to the case root.</li>
 * <li>JSON-LD: one {@code AnnotationCollection} as {@link WebAnnotationExporter} writes, holding every article's
 * annotations; each target's {@code source} names its article by relative path.</li>
 * </ul>
 * Every article is exported with the same {@link ExportOptions}.
 */
public final class CaseExporter {

    private static final Pattern ID = Pattern.compile("( id=\"|href=\"#)");
    // Rules that depend on the article: per type column (.tN, .tNuL) and per overlap depth (.oK, up to its deepest).
    private static final Pattern TYPE_RULE = Pattern.compile("\\.[to]\\d");

    private final Path caseRoot;
    private final String caseName;
    private final List<AnnotatedArticle> articles;
    private final Codebook caseCodebook;

    /**
     * @param caseRoot     the case folder; articles are named relative to it (never by absolute path)
     * @param caseCodebook the case's shared codebook (column order in the contents table); may be null
     */
    public CaseExporter(Path caseRoot, String caseName, List<AnnotatedArticle> articles, Codebook caseCodebook) {
        this.caseRoot = caseRoot;
        this.caseName = caseName;
        this.articles = List.copyOf(articles);
        this.caseCodebook = caseCodebook;
    }

    public void export(ExportFormat format, ExportOptions options, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        switch (format) {
            case HTML -> html(options, out, progress);
            case CSV -> csv(options, out, progress);
            case JSONLD -> jsonld(options, out, progress);
            default -> throw new IllegalArgumentException("a case exports as html, csv or jsonld, not " + format.cliName());
        }
    }

    /** The article's path relative to the case root, with '/' separators; its file name when outside the case. */
    public String relativeName(AnnotatedArticle article) {
        Path path = article.articlePath();
        if (path == null) {
            return article.document().getSourcePath() == null ? "article.txt" : article.document().getSourcePath();
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path root = caseRoot.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(root) ? root.relativize(absolute) : absolute.getFileName();
        return relative.toString().replace('\\', '/');
    }

    private void html(ExportOptions options, OutputStream out, IProgressMonitor progress) throws IOException {
        progress.beginTask("Writing case report", articles.size() + 1);
        CaseStatistics stats = CaseStatistics.compute(articles, caseCodebook, options.filter(), null);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        boolean headWritten = false;
        HtmlReportExporter single = new HtmlReportExporter();
        for (int i = 0; i < articles.size(); i++) {
            checkCanceled(progress);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
            single.export(articles.get(i), options, buffer, null);
            String report = buffer.toString(StandardCharsets.UTF_8);
            String style = between(report, "<style>\n", "</style>");
            if (!headWritten) {
                head(w, commonRules(style), options, stats);
                headWritten = true;
            }
            String prefix = "a" + (i + 1);
            w.write("<article class=\"case-article\" id=\"" + prefix + "\" data-source=\""
                    + escape(relativeName(articles.get(i))) + "\">\n<style>\n" + scopedTypeRules(style, "#" + prefix)
                    + "</style>\n");
            String body = between(report, "<body>\n", "</body>");
            int footer = body.lastIndexOf("<footer>");
            w.write(prefixIds(footer < 0 ? body : body.substring(0, footer), prefix + "-"));
            w.write("<p class=\"muted\"><a href=\"#toc\">↑ Contents</a></p>\n</article>\n");
            progress.worked(1);
        }
        if (!headWritten) {
            head(w, "", options, stats);
        }
        w.write("<footer><p>Generated by Glossa.</p></footer>\n</body>\n</html>\n");
        w.flush();
        progress.done();
    }

    private void head(Writer w, String commonCss, ExportOptions options, CaseStatistics stats) throws IOException {
        w.write("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta name=\"generator\" content=\"Glossa\">\n");
        w.write("<title>" + escape(caseName) + "</title>\n<style>\n" + commonCss);
        w.write("article.case-article{border-top:2px solid #888;margin-top:3em}nav#toc td.heat{text-align:right}\n");
        for (int t = 0; t < stats.typeIds().size(); t++) {
            w.write("nav#toc .c" + t + " .swatch{background:" + safeColor(stats.typeColor(t)) + "}\n");
        }
        w.write("@media print{article.case-article{break-before:page}}\n</style>\n</head>\n<body>\n");
        w.write("<header>\n<h1 id=\"case-title\">" + escape(caseName) + "</h1>\n<dl class=\"meta\">\n");
        w.write("<dt>Articles</dt><dd id=\"meta-articles\">" + articles.size() + "</dd>\n");
        w.write("<dt>Exported</dt><dd id=\"meta-date\">" + escape(options.date().toString()) + "</dd>\n");
        w.write("<dt>Filter</dt><dd id=\"meta-filter\">" + escape(options.filter().describe()) + "</dd>\n");
        w.write("<dt>Annotations</dt><dd id=\"meta-count\">" + stats.total() + "</dd>\n</dl>\n</header>\n");
        w.write("<nav id=\"toc\">\n<h2>Contents</h2>\n<table class=\"summary\">\n<thead><tr><th>Article</th>");
        for (int t = 0; t < stats.typeIds().size(); t++) {
            w.write("<th class=\"c" + t + "\" data-type=\"" + escape(stats.typeIds().get(t))
                    + "\"><span class=\"swatch\"></span>" + escape(stats.typeName(t)) + "</th>");
        }
        w.write("<th>Total</th></tr></thead>\n<tbody>\n");
        for (int a = 0; a < articles.size(); a++) {
            w.write("<tr data-article=\"" + (a + 1) + "\"><th scope=\"row\"><a href=\"#a" + (a + 1) + "-title\">"
                    + escape(CaseStatistics.label(articles.get(a))) + "</a> <span class=\"muted\">"
                    + escape(relativeName(articles.get(a))) + "</span></th>");
            for (int t = 0; t < stats.typeIds().size(); t++) {
                w.write("<td class=\"n\">" + stats.count(a, t) + "</td>");
            }
            w.write("<td class=\"n total\">" + stats.articleTotal(a) + "</td></tr>\n");
        }
        w.write("</tbody>\n<tfoot><tr><th scope=\"row\">Total</th>");
        for (int t = 0; t < stats.typeIds().size(); t++) {
            w.write("<td class=\"n\">" + stats.typeTotal(t) + "</td>");
        }
        w.write("<td class=\"n total\">" + stats.total() + "</td></tr></tfoot>\n</table>\n</nav>\n");
    }

    /** The style lines of a single report that do not depend on its type order. */
    static String commonRules(String style) {
        StringBuilder sb = new StringBuilder();
        for (String line : style.split("\n")) {
            if (!line.isEmpty() && !TYPE_RULE.matcher(line).find()) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The per-type style lines of a single report, each selector prefixed with {@code scope}. */
    static String scopedTypeRules(String style, String scope) {
        StringBuilder sb = new StringBuilder();
        for (String line : style.split("\n")) {
            int brace = line.indexOf('{');
            if (brace < 0 || !TYPE_RULE.matcher(line).find() || line.startsWith("@")) {
                continue;
            }
            List<String> selectors = new ArrayList<>();
            for (String selector : line.substring(0, brace).split(",")) {
                selectors.add(scope + " " + selector.strip());
            }
            sb.append(String.join(",", selectors)).append(line, brace, line.length()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Prefixes every element id and in-page link of a single report's body. Safe because the report escapes every
     * quote character of document text: {@code id="} and {@code href="#} occur only in markup the exporter wrote.
     */
    static String prefixIds(String body, String prefix) {
        Matcher m = ID.matcher(body);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + prefix));
    }

    private static String between(String s, String open, String close) {
        int begin = s.indexOf(open);
        int end = s.lastIndexOf(close);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("unexpected single-article report layout (missing " + open.strip() + ")");
        }
        return s.substring(begin + open.length(), end);
    }

    private void csv(ExportOptions options, OutputStream out, IProgressMonitor progress) throws IOException {
        progress.beginTask("Writing case CSV", articles.size() + 1);
        Set<String> names = new LinkedHashSet<>();
        for (AnnotatedArticle article : articles) {
            names.addAll(ExportModel.attributeNames(article.document()));
        }
        List<String> attributes = List.copyOf(names);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        CsvWriter csv = new CsvWriter(w);
        csv.record(CsvExporter.header(attributes));
        progress.worked(1);
        for (AnnotatedArticle article : articles) {
            checkCanceled(progress);
            ExportModel model = ExportModel.of(article, options);
            String document = relativeName(article);
            for (ReportSection section : model.sections()) {
                for (Annotation a : section.annotations()) {
                    csv.record(CsvExporter.row(document, section.number(), section.title(), a, attributes));
                }
            }
            for (Annotation a : model.unsectioned()) {
                csv.record(CsvExporter.row(document, "", "", a, attributes));
            }
            progress.worked(1);
        }
        w.flush();
        progress.done();
    }

    private void jsonld(ExportOptions options, OutputStream out, IProgressMonitor progress) throws IOException {
        progress.beginTask("Writing case Web Annotations", articles.size());
        List<ExportModel> models = new ArrayList<>();
        int total = 0;
        for (AnnotatedArticle article : articles) {
            ExportModel model = ExportModel.of(article, options);
            models.add(model);
            total += model.annotations().size() + exportedRelations(model).size();
        }
        UUID collection = UUID.nameUUIDFromBytes(("case:" + caseName + '\n' + options.date())
                .getBytes(StandardCharsets.UTF_8));
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("@context", WebAnnotationExporter.context());
        head.put("id", "urn:uuid:" + collection);
        head.put("type", "AnnotationCollection");
        head.put("label", caseName);
        head.put("total", total);
        head.put("generated", options.date().toString());
        head.put("glossa:filter", options.filter().describe());
        Utf8Writer w = new Utf8Writer(out);
        WebAnnotationExporter.writeHead(w, head, collection);
        WebAnnotationItems items = new WebAnnotationItems(w);
        for (int i = 0; i < articles.size(); i++) {
            checkCanceled(progress);
            AnnotatedArticle article = articles.get(i);
            ExportModel model = models.get(i);
            CodePointIndex codePoints = new CodePointIndex(article.text());
            items.source(WebAnnotation.sourceIri(relativeName(article)));
            for (Annotation a : model.annotations()) {
                items.annotation(a, codePoints);
            }
            for (Relation r : exportedRelations(model)) {
                items.relation(r);
            }
            progress.worked(1);
        }
        WebAnnotationExporter.writeTail(w);
        w.finish();
        progress.done();
    }

    private static List<Relation> exportedRelations(ExportModel model) {
        return model.article().document().getRelations().stream()
                .filter(r -> model.number(r.getSource()) > 0 && model.number(r.getTarget()) > 0).toList();
    }

    private static void checkCanceled(IProgressMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
