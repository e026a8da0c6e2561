package glossa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.exchange.FormatRegistry;
import glossa.exchange.ImportFormat;
import glossa.exchange.imports.ImportResult;
import glossa.exchange.imports.Importer;

/**
 * The {@code import} command line, parsed: {@code import FILE --from FORMAT IN}. The CLI framework's subcommand
 * loads the article, calls {@link #read}, prints the report, applies the result and saves the sidecar.
 */
public record ImportCommand(Path article, ImportFormat from, Path input) {

    /** The usage line, with the registered formats. */
    public static String usage() {
        return "import FILE --from " + String.join("|", ids()) + " IN";
    }

    private static List<String> ids() {
        return FormatRegistry.instance().importFormats().stream().map(ImportFormat::id).toList();
    }

    public static ImportCommand parse(List<String> args) {
        Path article = null;
        ImportFormat from = null;
        Path input = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--from")) {
                if (++i >= args.size()) {
                    throw new IllegalArgumentException("--from needs a value; usage: " + usage());
                }
                try {
                    from = FormatRegistry.instance().importFormat(args.get(i));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--from must be " + FormatRegistry.enumerate(ids())
                            + "; usage: " + usage());
                }
            } else if (arg.startsWith("-")) {
                throw new IllegalArgumentException("unexpected option '" + arg + "'; usage: " + usage());
            } else if (article == null) {
                article = Path.of(arg);
            } else if (input == null) {
                input = Path.of(arg);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; usage: " + usage());
            }
        }
        if (article == null || from == null || input == null) {
            throw new IllegalArgumentException("FILE, --from and IN are required; usage: " + usage());
        }
        return new ImportCommand(article, from, input);
    }

    public Importer importer() {
        return from.newImporter();
    }

    public ImportResult read(AnnotatedArticle annotated, IProgressMonitor monitor) throws IOException {
        try (InputStream in = Files.newInputStream(input)) {
            return importer().read(annotated, in, monitor);
        }
    }
}
