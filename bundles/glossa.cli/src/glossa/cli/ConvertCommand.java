package glossa.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import glossa.convert.Conversion;
import glossa.convert.ConversionException;
import glossa.convert.SourceConversion;
import glossa.core.io.FileErrors;
import glossa.core.io.SidecarException;
import glossa.core.text.TextDecodingException;
import glossa.exchange.json.Json;
import glossa.model.AnchorState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code convert SOURCE [-o ARTICLE] [--json]}: a web page, PDF or Word file into an article with provenance. */
@Command(name = "convert", description = {
        "Convert a saved web page, a PDF or a Word file into an article (.txt with its sidecar).", "",
        "Reads SOURCE (.html/.htm/.xhtml/.mhtml/.mht, .pdf, .docx; at most 100 MB) and writes its text as a UTF-8 article beside "
                + "it (report.pdf -> report.txt) with a sidecar recording where it came from: the source's name and "
                + "SHA-256, URL, title, author, date, site, the converter and, for a PDF, the page map. A web page "
                + "keeps its main article only; headings become '#' lines. An existing article is overwritten only "
                + "when Glossa converted it from this same source and its text was not changed since; then its "
                + "annotations are re-anchored on the new text (like reanchor --save). An article edited in Glossa "
                + "since its last conversion is refused (exit 2) unless --force is given. Nothing is written on "
                + "failure." })
final class ConvertCommand extends CliCommand {

    @Parameters(paramLabel = "SOURCE", description = "the web page, PDF or Word file")
    String source;

    @Option(names = { "-o", "--output" }, paramLabel = "ARTICLE",
            description = "the article to write (default: SOURCE with .txt instead of its extension)")
    String output;

    @Option(names = "--force", description = "replace an article that was edited in Glossa since its last conversion "
            + "(its annotations are re-anchored on the new text); without it such an article is left as it is")
    boolean force;

    @Option(names = { "-j", "--json" }, description = "{\"source\": NAME, \"article\": PATH, \"outcome\": "
            + "\"created\"|\"updated\"|\"unchanged\", \"converter\": ID, \"title\", \"author\", \"published\", \"site\", "
            + "\"url\", \"pages\": N, \"characters\": N, \"reanchored\": {\"exact\": N, \"moved\": N, \"fuzzy\": N, "
            + "\"orphaned\": N} or null}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path sourcePath = path(source);
        Path article = output == null ? null : path(output);
        SourceConversion.Result result;
        try {
            result = new SourceConversion().convert(sourcePath, article, force, null);
        } catch (ConversionException e) {
            throw new UsageException(source + ": " + e.getMessage());
        } catch (SidecarException | TextDecodingException e) {
            throw new UsageException(CliArticles.oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new UsageException("cannot convert " + FileErrors.describe(sourcePath, e));
        }
        Conversion c = result.conversion();
        Map<String, Object> counts = null;
        if (result.reanchor() != null) {
            counts = new LinkedHashMap<>();
            for (AnchorState state : AnchorState.VALUES) {
                counts.put(state.getLiteral(), result.reanchor().count(state));
            }
        }
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("source", sourcePath.getFileName().toString());
            tree.put("article", result.article().toString());
            tree.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
            tree.put("converter", result.converter().id());
            tree.put("title", c.title());
            tree.put("author", c.author());
            tree.put("published", c.published());
            tree.put("site", c.site());
            tree.put("url", c.url());
            tree.put("pages", c.pageStarts().size());
            tree.put("characters", c.text().length());
            tree.put("reanchored", counts);
            Json.print(tree, out());
            return GlossaCli.OK;
        }
        String what = switch (result.outcome()) {
            case CREATED -> "converted";
            case UPDATED -> "converted again";
            case UNCHANGED -> "unchanged";
        };
        out().println(what + ": " + sourcePath.getFileName() + " -> " + result.article() + " (" + result.converter().id()
                + ", " + c.text().length() + " characters" + (c.pageStarts().isEmpty() ? "" : ", " + c.pageStarts().size()
                        + " pages") + ")");
        if (!c.title().isEmpty()) {
            out().println("title: " + CliArticles.oneLine(c.title()));
        }
        for (String[] line : new String[][] { { "author", c.author() }, { "published", c.published() },
                { "site", c.site() }, { "url", c.url() } }) {
            if (!line[1].isEmpty()) {
                out().println(line[0] + ": " + CliArticles.oneLine(line[1]));
            }
        }
        if (counts != null) {
            out().println("re-anchored: " + String.join(", ", counts.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).toList()));
        }
        return GlossaCli.OK;
    }

    private Path path(String file) throws UsageException {
        if (CliArticles.STANDARD_STREAM.equals(file)) {
            throw new UsageException(file + ": convert reads and writes files, not standard input or output");
        }
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException(file + ": not a valid path");
        }
    }
}
