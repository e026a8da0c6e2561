package glossa.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseArticles;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.text.ArticleText;
import glossa.exchange.export.CaseExporter;
import glossa.exchange.export.CaseWriter;
import glossa.exchange.export.ExportFiles;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.export.WebAnnotationCaseWriter;
import glossa.exchange.export.WebAnnotationExporter;
import glossa.exchange.imports.ProjectImport;
import glossa.exchange.imports.WebAnnotationImporter;
import glossa.exchange.refiqda.ProjectBuilder;
import glossa.exchange.refiqda.QdeReader;
import glossa.exchange.refiqda.QdpxArchive;
import glossa.exchange.refiqda.QdpxCaseWriter;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * Case export to REFI-QDA (.qdpx) and its import back (a new case folder written to disk), side by side with
 * today's case export to W3C Web Annotation JSON-LD, on the same in-memory case: ARTICLES copies of the sample
 * article with ANNOTATIONS / ARTICLES annotations each (every third with a memo, half with attributes). Runs the
 * three operations in turn, RUNS times after one warm-up, and prints each run's times and the ratios
 * qdpx export / JSON-LD export and qdpx import / JSON-LD export. The import writes a case folder to disk (200
 * articles and 200 sidecars, forced to the disk) while the JSON-LD export writes to memory, so two more columns
 * compare like with like: the import's in-memory part (read the archive, parse, build the documents) against
 * importing the same case from per-article JSON-LD with WebAnnotationImporter, also in memory. Each operation's
 * process CPU time (all threads, the collector's included) is printed too: on a machine other jobs load, wall
 * times stretch with the load, CPU times much less. Last, the case export as the command line and File > Export run
 * it, from the imported case folder (read every article and sidecar, write one file atomically), to JSON-LD and to
 * .qdpx: the import against that is the ratio without the process start-up both commands share.
 *
 * <pre>java -Xmx4g -cp target/classes:$(cat target/classpath.txt) glossa.bench.InteropBench [articles] [annotations] [runs]</pre>
 */
public final class InteropBench {

    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(Instant.parse("2025-10-01T00:00:00Z"));

    private InteropBench() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int annotations = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String text = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8)
                .replace("\uFEFF", "");
        Codebook codebook = DefaultCodebook.create();
        List<AnnotatedArticle> list = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            list.add(article(text, "a" + i + "/article-" + i + ".txt", annotations / articles, i));
        }
        CaseExporter exportCase = new CaseExporter(Path.of("case"), "bench", list, codebook);
        Path tmp = Files.createTempDirectory("glossa-interop-bench");
        System.out.printf("case: %d articles, %d annotations, %d runs after one warm-up%n", articles,
                articles * (annotations / articles), runs);
        // The fair peer of the import's in-memory part: the same case as per-article JSON-LD, read back by
        // WebAnnotationImporter into empty copies of the articles (the JSON-LD export of each, made once here).
        List<byte[]> perArticleJsonld = new ArrayList<>();
        for (AnnotatedArticle a : list) {
            ByteArrayOutputStream one = new ByteArrayOutputStream(1 << 20);
            new WebAnnotationExporter().export(a, OPTIONS, one, null);
            perArticleJsonld.add(one.toByteArray());
        }
        System.out.println("run | JSON-LD export ms | qdpx export ms | qdpx import ms | export ratio | import ratio"
                + " | qdpx MB | JSON-LD MB | qdpx read+build ms (no files) | JSON-LD import ms (per article, no files)"
                + " | read+build / JSON-LD import | import / JSON-LD import"
                + " | CPU ms: JSON-LD export | qdpx export | qdpx import | CPU export ratio | CPU import ratio"
                + " | from the folder: JSON-LD case export ms | qdpx case export ms"
                + " | import / folder JSON-LD | folder qdpx / folder JSON-LD");
        for (int run = 0; run <= runs; run++) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            ByteArrayOutputStream jsonld = new ByteArrayOutputStream(64 << 20);
            exportCase.export(new WebAnnotationCaseWriter(), OPTIONS, jsonld, null);
            long t1 = System.nanoTime();
            long c1 = cpu();
            ByteArrayOutputStream qdpx = new ByteArrayOutputStream(16 << 20);
            exportCase.export(new QdpxCaseWriter(), OPTIONS, qdpx, null);
            long t2 = System.nanoTime();
            long c2 = cpu();
            Path file = tmp.resolve("case-" + run + ".qdpx");
            Files.write(file, qdpx.toByteArray());
            long c3 = cpu();
            long t3 = System.nanoTime();
            ProjectImport.run(file, tmp.resolve("imported-" + run), null);
            long t4 = System.nanoTime();
            long c4 = cpu();
            long t5 = System.nanoTime();
            try (InputStream in = new ByteArrayInputStream(qdpx.toByteArray())) {
                QdpxArchive archive = QdpxArchive.read(in, "bench.qdpx", xml -> QdeReader.readProject(xml, "bench"));
                ProjectBuilder.build(archive.parsed(), archive, "bench", new NullProgressMonitor());
            }
            long t6 = System.nanoTime();
            for (int i = 0; i < list.size(); i++) {
                AnnotatedArticle a = list.get(i);
                Document empty = GlossaFactory.eINSTANCE.createDocument();
                empty.setCodebook(EcoreUtil.copy(a.document().getCodebook()));
                AnnotatedArticle target = new AnnotatedArticle(a.articlePath(), ArticleText.of(a.text()), empty);
                new WebAnnotationImporter().read(target, new ByteArrayInputStream(perArticleJsonld.get(i)), null);
            }
            long t7 = System.nanoTime();
            // The case export as case-export and File > Export run it: read the case folder, write one file.
            Path folder = tmp.resolve("imported-" + run);
            exportFolder(folder, new WebAnnotationCaseWriter(), tmp.resolve("case-" + run + ".jsonld"));
            long t8 = System.nanoTime();
            exportFolder(folder, new QdpxCaseWriter(), tmp.resolve("again-" + run + ".qdpx"));
            long t9 = System.nanoTime();
            double folderJson = (t8 - t7) / 1e6;
            double folderQdpx = (t9 - t8) / 1e6;
            double json = (t1 - t0) / 1e6;
            double export = (t2 - t1) / 1e6;
            double imported = (t4 - t3) / 1e6;
            double built = (t6 - t5) / 1e6;
            double jsonImport = (t7 - t6) / 1e6;
            double jsonCpu = (c1 - c0) / 1e6;
            double exportCpu = (c2 - c1) / 1e6;
            double importCpu = (c4 - c3) / 1e6;
            System.out.printf("%s | %.0f | %.0f | %.0f | %.2f | %.2f | %.1f | %.1f | %.0f | %.0f | %.2f | %.2f"
                    + " | %.0f | %.0f | %.0f | %.2f | %.2f | %.0f | %.0f | %.2f | %.2f%n",
                    run == 0 ? "warm-up" : run, json, export, imported, export / json, imported / json,
                    qdpx.size() / 1e6, jsonld.size() / 1e6, built, jsonImport, built / jsonImport,
                    imported / jsonImport, jsonCpu, exportCpu, importCpu, exportCpu / jsonCpu, importCpu / jsonCpu,
                    folderJson, folderQdpx, imported / folderJson, folderQdpx / folderJson);
            delete(folder);
            Files.delete(file);
            Files.delete(tmp.resolve("case-" + run + ".jsonld"));
            Files.delete(tmp.resolve("again-" + run + ".qdpx"));
        }
        delete(tmp);
    }

    private static void exportFolder(Path folder, CaseWriter writer, Path target) throws IOException {
        CaseArticles.Loaded loaded = CaseArticles.load(folder, null);
        CaseExporter exporter = new CaseExporter(folder, "bench", loaded.articles(), loaded.codebook().codebook());
        ExportFiles.write(target, stream -> exporter.export(writer, OPTIONS, stream, null));
    }

    /** CPU time of the whole process (every thread), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static AnnotatedArticle article(String text, String name, int count, int seed) {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setTitle(name);
        document.setCodebook(DefaultCodebook.create());
        List<AnnotationType> types = Codebooks.allTypes(document.getCodebook());
        java.util.Random random = new java.util.Random(seed);
        List<Annotation> annotations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int b = random.nextInt(text.length() - 40);
            int e = b + 2 + random.nextInt(30);
            Annotation a = GlossaFactory.eINSTANCE.createAnnotation();
            a.setId("a-" + new java.util.UUID(seed, i));
            a.setType(types.get(random.nextInt(types.size())));
            AnnotationFactory.setSpan(a, text, b, e);
            a.setAuthor(i % 2 == 0 ? "陈静" : "alice");
            a.setCreated(new java.util.Date(1_700_000_000_000L + i * 1000L));
            if (i % 3 == 0) {
                a.setMemo("备注 " + i);
            }
            if (i % 2 == 0) {
                a.getAttributes().add(AnnotationFactory.attribute("actor", "美国政府"));
            }
            annotations.add(a);
        }
        document.getAnnotations().addAll(annotations);
        return new AnnotatedArticle(Path.of("case").resolve(name), ArticleText.of(text), document);
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
