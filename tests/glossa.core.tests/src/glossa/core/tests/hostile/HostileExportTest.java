package glossa.core.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.ExportFiles;

/** Issue 20, items 1–5: exports never write over their input and never fill the disk. */
class HostileExportTest {

    private static final List<String> FORMATS = List.of("html", "md", "csv", "jsonld");

    @TempDir
    Path dir;

    @Test
    void item1ExportOverTheArticleIsRefusedHoweverItIsSpelled() throws Exception {
        Path article = Cli.annotatedSample(dir);
        Files.createDirectories(dir.resolve("d"));
        Files.createSymbolicLink(dir.resolve("out.html"), article);
        Map<String, String> before = Cli.checksums(dir);
        for (String format : FORMATS) {
            for (String output : List.of(article.toString(), dir.resolve("d/../d/../a.txt").toString(),
                    dir.resolve("./a.txt").toString(), dir.resolve("out.html").toString())) {
                Cli.run("export", article.toString(), "--format", format, "-o", output, "--force")
                        .fails(2, "will not write the export over the article");
            }
        }
        assertEquals(before, Cli.checksums(dir), "nothing changed, no temporary file");
    }

    @Test
    void item2ExportOverTheSidecarIsRefused() throws Exception {
        Path article = Cli.annotatedSample(dir);
        Path sidecar = AnnotatedArticle.sidecarOf(article);
        Files.createSymbolicLink(dir.resolve("link.csv"), sidecar);
        Map<String, String> before = Cli.checksums(dir);
        for (String format : FORMATS) {
            for (String output : List.of(sidecar.toString(), dir.resolve("link.csv").toString())) {
                Cli.run("export", article.toString(), "--format", format, "-o", output, "--force")
                        .fails(2, "will not write the export over the sidecar");
            }
        }
        assertEquals(before, Cli.checksums(dir));
    }

    @Test
    void item3CaseExportOverAnArticleOrSidecarOfTheCaseIsRefused() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("D"));
        Cli.annotatedSample(caseDir);
        Path two = caseDir.resolve("two.txt");
        Files.writeString(two, "一、标题\n正文，技术出口管制。\n", StandardCharsets.UTF_8);
        Cli.run("annotate", two.toString(), "--type", "claim", "--quote", "技术出口管制").ok();
        Map<String, String> before = Cli.checksums(dir);
        for (String format : List.of("html", "csv", "jsonld")) {
            Cli.run("case-export", caseDir.toString(), "--format", format, "-o", caseDir.resolve("a.txt").toString(),
                    "--force").fails(2, "over the article");
            Cli.run("case-export", caseDir.toString(), "--format", format, "-o",
                    caseDir.resolve("two.txt.glossa").toString(), "--force").fails(2, "over the sidecar");
        }
        assertEquals(before, Cli.checksums(dir));
        Path report = dir.resolve("case.html");
        Cli.run("case-export", caseDir.toString(), "--format", "html", "-o", report.toString()).ok();
        assertTrue(Files.size(report) > 0);
    }

    @Test
    void item4AnExistingOutputIsReplacedOnlyWithForce() throws Exception {
        Path article = Cli.annotatedSample(dir);
        Path report = dir.resolve("report.html");
        Files.writeString(report, "previous report", StandardCharsets.UTF_8);
        Map<String, String> before = Cli.checksums(dir);
        Cli.run("export", article.toString(), "--format", "html", "-o", report.toString())
                .fails(2, report + " exists; use --force to replace it");
        Path caseReport = dir.resolve("case.csv");
        Files.writeString(caseReport, "previous", StandardCharsets.UTF_8);
        before.put("case.csv", Cli.sha256(caseReport));
        Cli.run("case-export", dir.toString(), "--format", "csv", "-o", caseReport.toString())
                .fails(2, "exists; use --force");
        assertEquals(before, Cli.checksums(dir));

        Cli.run("export", article.toString(), "--format", "html", "-o", report.toString(), "--force").ok();
        assertTrue(Files.readString(report, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
        Cli.run("case-export", dir.toString(), "--format", "csv", "-o", caseReport.toString(), "--force").ok();
        assertFalse(Files.readString(caseReport, StandardCharsets.UTF_8).startsWith("previous"));
    }

    @Test
    void item4FoldersAndMissingFoldersAreRefusedInOneLine() throws Exception {
        Path article = Cli.annotatedSample(dir);
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Map<String, String> before = Cli.checksums(dir);
        Cli.run("export", article.toString(), "--format", "csv", "-o", folder.toString(), "--force")
                .fails(2, folder + " is a directory");
        Cli.run("export", article.toString(), "--format", "csv", "-o", dir.resolve("missing/x.csv").toString())
                .fails(2, "no such folder for");
        assertEquals(before, Cli.checksums(dir));
    }

    @Test
    void item5TheSizeGuardStopsAnExportAndDeletesItsTemporaryFile() throws Exception {
        Path article = Cli.annotatedSample(dir);
        Map<String, String> before = Cli.checksums(dir);
        String old = System.getProperty(ExportFiles.MAX_BYTES_PROPERTY);
        System.setProperty(ExportFiles.MAX_BYTES_PROPERTY, "200");
        try {
            for (String format : FORMATS) {
                Path out = dir.resolve("big." + format);
                Cli.run("export", article.toString(), "--format", format, "-o", out.toString())
                        .fails(2, "grew beyond 200 bytes");
            }
            Cli.run("case-export", dir.toString(), "--format", "html", "-o", dir.resolve("case.html").toString())
                    .fails(2, "grew beyond 200 bytes");
        } finally {
            if (old == null) {
                System.clearProperty(ExportFiles.MAX_BYTES_PROPERTY);
            } else {
                System.setProperty(ExportFiles.MAX_BYTES_PROPERTY, old);
            }
        }
        assertEquals(before, Cli.checksums(dir), "no report, no temporary file");
    }
}
