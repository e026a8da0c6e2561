package glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import glossa.core.cases.CaseArticles;
import glossa.exchange.json.Json;
import glossa.search.ArticleDate;
import glossa.search.CaseIndex;
import glossa.search.CaseSearch;
import glossa.search.CodingUnit;
import glossa.search.SearchFilter;
import glossa.search.SearchHit;
import glossa.search.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search DIR QUERY [--regex] [--article GLOB] [--json] [--code TYPE [--unit U]]}: keyword in context. */
@Command(name = "search", description = { "Search a case; list the hits in context, or code them.", "",
        "Finds QUERY in every article under DIR and prints each hit with its context (KWIC). Plain queries ignore "
                + "case and match Latin words whole (Chinese as a substring); \"a phrase\" in quotes is one term; "
                + "several terms find places where all occur within --near characters. Uses the case's index "
                + "(made by `index`, refreshed first) when there is one, else scans the articles: the hits are the "
                + "same. With --code TYPE every hit (or its clause or sentence) becomes a confirmed annotation "
                + "(with --suggest a suggestion to accept or reject), saved atomically in the article's sidecar. "
                + "An article's date, for --since and --until, is its published date, else the day its file was "
                + "last modified." })
final class SearchCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "the case folder")
    String dir;

    @Parameters(index = "1", paramLabel = "QUERY", description = "words, \"phrases\", or a regular expression")
    String query;

    @Option(names = { "-r", "--regex" }, description = "QUERY is a Java regular expression (case-sensitive unless (?i))")
    boolean regex;

    @Option(names = "--substring", description = "match Latin words inside longer words too (whole words by default)")
    boolean substring;

    @Option(names = "--near", paramLabel = "N", description = "several terms: the span holding all of them, in "
            + "characters (default: " + SearchQuery.DEFAULT_NEAR + ")")
    int near = SearchQuery.DEFAULT_NEAR;

    @Option(names = "--article", paramLabel = "GLOB", description = "only articles whose path (relative to DIR) or "
            + "file name matches, e.g. 'news/*.txt' or '*2024*'")
    String article;

    @Option(names = "--section", paramLabel = "TEXT", description = "only hits whose section path contains TEXT")
    String section;

    @Option(names = "--coded", paramLabel = "TYPE", description = "only hits already coded with TYPE ('*': any type)")
    String coded;

    @Option(names = "--not-coded", paramLabel = "TYPE", description = "only hits not coded with TYPE ('*': any type)")
    String notCoded;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "only articles dated on or after this day "
            + "(published date, else file date)")
    String since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "only articles dated on or before this day")
    String until;

    @Option(names = "--scan", description = "scan the articles even when the case has an index (nothing is written)")
    boolean scan;

    @Option(names = { "-c", "--code" }, paramLabel = "TYPE", description = "code the hits as TYPE (saves sidecars)")
    String code;

    @Option(names = { "-u", "--unit" }, paramLabel = "UNIT", description = "what --code annotates: hit (default), "
            + "clause or sentence")
    String unit;

    @Option(names = "--suggest", description = "with --code: make suggestions (status SUGGESTED, recommender "
            + "'search') instead of confirmed annotations")
    boolean suggest;

    @Option(names = "--author", paramLabel = "NAME", description = "the author of --code's annotations (defaults to "
            + "the user name)")
    String author;

    @Option(names = { "-j", "--json" }, description = "{\"hits\": [{article, section, begin, end, left, hit, right}]}"
            + ", with --code also \"coded\": N")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path root = CaseCommand.directory(dir);
        if (unit != null && code == null) {
            throw new UsageException("--unit goes with --code");
        }
        if (suggest && code == null) {
            throw new UsageException("--suggest goes with --code");
        }
        if (coded != null && notCoded != null) {
            throw new UsageException("give --coded or --not-coded, not both");
        }
        CodingUnit codingUnit;
        SearchQuery searchQuery;
        try {
            codingUnit = unit == null ? CodingUnit.HIT : CodingUnit.parse(unit);
            searchQuery = new SearchQuery(query, regex, !substring, near);
            searchQuery.patterns();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        SearchFilter filter = filter(date("--since", since), date("--until", until));
        if (filter.since() != null && filter.until() != null && filter.since().isAfter(filter.until())) {
            throw new UsageException("--since " + since + " is after --until " + until);
        }
        CaseSearch.Result result;
        try {
            result = !scan && CaseIndex.exists(root) ? CaseSearch.indexed(root, searchQuery, filter, null)
                    : CaseSearch.scan(root, searchQuery, filter, null);
        } catch (IOException e) {
            throw new UsageException("cannot search " + dir + ": " + CliArticles.oneLine(String.valueOf(e.getMessage())));
        }
        for (CaseArticles.Problem problem : result.problems()) {
            err().println("glossa: skipped " + root.relativize(problem.article()) + ": "
                    + CliArticles.oneLine(problem.message()));
        }
        Integer codedCount = null;
        if (code != null) {
            codedCount = new HitCoding(root, code, codingUnit, author != null ? author
                    : System.getProperty("user.name"), suggest, err()).code(result.hits());
        }
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            List<Object> rows = new ArrayList<>();
            for (SearchHit hit : result.hits()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("article", hit.article());
                row.put("section", hit.section());
                row.put("begin", hit.begin());
                row.put("end", hit.end());
                row.put("left", hit.left());
                row.put("hit", hit.hit());
                row.put("right", hit.right());
                rows.add(row);
            }
            tree.put("hits", rows);
            if (codedCount != null) {
                tree.put("coded", codedCount);
            }
            Json.print(tree, out());
            return GlossaCli.OK;
        }
        for (SearchHit hit : result.hits()) {
            out().println(hit.article() + "\t" + (hit.section().isEmpty() ? "-" : hit.section()) + "\t" + hit.begin()
                    + ".." + hit.end() + "\t" + hit.left() + "[" + hit.hit() + "]" + hit.right());
        }
        long articles = result.hits().stream().map(SearchHit::article).distinct().count();
        out().println(result.hits().size() + (result.hits().size() == 1 ? " hit" : " hits") + " in " + articles
                + (articles == 1 ? " article" : " articles") + (result.indexed() ? " (index)" : " (scan)"));
        if (codedCount != null) {
            out().println((suggest ? "suggested " : "coded ") + codedCount + " as " + code);
        }
        return GlossaCli.OK;
    }

    private SearchFilter filter(LocalDate from, LocalDate to) {
        SearchFilter.Coding coding = coded != null ? SearchFilter.Coding.CODED
                : notCoded != null ? SearchFilter.Coding.NOT_CODED : SearchFilter.Coding.ANY;
        String type = coded != null ? coded : notCoded;
        return new SearchFilter(article, section, "*".equals(type) ? null : type, coding, from, to);
    }

    private static LocalDate date(String option, String value) throws UsageException {
        if (value == null) {
            return null;
        }
        try {
            return ArticleDate.parseArgument(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
