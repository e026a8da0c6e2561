package glossa.core.tests.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.exchange.CodebookFormat;
import glossa.exchange.ExportFormat;
import glossa.exchange.FormatRegistry;
import glossa.exchange.ImportFormat;

/**
 * The help of each command with a format option names every format the registry has for it as the option's value
 * ({@code --format=html|md|...}), so a format registered there shows up with no change to the command line.
 */
class FormatListsTest {

    static Stream<Arguments> formatOptions() {
        FormatRegistry registry = FormatRegistry.instance();
        return Stream.of(
                Arguments.of("case-export", "--format=", registry.caseExportFormats().stream().map(ExportFormat::id)
                        .toList(), "html"),
                Arguments.of("export", "--format=", registry.exportFormats().stream().map(ExportFormat::id).toList(),
                        "html"),
                Arguments.of("codebook", "--format=", registry.codebookFormats().stream().map(CodebookFormat::id)
                        .toList(), "qdc"),
                Arguments.of("import", "--format=", registry.importFormats().stream().map(ImportFormat::id).toList(),
                        "csv"));
    }

    @ParameterizedTest
    @MethodSource("formatOptions")
    void theHelpListsTheRegisteredFormatsAsTheValue(String command, String option, List<String> ids, String known) {
        assertTrue(ids.contains(known), ids.toString());
        String help = CliRun.of(command, "--help").ok().out();
        String value = option + String.join("|", ids);
        assertTrue(help.lines().anyMatch(line -> line.contains(value + " ") || line.endsWith(value)),
                "expected " + value + " in\n" + help);
    }
}
