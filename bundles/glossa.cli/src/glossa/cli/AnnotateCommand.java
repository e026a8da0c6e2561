package glossa.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.annotations.Spans;
import glossa.core.codebook.Codebooks;
import glossa.exchange.json.Json;
import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annotate FILE --type ID (--quote TEXT [--occurrence N] | --begin B --end E) …}: adds one annotation. */
@Command(name = "annotate", description = { "Add an annotation and save the sidecar.", "",
        "Adds an annotation of type ID to FILE and saves FILE.glossa (atomically; the article itself is never "
                + "written). Give the text by --quote (with --occurrence when it occurs more than once) or by the "
                + "UTF-16 offsets --begin/--end." })
final class AnnotateCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "the article; its sidecar FILE.glossa is written")
    String file;

    @Option(names = { "-t", "--type" }, paramLabel = "ID", required = true,
            description = "the annotation type (ids as listed by `types`)")
    String typeId;

    @Option(names = { "-q", "--quote" }, paramLabel = "TEXT", description = "annotate this text")
    String quote;

    @Option(names = { "-n", "--occurrence" }, paramLabel = "N",
            description = "which occurrence of the quote (1-based, in text order), when it occurs more than once")
    Integer occurrence;

    @Option(names = { "-b", "--begin" }, paramLabel = "B", description = "annotate the UTF-16 offsets B..E instead")
    Integer begin;

    @Option(names = { "-e", "--end" }, paramLabel = "E", description = "the end offset (exclusive)")
    Integer end;

    @Option(names = { "-a", "--attr" }, paramLabel = "NAME=VALUE", description = "set an attribute of the type's "
            + "schema (repeatable); choice values must be one of the choices, numbers lie in 0..1")
    List<String> attributes = new ArrayList<>();

    @Option(names = { "-m", "--memo" }, paramLabel = "TEXT", description = "a note")
    String memo;

    @Option(names = "--author", paramLabel = "NAME", description = "defaults to the user name")
    String author;

    @Option(names = { "-j", "--json" },
            description = "print the new annotation as a JSON object (a row as in `list --json`)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AnnotatedArticle article = CliArticles.open(file, err());
        AnnotationType type = Codebooks.find(article.document().getCodebook(), typeId).orElseThrow(
                () -> new UsageException("unknown type '" + typeId + "' (types: " + String.join(", ",
                        Codebooks.activeTypes(article.document().getCodebook()).stream().map(t -> t.getId()).toList())
                        + ")"));
        if (type.isRetired()) {
            throw new UsageException("type '" + typeId + "' is retired; it takes no new annotations");
        }
        int[] span = span(article.text());
        String by = author != null ? author : System.getProperty("user.name");
        Annotation annotation;
        try {
            annotation = AnnotationFactory.create(article.text(), type, span[0], span[1], by);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        for (String attr : attributes) {
            annotation.getAttributes().add(attribute(type, attr));
        }
        annotation.setMemo(memo);
        article.document().getAnnotations().add(annotation);
        CliArticles.saveSidecar(article);
        if (article.textChangedSinceAnnotated()) {
            err().println("glossa: warning: " + file
                    + " changed since it was annotated; earlier annotations may need re-anchoring");
        }
        SectionIndex index = SectionIndex.of(article.document());
        // A new annotation, so no merge has recorded a conflict on it.
        Map<String, Object> row = CliRows.annotation(annotation, index, Set.of());
        if (json) {
            Json.print(row, out());
        } else {
            Object section = row.get("sectionPath");
            out().println("added " + annotation.getId() + " " + type.getId() + " " + (section == null ? "-" : section)
                    + " " + annotation.getBegin() + ".." + annotation.getEnd() + " “"
                    + TextTable.shorten(annotation.getQuote(), 60) + "”");
        }
        return GlossaCli.OK;
    }

    private int[] span(String text) throws UsageException {
        boolean offsets = begin != null || end != null;
        if (quote != null && offsets) {
            throw new UsageException("give either --quote or --begin/--end, not both");
        }
        if (quote != null) {
            int[] trimmed = Spans.normalize(quote, 0, quote.length());
            if (trimmed[0] == trimmed[1]) { // nothing but blanks (normalize trims them to an empty span at the end)
                throw new UsageException("--quote is empty");
            }
            List<Integer> found = new ArrayList<>();
            for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
                found.add(i);
            }
            if (found.isEmpty()) {
                throw new UsageException("quote not found: " + TextTable.shorten(quote, 40));
            }
            if (occurrence == null && found.size() > 1) {
                throw new UsageException("the quote occurs " + found.size() + " times; choose one with --occurrence 1.."
                        + found.size());
            }
            int n = occurrence == null ? 1 : occurrence;
            if (n < 1 || n > found.size()) {
                throw new UsageException("--occurrence " + n + " is out of range: the quote occurs "
                        + found.size() + (found.size() == 1 ? " time" : " times"));
            }
            int at = found.get(n - 1);
            return new int[] { at, at + quote.length() };
        }
        if (occurrence != null) {
            throw new UsageException("--occurrence goes with --quote");
        }
        if (begin == null || end == null) {
            throw new UsageException("give --quote TEXT or both --begin and --end");
        }
        if (begin < 0 || end > text.length() || begin >= end) {
            throw new UsageException("span " + begin + ".." + end + " is not inside the text (0.." + text.length() + ")");
        }
        return new int[] { begin, end };
    }

    private static glossa.model.AttributeValue attribute(AnnotationType type, String attr) throws UsageException {
        int eq = attr.indexOf('=');
        if (eq <= 0) {
            throw new UsageException("--attr needs NAME=VALUE, not '" + attr + "'");
        }
        String name = attr.substring(0, eq).strip();
        String value = attr.substring(eq + 1);
        AttributeDefinition definition = type.getAttributes().stream().filter(d -> d.getName().equals(name))
                .findFirst().orElseThrow(() -> new UsageException("type '" + type.getId() + "' has no attribute '" + name
                        + "' (attributes: " + String.join(", ", type.getAttributes().stream().map(d -> d.getName()).toList()) + ")"));
        switch (definition.getKind()) {
            case CHOICE -> {
                if (!definition.getChoices().contains(value)) {
                    throw new UsageException("attribute '" + name + "' takes one of: " + String.join(", ", definition.getChoices()));
                }
            }
            case NUMBER -> {
                try {
                    double number = Double.parseDouble(value.strip());
                    if (!(number >= 0 && number <= 1)) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw new UsageException("attribute '" + name + "' takes a number from 0 to 1, not '" + value + "'");
                }
            }
            default -> {
                // free text
            }
        }
        return AnnotationFactory.attribute(name, value);
    }
}
