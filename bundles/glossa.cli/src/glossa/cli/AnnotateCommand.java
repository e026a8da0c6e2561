package glossa.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
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

/** {@code annotate FILE --type ID (--quote TEXT [--occurrence N] | --begin B --end E) …}: adds one annotation. */
final class AnnotateCommand implements Subcommand {

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public String summary() {
        return "add an annotation and save the sidecar";
    }

    @Override
    public String help() {
        return """
                usage: glossa-cli annotate FILE --type ID (--quote TEXT [--occurrence N] | --begin B --end E)
                                  [--attr NAME=VALUE]... [--memo TEXT] [--author NAME] [--json]

                Adds an annotation of type ID to FILE and saves FILE.glossa (atomically; the article
                itself is never written).

                  --quote TEXT      annotate this text; if it occurs more than once, pick one with
                  --occurrence N    (1-based, in text order)
                  --begin B --end E annotate the UTF-16 offsets B..E instead
                  --attr NAME=VALUE set an attribute of the type's schema (repeatable); choice values
                                    must be one of the choices, numbers lie in 0..1
                  --memo TEXT       a note
                  --author NAME     defaults to the user name
                  --json            print the new annotation as a JSON object (as in `list --json`)
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(args, Set.of("type", "quote", "occurrence", "begin", "end", "attr", "memo", "author"),
                Set.of("json"));
        String file = parsed.file();
        String typeId = parsed.value("type");
        if (typeId == null) {
            throw new UsageException("--type is required");
        }
        AnnotatedArticle article = CliArticles.open(file, err);
        AnnotationType type = Codebooks.find(article.document().getCodebook(), typeId).orElseThrow(
                () -> new UsageException("unknown type '" + typeId + "' (types: " + String.join(", ",
                        Codebooks.activeTypes(article.document().getCodebook()).stream().map(t -> t.getId()).toList())
                        + ")"));
        if (type.isRetired()) {
            throw new UsageException("type '" + typeId + "' is retired; it takes no new annotations");
        }
        int[] span = span(parsed, article.text());
        String author = parsed.value("author") != null ? parsed.value("author") : System.getProperty("user.name");
        Annotation annotation;
        try {
            annotation = AnnotationFactory.create(article.text(), type, span[0], span[1], author);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        for (String attr : parsed.values("attr")) {
            annotation.getAttributes().add(attribute(type, attr));
        }
        annotation.setMemo(parsed.value("memo"));
        article.document().getAnnotations().add(annotation);
        CliArticles.saveSidecar(article);
        if (article.textChangedSinceAnnotated()) {
            err.println("glossa: warning: " + file + " changed since it was annotated; earlier annotations may need re-anchoring");
        }
        SectionIndex index = SectionIndex.of(article.document());
        if (parsed.flag("json")) {
            out.println(Json.write(CliRows.annotation(annotation, index)));
        } else {
            Object section = CliRows.annotation(annotation, index).get("sectionPath");
            out.println("added " + annotation.getId() + " " + type.getId() + " " + (section == null ? "-" : section) + " "
                    + annotation.getBegin() + ".." + annotation.getEnd() + " “" + TextTable.shorten(annotation.getQuote(), 60) + "”");
        }
        return 0;
    }

    private static int[] span(Args parsed, String text) throws UsageException {
        String quote = parsed.value("quote");
        boolean offsets = parsed.value("begin") != null || parsed.value("end") != null;
        if (quote != null && offsets) {
            throw new UsageException("give either --quote or --begin/--end, not both");
        }
        if (quote != null) {
            if (Spans.normalize(quote, 0, quote.length())[1] == 0) {
                throw new UsageException("--quote is empty");
            }
            List<Integer> found = new ArrayList<>();
            for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
                found.add(i);
            }
            if (found.isEmpty()) {
                throw new UsageException("quote not found: " + TextTable.shorten(quote, 40));
            }
            int occurrence = parsed.intValue("occurrence", 0);
            if (occurrence == 0 && found.size() > 1) {
                throw new UsageException("the quote occurs " + found.size() + " times; choose one with --occurrence 1.."
                        + found.size());
            }
            if (occurrence == 0) {
                occurrence = 1;
            }
            if (occurrence < 1 || occurrence > found.size()) {
                throw new UsageException("--occurrence " + occurrence + " is out of range: the quote occurs "
                        + found.size() + (found.size() == 1 ? " time" : " times"));
            }
            int begin = found.get(occurrence - 1);
            return new int[] { begin, begin + quote.length() };
        }
        if (parsed.value("occurrence") != null) {
            throw new UsageException("--occurrence goes with --quote");
        }
        if (parsed.value("begin") == null || parsed.value("end") == null) {
            throw new UsageException("give --quote TEXT or both --begin and --end");
        }
        int begin = parsed.intValue("begin", -1);
        int end = parsed.intValue("end", -1);
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
