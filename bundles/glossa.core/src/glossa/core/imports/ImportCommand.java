package glossa.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;

/**
 * The {@code import} command line, parsed: {@code import FILE --from jsonld|csv IN}. The CLI framework's subcommand
 * loads the article, calls {@link #read}, prints the report, applies the result and saves the sidecar.
 */
public record ImportCommand(Path article, String from, Path input) {

    public static final String USAGE = "import FILE --from jsonld|csv IN";

    public static ImportCommand parse(List<String> args) {
        Path article = null;
        String from = null;
        Path input = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--from")) {
                if (++i >= args.size()) {
                    throw new IllegalArgumentException("--from needs a value; usage: " + USAGE);
                }
                from = args.get(i).toLowerCase(Locale.ROOT);
                if (!from.equals("jsonld") && !from.equals("csv")) {
                    throw new IllegalArgumentException("--from must be jsonld or csv; usage: " + USAGE);
                }
            } else if (arg.startsWith("-")) {
                throw new IllegalArgumentException("unexpected option '" + arg + "'; usage: " + USAGE);
            } else if (article == null) {
                article = Path.of(arg);
            } else if (input == null) {
                input = Path.of(arg);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; usage: " + USAGE);
            }
        }
        if (article == null || from == null || input == null) {
            throw new IllegalArgumentException("FILE, --from and IN are required; usage: " + USAGE);
        }
        return new ImportCommand(article, from, input);
    }

    public Importer importer() {
        return from.equals("csv") ? new CsvImporter() : new WebAnnotationImporter();
    }

    public ImportResult read(AnnotatedArticle annotated, IProgressMonitor monitor) throws IOException {
        try (InputStream in = Files.newInputStream(input)) {
            return importer().read(annotated, in, monitor);
        }
    }
}
