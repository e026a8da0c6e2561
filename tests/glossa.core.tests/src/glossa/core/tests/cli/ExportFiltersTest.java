package glossa.core.tests.cli;

import static glossa.core.tests.cli.CliRun.jsonOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.cli.GlossaCli;
import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;
import glossa.exchange.export.internal.CsvReader;
import glossa.model.Annotation;
import glossa.model.AnnotationFilterSpec;
import glossa.model.AnnotationStatus;
import glossa.model.GlossaFactory;

/**
 * The filters of {@code export} as a table: {@code --types}, {@code --sections} (number as written or position),
 * {@code --boilerplate}, and the document's saved filter (authors, statuses, hidden types) that applies when no
 * {@code --types} is given. Which annotations the CSV lists, in which order, with annotations on the boundaries of
 * section 二 (its first character, its last, the first one of 三 after it) and one in the page footer.
 */
class ExportFiltersTest {

    @TempDir
    static Path dir;

    private static Path article;
    /** The annotations by name, as their ids. */
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(String title) {
        List<Map<String, Object>> sections = (List<Map<String, Object>>) jsonOf("sections", article.toString(), "--json")
                .get("sections");
        return sections.stream().filter(s -> title.equals(s.get("number")) || title.equals(s.get("title")))
                .findFirst().orElseThrow(() -> new AssertionError("no section " + title + " in " + sections));
    }

    private static int number(Object value) {
        return ((Long) value).intValue();
    }

    private static void annotate(String name, String type, String author, int begin, int end) {
        Map<String, Object> row = jsonOf("annotate", article.toString(), "--type", type, "--author", author, "--begin",
                String.valueOf(begin), "--end", String.valueOf(end), "--json");
        IDS.put(name, (String) row.get("id"));
    }

    @BeforeAll
    static void annotateAroundSectionTwoAndInTheFooter() throws Exception {
        article = dir.resolve("article.txt");
        Files.copy(Path.of(System.getProperty("glossa.sample")), article);
        Map<String, Object> two = section("二");
        int twoBegin = number(two.get("begin"));
        int twoEnd = number(two.get("end"));
        assertEquals(twoEnd, number(section("三").get("begin")), "三 follows 二 directly");
        String text = Files.readString(article);
        int last = twoEnd - 1;
        while (Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        int footer = text.indexOf("发表评论", number(section("Page footer").get("begin")));
        assertTrue(footer > 0, "the sample's footer holds 发表评论");
        int one = number(section("一").get("begin"));
        annotate("preamble", "claim", "ann", 3, 6);
        annotate("in一", "policy-measure", "bo", one + 3, one + 6);
        annotate("first二", "claim", "ann", twoBegin, twoBegin + 2);
        annotate("last二", "counter-strategy", "bo", last, last + 1);
        annotate("first三", "claim", "bo", twoEnd, twoEnd + 2);
        annotate("footer", "claim", "ann", footer, footer + 4);
        // Statuses other than the default (confirmed) cannot be set from the command line.
        ArticleStore store = new ArticleStore();
        AnnotatedArticle annotated = store.open(article, null);
        status(annotated, "in一", AnnotationStatus.SUGGESTED);
        status(annotated, "first三", AnnotationStatus.REJECTED);
        store.save(annotated, false, null);
    }

    private static void status(AnnotatedArticle annotated, String name, AnnotationStatus status) {
        for (Annotation a : annotated.document().getAnnotations()) {
            if (a.getId().equals(IDS.get(name))) {
                a.setStatus(status);
            }
        }
    }

    /** The ids in the id column of a CSV export, in row order. */
    private static List<String> exported(List<String> options) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", article.toString(), "-f", "csv", "-o", "-"));
        args.addAll(options);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.code(), run.err());
        CsvReader csv = new CsvReader(new StringReader(run.out().replace("\uFEFF", "")));
        int id = csv.next().indexOf("id");
        List<String> ids = new ArrayList<>();
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
            ids.add(row.get(id));
        }
        return ids;
    }

    private static List<String> names(String... names) {
        return Stream.of(names).map(IDS::get).toList();
    }

    static Stream<Arguments> options() {
        return Stream.of(
                // the options -> the annotations, in document order (page furniture left out unless asked for)
                Arguments.of(List.of(), List.of("preamble", "in一", "first二", "last二", "first三")),
                Arguments.of(List.of("--boilerplate"),
                        List.of("preamble", "in一", "first二", "last二", "first三", "footer")),
                Arguments.of(List.of("--types", "claim"), List.of("preamble", "first二", "first三")),
                Arguments.of(List.of("--types", "claim", "--boilerplate"),
                        List.of("preamble", "first二", "first三", "footer")),
                Arguments.of(List.of("--types", "counter-strategy,policy-measure"), List.of("in一", "last二")),
                Arguments.of(List.of("-t", "counter-strategy", "-t", " policy-measure ,,"), List.of("in一", "last二")),
                Arguments.of(List.of("--sections", "二"), List.of("first二", "last二")),
                // the third top-level section (the preamble is the first) is 二
                Arguments.of(List.of("--sections", "3"), List.of("first二", "last二")),
                Arguments.of(List.of("--sections", "1"), List.of("preamble")),
                // report order is the document's, not that of --sections
                Arguments.of(List.of("--sections", "三,一"), List.of("in一", "first三")),
                Arguments.of(List.of("-s", "二", "-s", "4"), List.of("first二", "last二", "first三")),
                Arguments.of(List.of("--sections", "8"), List.of()),
                Arguments.of(List.of("--sections", "8", "--boilerplate"), List.of("footer")),
                Arguments.of(List.of("--types", "claim", "--sections", "二"), List.of("first二")),
                Arguments.of(List.of("--types", "counter-strategy", "--sections", "三"), List.of()));
    }

    @ParameterizedTest(name = "export --sections {0} is refused")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "九", "9", "0", "二,九" })
    void aSectionTheArticleDoesNotHaveIsRefusedAndNothingIsWritten(String sections) throws Exception {
        Path out = dir.resolve("refused-" + sections.hashCode() + ".csv");
        CliRun run = CliRun.of(List.of("export", article.toString(), "-f", "csv", "-o", out.toString(), "--sections",
                sections));
        assertEquals(2, run.code(), "bad input: " + run.err());
        assertTrue(run.err().contains("no section '" + (sections.contains(",") ? "九" : sections) + "'"), run.err());
        assertTrue(run.err().contains("一, 二, 三"), "the message lists the sections there are: " + run.err());
        assertFalse(Files.exists(out), "no report is written");
    }

    @ParameterizedTest(name = "export {0}")
    @MethodSource("options")
    void exportsWhatTheFiltersSelectInDocumentOrder(List<String> options, List<String> expected) throws Exception {
        assertEquals(names(expected.toArray(String[]::new)), exported(options));
    }

    static Stream<Arguments> savedFilters() {
        return Stream.of(
                // hidden types, statuses, authors (empty: all) -> the annotations of a plain export
                Arguments.of(Set.of(), Set.of(), Set.of(), List.of("preamble", "in一", "first二", "last二", "first三")),
                Arguments.of(Set.of(), Set.of(), Set.of("ann"), List.of("preamble", "first二")),
                Arguments.of(Set.of(), Set.of(), Set.of("bo"), List.of("in一", "last二", "first三")),
                Arguments.of(Set.of(), Set.of(), Set.of("ann", "bo"),
                        List.of("preamble", "in一", "first二", "last二", "first三")),
                Arguments.of(Set.of(), Set.of(), Set.of("nobody"), List.of()),
                Arguments.of(Set.of(), Set.of(AnnotationStatus.CONFIRMED), Set.of(),
                        List.of("preamble", "first二", "last二")),
                Arguments.of(Set.of(), Set.of(AnnotationStatus.SUGGESTED, AnnotationStatus.REJECTED), Set.of(),
                        List.of("in一", "first三")),
                Arguments.of(Set.of(), Set.of(AnnotationStatus.REJECTED), Set.of("ann"), List.of()),
                Arguments.of(Set.of("claim"), Set.of(), Set.of(), List.of("in一", "last二")),
                Arguments.of(Set.of("claim"), Set.of(), Set.of("bo"), List.of("in一", "last二")));
    }

    @ParameterizedTest(name = "saved filter: hidden {0}, statuses {1}, authors {2}")
    @MethodSource("savedFilters")
    void withoutTypesTheSavedFilterApplies(Set<String> hidden, Set<AnnotationStatus> statuses, Set<String> authors,
            List<String> expected) throws Exception {
        Path copy = copyWithFilter(hidden, statuses, authors);
        Path original = article;
        article = copy;
        try {
            assertEquals(names(expected.toArray(String[]::new)), exported(List.of()));
            // --types replaces the saved filter whole: its authors and statuses no longer apply either.
            assertEquals(names("preamble", "first二", "first三"), exported(List.of("--types", "claim")));
        } finally {
            article = original;
        }
    }

    private static Path copyWithFilter(Set<String> hidden, Set<AnnotationStatus> statuses, Set<String> authors)
            throws Exception {
        Path copyDir = Files.createTempDirectory(dir, "filtered");
        Path copy = copyDir.resolve(article.getFileName());
        Files.copy(article, copy);
        Files.copy(article.resolveSibling(article.getFileName() + ".glossa"),
                copyDir.resolve(article.getFileName() + ".glossa"));
        ArticleStore store = new ArticleStore();
        AnnotatedArticle annotated = store.open(copy, null);
        AnnotationFilterSpec spec = GlossaFactory.eINSTANCE.createAnnotationFilterSpec();
        spec.getHiddenTypes().addAll(hidden);
        spec.getStatuses().addAll(statuses);
        spec.getAuthors().addAll(authors);
        annotated.document().setActiveFilter(spec);
        store.save(annotated, false, null);
        return copy;
    }

    @Test
    void theJsonSummaryCountsTheSameAnnotations() {
        Path out = dir.resolve("claims.csv");
        Map<String, Object> summary = jsonOf("export", article.toString(), "-f", "csv", "--types", "claim", "--sections",
                "二,三", "-o", out.toString(), "--json");
        assertEquals(2L, summary.get("annotations"));
        assertEquals("csv", summary.get("format"));
    }

    @Test
    void anUnknownTypeIsBadInputAndNamesTheKnownOnes() {
        CliRun run = CliRun.of(List.of("export", article.toString(), "-f", "csv", "--types", "claim,bogus", "-o", "-"));
        assertEquals(GlossaCli.BAD_INPUT, run.code());
        assertTrue(run.err().contains("unknown type 'bogus'; types: "), run.err());
        assertTrue(run.err().contains("claim"), run.err());
        assertEquals("", run.out(), "nothing is written");
    }
}
