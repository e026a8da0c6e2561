package glossa.core.tests.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import glossa.core.tests.cli.CliRun;
import glossa.exchange.ExportFormat;
import glossa.exchange.FormatRegistry;
import glossa.exchange.ImportFormat;
import glossa.exchange.export.Exporter;

/** The one registry of formats: the built-in ones, in order, and a format contributed from another bundle. */
class FormatRegistryTest {

    private final FormatRegistry registry = FormatRegistry.instance();

    @Test
    void listsTheBuiltInFormatsFirstThenContributions() {
        assertEquals(List.of("html", "md", "csv", "jsonld", "qdpx", "qdc", "uima-xmi", "pdf", "tsv-test"),
                registry.exportFormats().stream().map(ExportFormat::id).toList());
        assertEquals(List.of("html", "csv", "jsonld", "qdpx", "pdf"),
                registry.caseExportFormats().stream().map(ExportFormat::id).toList());
        assertEquals(List.of("jsonld", "csv", "qdc", "uima-xmi"), registry.importFormats().stream().map(ImportFormat::id).toList());
    }

    @Test
    void findsFormatsByNameAliasAndFileName() {
        assertSame(registry.exportFormat("md"), registry.exportFormat("Markdown"));
        assertSame(registry.exportFormat("jsonld"), registry.exportFormat("json-ld"));
        assertEquals("jsonld", registry.importFormatForFile("/x/EXPORT.JSON").orElseThrow().id());
        assertEquals("csv", FormatRegistry.byFileName(registry.caseExportFormats(), "case.csv").orElseThrow().id());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> registry.exportFormat("docx"));
        assertEquals("unknown export format 'docx' (html, md, csv, jsonld, qdpx, qdc, uima-xmi, pdf, tsv-test)", unknown.getMessage());
        IllegalArgumentException noCase = assertThrows(IllegalArgumentException.class,
                () -> registry.caseExportFormat("md"));
        assertEquals("a case exports as html, csv, jsonld, qdpx or pdf", noCase.getMessage());
    }

    /** Under OSGi an OSGi service of type ExportFormat (e.g. a declarative-services component) counts too. */
    @Test
    void takesOsgiServicesAndForgetsThemWhenTheyGo() {
        BundleContext context = FrameworkUtil.getBundle(FormatRegistry.class).getBundleContext();
        ServiceRegistration<ExportFormat> registration = context.registerService(ExportFormat.class,
                new ExportFormat() {
                    @Override
                    public String id() {
                        return "service-test";
                    }

                    @Override
                    public String extension() {
                        return "txt";
                    }

                    @Override
                    public String label() {
                        return "A format registered as an OSGi service";
                    }

                    @Override
                    public Exporter newExporter() {
                        return (article, options, out, monitor) -> out.write(article.text().length());
                    }
                }, null);
        try {
            assertEquals("service-test", registry.exportFormat("service-test").id());
            assertEquals("service-test", registry.exportFormats().get(registry.exportFormats().size() - 1).id());
        } finally {
            registration.unregister();
        }
        assertThrows(IllegalArgumentException.class, () -> registry.exportFormat("service-test"));
    }

    /** One class and one line in META-INF/services: the command line exports with it, nothing else changed. */
    @Test
    void theCommandLineExportsWithAContributedFormat(@TempDir Path tmp) throws Exception {
        Path article = tmp.resolve("article.txt");
        Files.writeString(article, "一、总则\n技术出口管制升级。\n", StandardCharsets.UTF_8);
        CliRun.of("annotate", article.toString(), "--type", "claim", "--quote", "技术出口管制").ok();
        Path out = tmp.resolve("out.tsv");
        CliRun.of("export", article.toString(), "--format", "tsv-test", "-o", out.toString()).ok();
        assertEquals("type\tquote\nclaim\t技术出口管制\n", Files.readString(out, StandardCharsets.UTF_8));
        String help = CliRun.of("export", "--help").out();
        assertTrue(help.contains("--format=html|md|csv|jsonld|qdpx|qdc|uima-xmi|pdf|tsv-test"), help);
    }
}
