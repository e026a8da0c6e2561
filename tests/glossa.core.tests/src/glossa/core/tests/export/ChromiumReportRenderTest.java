package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * End to end: the HTML report of the annotated sample, rendered by headless Chromium (Debian's chromium, which
 * .ci/run installs) to a PNG. Skipped only where Chromium is missing and neither CI=true nor GLOSSA_REQUIRE_CHROMIUM=1
 * (which .ci/run sets once it has installed Chromium) is set: there a missing Chromium fails.
 * The picture is kept as target/report-sample.png (docs/report-sample.png is a copy of it).
 */
class ChromiumReportRenderTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void sampleReportRendersWithHighlights(@TempDir Path tmp) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI")) || "1".equals(System.getenv("GLOSSA_REQUIRE_CHROMIUM"))) {
                fail("Debian's chromium was to be installed (CI or GLOSSA_REQUIRE_CHROMIUM=1) but " + CHROMIUM
                        + " is missing");
            }
            assumeTrue(false, "no /usr/bin/chromium here");
        }
        Path html = tmp.resolve("report.html");
        Files.write(html, ExportFixtures.bytes(ExportFixtures.sample(), ExportFixtures.format("html"), ExportFixtures.OPTIONS));
        Path png = tmp.resolve("report.png");
        List<String> command = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + tmp.resolve("profile"),
                "--screenshot=" + png, "--window-size=1280,2000", html.toUri().toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        // A guard against a hung browser, not a timing assertion.
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish; log:\n" + Files.readString(tmp.resolve("chromium.log")));
        }
        assertTrue(Files.isRegularFile(png), "no screenshot; log:\n" + Files.readString(tmp.resolve("chromium.log")));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        // Non-trivial: many colours (text anti-aliasing, highlights), and the claim and measure colours blended on
        // white somewhere (the highlights were drawn).
        Set<Integer> colours = new HashSet<>();
        boolean claimYellow = false;
        boolean measureBlue = false;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                claimYellow |= r > 230 && g > 200 && b < 170 && r - b > 80;
                measureBlue |= b > 180 && r < 140 && b - r > 80;
            }
        }
        assertTrue(colours.size() > 200, "only " + colours.size() + " colours");
        assertTrue(claimYellow, "no claim highlight colour in the picture");
        assertTrue(measureBlue, "no policy-measure colour in the picture");
        Path kept = Path.of(System.getProperty("glossa.repo"), "tests/glossa.core.tests/target/report-sample.png");
        Files.createDirectories(kept.getParent());
        Files.copy(png, kept, StandardCopyOption.REPLACE_EXISTING);
    }
}
