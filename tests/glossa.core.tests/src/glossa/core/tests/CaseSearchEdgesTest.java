package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.search.CaseSearch;
import glossa.search.SearchFilter;
import glossa.search.SearchHit;
import glossa.search.SearchQuery;

/**
 * Hits at the edges of articles, through the index and through a scan: words near each other at an article's first
 * and last characters, a pair split across two articles (no hit), the near limit to the char, regular expressions
 * with and without a literal, and offsets behind characters outside the BMP.
 */
class CaseSearchEdgesTest {

    @TempDir
    Path root;

    private static final String LIMIT_HIT = "芯片" + "x".repeat(76) + "管制"; // 80 chars: the default near
    private static final String LIMIT_MISS = "芯片" + "y".repeat(77) + "管制"; // 81 chars

    @BeforeEach
    void makeCase() throws Exception {
        write("edge/start.txt", "芯片管制开头。后面是别的话题。");
        write("edge/end.txt", "前面是别的话题。2024年芯片，管制");
        write("split/1.txt", "这一篇只以芯片");
        write("split/2.txt", "管制开始下一篇2025");
        write("limit/hit.txt", LIMIT_HIT);
        write("limit/miss.txt", LIMIT_MISS);
        write("wide/emoji.txt", "😀𠀀芯片 chips 🇨🇳管制 1999年 Export controls 😀2024年");
    }

    private void write(String relative, String text) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The hits of a scan, checked equal to the index's and to the text at their offsets. */
    private List<String> hits(SearchQuery query) throws Exception {
        List<SearchHit> scan = CaseSearch.scan(root, query, SearchFilter.ALL, null).hits();
        assertEquals(scan, CaseSearch.indexed(root, query, SearchFilter.ALL, null).hits(), query.text());
        for (SearchHit hit : scan) {
            String text = Files.readString(root.resolve(hit.article()), StandardCharsets.UTF_8);
            assertEquals(hit.hit(), text.substring(hit.begin(), hit.end()), query.text());
        }
        return scan.stream().map(h -> h.article() + "@" + h.begin() + ".." + h.end()).toList();
    }

    @Test
    void wordsNearEachOtherAtTheEdgesOfArticles() throws Exception {
        String end = "前面是别的话题。2024年芯片，管制";
        int chips = end.indexOf("芯片");
        String emoji = "😀𠀀芯片 chips 🇨🇳管制";
        assertEquals(List.of("edge/end.txt@" + chips + ".." + end.length(), "edge/start.txt@0..4",
                "limit/hit.txt@0..80", "wide/emoji.txt@4.." + emoji.length()), hits(SearchQuery.plain("芯片 管制")));
        // The order of the words does not matter; the span does.
        assertEquals(hits(SearchQuery.plain("芯片 管制")), hits(SearchQuery.plain("管制 芯片")));
        assertEquals(List.of("edge/start.txt@0..4"), hits(new SearchQuery("芯片 管制", false, true, 4)));
    }

    @Test
    void regularExpressionsWithAndWithoutALiteral() throws Exception {
        String wide = "😀𠀀芯片 chips 🇨🇳管制 1999年 Export controls 😀2024年";
        int y1999 = wide.indexOf("1999年");
        int y2024 = wide.indexOf("2024年");
        String end = "前面是别的话题。2024年芯片，管制";
        // With a literal (年): windows around each 年, at the end of an article too.
        assertEquals(List.of("edge/end.txt@8..13", "wide/emoji.txt@" + y1999 + ".." + (y1999 + 5),
                "wide/emoji.txt@" + y2024 + ".." + (y2024 + 5)), hits(SearchQuery.regex("\\d{4}年")));
        assertEquals(List.of("wide/emoji.txt@" + (y2024 - 2) + ".." + (y2024 + 5)),
                hits(SearchQuery.regex("😀\\d{4}年$")));
        // Without one: the expression runs over the whole text.
        assertEquals(List.of("edge/end.txt@8..12", "split/2.txt@7..11", "wide/emoji.txt@" + y1999 + ".." + (y1999 + 4),
                "wide/emoji.txt@" + y2024 + ".." + (y2024 + 4)), hits(SearchQuery.regex("\\d{4}")));
        String chips = "edge/end.txt@" + end.indexOf("芯片") + ".." + end.length();
        assertEquals(List.of(chips, "edge/start.txt@0..4"), hits(SearchQuery.regex("芯片[^a-z]{0,3}管制")));
        // A literal but no bound on the length: the whole text, in the articles the index chooses by the literal.
        assertEquals(List.of(chips, "edge/start.txt@0..4", "limit/hit.txt@0..80", "limit/miss.txt@0..81",
                "wide/emoji.txt@4..19"), hits(SearchQuery.regex("芯片.*管制")));
        assertEquals(List.of("wide/emoji.txt@" + wide.indexOf("Export") + ".." + (wide.indexOf("controls") + 8)),
                hits(SearchQuery.regex("(?i)export\\s+CONTROLS")));
    }

    @Test
    void latinAndChineseWordsBehindSurrogatePairs() throws Exception {
        String wide = "😀𠀀芯片 chips 🇨🇳管制 1999年 Export controls 😀2024年";
        assertEquals(List.of("wide/emoji.txt@" + wide.indexOf("chips") + ".." + (wide.indexOf("chips") + 5)),
                hits(SearchQuery.plain("CHIPS")));
        assertEquals(List.of("wide/emoji.txt@" + wide.indexOf("🇨🇳") + ".." + (wide.indexOf("🇨🇳") + 4)),
                hits(SearchQuery.plain("🇨🇳")));
        assertEquals(List.of("wide/emoji.txt@2..6"), hits(SearchQuery.plain("𠀀芯片")));
        assertEquals(List.of("wide/emoji.txt@" + wide.indexOf("Export") + ".." + (wide.indexOf("controls") + 8)),
                hits(SearchQuery.plain("\"export controls\"")));
    }
}
