package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import glossa.convert.Conversion;
import glossa.convert.Converter;
import glossa.convert.ConverterRegistry;
import glossa.core.io.ArticleStore;
import glossa.core.tests.cli.CliRun;

/**
 * Converters contributed by other bundles under OSGi: one named in this test bundle's META-INF/services (this
 * fragment's host is glossa.core, not glossa.convert) and one registered as an OSGi service are found like the
 * built-in ones, which come first; the command line converts with the contributed one.
 */
class ConverterContributionTest {

    @TempDir
    Path dir;

    private static List<String> ids() {
        return ConverterRegistry.instance().converters().stream().map(Converter::id).toList();
    }

    @Test
    void theBuiltInConvertersComeFirstThenTheContributedOne() {
        List<String> ids = ids();
        assertEquals(List.of("html", "pdf", "docx"), ids.subList(0, 3), ids.toString());
        assertTrue(ids.contains("notes-test"), ids.toString());
        assertEquals("notes-test", ConverterRegistry.instance().forFile("meeting.GNOTES").orElseThrow().id());
        assertTrue(ConverterRegistry.instance().extensions().contains("gnotes"));
    }

    @Test
    void theCommandLineConvertsWithAContributedConverter() throws Exception {
        Path source = dir.resolve("meeting.gnotes");
        Files.writeString(source, "title: 会议纪要\n一、出口管制\n会议讨论了技术出口管制。\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("convert", source.toString());
        assertEquals(0, run.code(), run.err());
        Path article = dir.resolve("meeting.txt");
        assertEquals("一、出口管制\n会议讨论了技术出口管制。\n", Files.readString(article, StandardCharsets.UTF_8));
        var document = new ArticleStore().open(article, null).document();
        assertEquals("notes-test", document.getProvenance().getConverter());
        assertEquals("会议纪要", document.getTitle());
    }

    @Test
    void anOsgiServiceConverterIsFoundAndForgottenWhenItGoes() {
        BundleContext context = FrameworkUtil.getBundle(ConverterRegistry.class).getBundleContext();
        ServiceRegistration<Converter> registration = context.registerService(Converter.class, new Converter() {
            @Override
            public String id() {
                return "service-test";
            }

            @Override
            public List<String> extensions() {
                return List.of("svctest");
            }

            @Override
            public String label() {
                return "A converter registered as an OSGi service";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public Conversion convert(byte[] source, String sourceName) {
                return Conversion.of(new String(source, StandardCharsets.UTF_8));
            }
        }, null);
        try {
            assertEquals("service-test", ConverterRegistry.instance().forFile("x.svctest").orElseThrow().id());
        } finally {
            registration.unregister();
        }
        assertFalse(ConverterRegistry.instance().forFile("x.svctest").isPresent());
        assertTrue(ids().contains("html"));
    }
}
