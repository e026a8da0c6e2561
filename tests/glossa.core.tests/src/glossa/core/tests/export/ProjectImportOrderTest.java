package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseArticles;
import glossa.exchange.export.CaseExporter;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ProjectImport;
import glossa.model.Annotation;

/**
 * What a project says in one place and refers to from another: notes and links follow the sources in
 * {@code project.qde}, yet memos and relations reach the files on disk; texts before or after {@code project.qde}
 * in the archive, and users and codes after the sources (against the schema's order), import the same. An error
 * found while reading the project is reported before one found while building the articles, and no thread or
 * staging folder is left behind.
 */
class ProjectImportOrderTest {

    @TempDir
    Path dir;

    private static final String TEXT = "一二三 😀 abc def";
    private static final String CODE = "11111111-1111-4111-8111-111111111111";
    private static final String SOURCE = "22222222-2222-4222-8222-222222222222";
    private static final String USER = "55555555-5555-4555-8555-555555555555";
    private static final String CODEBOOK = "<CodeBook><Codes><Code guid=\"" + CODE + "\" name=\"c\"/></Codes>"
            + "</CodeBook>";
    private static final String USERS = "<Users><User guid=\"" + USER + "\" name=\"Ann 安\"/></Users>";

    private static String project(String... parts) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">"
                + String.join("", parts) + "</Project>";
    }

    private static String source(String guid, String name, String body) {
        return "<TextSource guid=\"" + guid + "\" name=\"" + name + "\" plainTextPath=\"internal://" + guid
                + ".txt\">" + body + "</TextSource>";
    }

    /** A selection of code points {@code start..end} coded with {@code code} by {@link #USER}. */
    private static String selection(int n, int start, int end, String code, String notes) {
        return "<PlainTextSelection guid=\"33333333-3333-4333-8333-33333333333" + n + "\" startPosition=\"" + start
                + "\" endPosition=\"" + end + "\" creatingUser=\"" + USER + "\"><Coding guid=\""
                + "44444444-4444-4444-8444-44444444444" + n + "\"><CodeRef targetGUID=\"" + code + "\"/></Coding>"
                + notes + "</PlainTextSelection>";
    }

    private Path archive(String name, String qde, boolean textsFirst, String... sourceGuids) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        if (!textsFirst) {
            entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        }
        for (String guid : sourceGuids) {
            entries.put("Sources/" + guid + ".txt", TEXT.getBytes(StandardCharsets.UTF_8));
        }
        if (textsFirst) {
            entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        }
        Path qdpx = dir.resolve(name);
        Files.write(qdpx, RefiQdaFiles.zip(entries));
        return qdpx;
    }

    private static AnnotatedArticle only(Path caseDir) throws IOException {
        CaseArticles.Loaded loaded = CaseArticles.load(caseDir, null);
        assertEquals(List.of(), loaded.problems());
        assertEquals(1, loaded.articles().size());
        return loaded.articles().get(0);
    }

    /** The threads that read ahead and write for an import, which end with it (given a moment to die). */
    private static boolean importThreadsAlive() {
        for (int i = 0; i < 40; i++) {
            boolean alive = Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive()
                    && (t.getName().startsWith("glossa-import-write") || t.getName().startsWith("glossa-read-ahead")));
            if (!alive) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        return true;
    }

    @Test
    void notesAndLinksAfterTheSourcesReachTheFilesOnDisk() throws IOException {
        String second = "2aaaaaaa-2222-4222-8222-222222222222";
        String qde = project(USERS, CODEBOOK, "<Sources>",
                source(SOURCE, "a.txt", "<NoteRef targetGUID=\"66666666-6666-4666-8666-666666666661\"/>"
                        + selection(1, 0, 3, CODE, "<NoteRef targetGUID=\"66666666-6666-4666-8666-666666666662\"/>")
                        + selection(2, 6, 9, CODE, "")),
                source(second, "b.txt", ""), "</Sources>",
                "<Notes><Note guid=\"66666666-6666-4666-8666-666666666661\"><PlainTextContent>on the article 文"
                        + "</PlainTextContent></Note><Note guid=\"66666666-6666-4666-8666-666666666662\">"
                        + "<PlainTextContent>on the claim 😀</PlainTextContent></Note></Notes>",
                "<Links><Link guid=\"77777777-7777-4777-8777-777777777777\" name=\"supports\" originGUID=\""
                        + "33333333-3333-4333-8333-333333333332\" targetGUID=\"33333333-3333-4333-8333-333333333331\"/>"
                        + "</Links>");
        ProjectImport.Result r = ProjectImport.run(archive("in.qdpx", qde, true, SOURCE, second),
                dir.resolve("case"), null);
        assertEquals(2, r.articles());
        assertEquals(1, r.relations());
        AnnotatedArticle a = CaseArticles.load(dir.resolve("case"), null).articles().stream()
                .filter(x -> x.articlePath().getFileName().toString().equals("a.txt")).findFirst().orElseThrow();
        assertEquals("on the article 文", a.document().getMemo());
        Annotation first = a.document().getAnnotations().stream().filter(x -> x.getBegin() == 0).findFirst()
                .orElseThrow();
        assertEquals("on the claim 😀", first.getMemo());
        assertEquals("一二三", first.getQuote());
        assertEquals("Ann 安", first.getAuthor());
        assertEquals(1, a.document().getRelations().size());
        assertEquals("supports", a.document().getRelations().get(0).getKind());
        assertEquals(first, a.document().getRelations().get(0).getTarget());
        assertFalse(importThreadsAlive());
    }

    @Test
    void textsBeforeOrAfterTheProjectFileImportTheSame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<AnnotatedArticle> articles = List.of(ExportFixtures.small(), ExportFixtures.sample());
        new CaseExporter(dir.resolve("origin"), "case", articles, articles.get(0).document().getCodebook())
                .export(ExportFixtures.format("qdpx").caseWriter(), ExportFixtures.OPTIONS, out, null);
        Map<String, byte[]> glossaOrder = RefiQdaFiles.unzip(out.toByteArray());
        Map<String, byte[]> qdeFirst = new LinkedHashMap<>();
        qdeFirst.put("project.qde", glossaOrder.get("project.qde"));
        glossaOrder.forEach(qdeFirst::putIfAbsent);
        Map<String, byte[]> textsFirst = new LinkedHashMap<>(glossaOrder);
        textsFirst.remove("project.qde");
        textsFirst.put("project.qde", glossaOrder.get("project.qde"));
        Files.write(dir.resolve("glossa.qdpx"), RefiQdaFiles.zip(qdeFirst));
        Files.write(dir.resolve("other.qdpx"), RefiQdaFiles.zip(textsFirst));

        ProjectImport.Result one = ProjectImport.run(dir.resolve("glossa.qdpx"), dir.resolve("one"), null);
        ProjectImport.Result two = ProjectImport.run(dir.resolve("other.qdpx"), dir.resolve("two"), null);
        assertEquals(one.annotations(), two.annotations());
        assertEquals(one.relations(), two.relations());
        assertEquals(one.skipped(), two.skipped());
        assertEquals(describe(dir.resolve("one")), describe(dir.resolve("two")));
        int total = articles.stream().mapToInt(a -> a.document().getAnnotations().size()).sum();
        assertEquals(total, one.annotations());
    }

    private static List<String> describe(Path caseDir) throws IOException {
        List<String> all = new ArrayList<>();
        for (AnnotatedArticle a : CaseArticles.load(caseDir, null).articles()) {
            all.add(a.articlePath().getFileName() + " memo=" + a.document().getMemo());
            all.addAll(RefiQdaRoundTripTest.describeAll(a.document().getAnnotations()));
            all.addAll(RefiQdaRoundTripTest.describeRelations(a.document().getRelations()));
        }
        return all;
    }

    @Test
    void usersAndCodesAfterTheSourcesAreStillRead() throws IOException {
        String qde = project("<Sources>", source(SOURCE, "a.txt", selection(1, 4, 5, CODE, "")), "</Sources>",
                USERS, CODEBOOK);
        ProjectImport.Result r = ProjectImport.run(archive("late.qdpx", qde, true, SOURCE), dir.resolve("case"),
                null);
        assertEquals(1, r.annotations());
        Annotation a = only(dir.resolve("case")).document().getAnnotations().get(0);
        assertEquals("Ann 安", a.getAuthor(), "the user's name, though Users follows the sources");
        assertEquals("😀", a.getQuote());
        assertEquals(List.of("case", "late.qdpx"), RefiQdaFiles.listing(dir), "no staging folder left");
        assertFalse(importThreadsAlive());
    }

    @Test
    void anErrorOfTheReadIsReportedBeforeOneOfTheBuild() throws IOException {
        String unknown = "99999999-9999-4999-8999-999999999999";
        // The first source cannot be built (its code is unknown); a GUID used twice comes later in the file.
        String qde = project(USERS, CODEBOOK, "<Sources>", source(SOURCE, "a.txt", selection(1, 0, 3, unknown, "")),
                "</Sources><Notes><Note guid=\"" + USER + "\"><PlainTextContent>x</PlainTextContent></Note></Notes>");
        Path qdpx = archive("in.qdpx", qde, true, SOURCE);
        ImportFormatException e = assertThrows(ImportFormatException.class,
                () -> ProjectImport.run(qdpx, dir.resolve("case"), null));
        assertTrue(e.getMessage().contains("is used twice (first by <User>"), e.getMessage());
        assertEquals(List.of("in.qdpx"), RefiQdaFiles.listing(dir), "nothing written");
        assertFalse(importThreadsAlive());
    }

    @Test
    void anErrorOfTheBuildLeavesNothing() throws IOException {
        String unknown = "99999999-9999-4999-8999-999999999999";
        String second = "2aaaaaaa-2222-4222-8222-222222222222";
        String qde = project(USERS, CODEBOOK, "<Sources>", source(SOURCE, "a.txt", selection(1, 0, 3, CODE, "")),
                source(second, "b.txt", selection(2, 0, 3, unknown, "")), "</Sources>");
        for (boolean textsFirst : new boolean[] { true, false }) {
            Path qdpx = archive("in.qdpx", qde, textsFirst, SOURCE, second);
            ImportFormatException e = assertThrows(ImportFormatException.class,
                    () -> ProjectImport.run(qdpx, dir.resolve("case"), null));
            assertTrue(e.getMessage().contains("CodeRef targetGUID " + unknown + " names no Code"), e.getMessage());
            assertTrue(e.getMessage().contains("in.qdpx!project.qde"), e.getMessage());
            assertEquals(List.of("in.qdpx"), RefiQdaFiles.listing(dir), "nothing written, texts first: " + textsFirst);
            assertFalse(importThreadsAlive());
        }
    }
}
