package glossa.core.tests.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseStatistics;
import glossa.core.filter.AnnotationFilter;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;

class CaseStatisticsTest {

    @TempDir
    Path root;

    @Test
    void findsArticlesButNotSidecarsHiddenFoldersOrTheCaseCodebook() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 1);
        CaseFixtures.article(root, "sub/b.md", 2, 1);
        CaseFixtures.article(root, ".metadata/c.txt", 3, 1);
        Files.writeString(root.resolve("notes.pdf"), "x");
        List<Path> found = CaseArticles.find(root);
        assertEquals(List.of(root.resolve("a.txt"), root.resolve("sub/b.md")), found);
    }

    @Test
    void countsArticlesByTypeInParallelAndMatchesWhatWasWritten() throws IOException {
        Map<String, Map<String, Integer>> expected = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            expected.put(String.format("a%02d.txt", i), CaseFixtures.article(root, String.format("a%02d.txt", i), i,
                    i % 4, (i * 7) % 5, i % 3 == 0 ? 0 : 2));
        }
        CaseArticles.Loaded loaded = CaseArticles.load(root, CaseArticles.find(root), 2, new NullProgressMonitor());
        assertEquals(List.of(), loaded.problems());
        CaseStatistics stats = CaseStatistics.compute(loaded.articles(), loaded.codebook().codebook(),
                AnnotationFilter.ALL, null);

        assertEquals(List.of("claim", "policy-measure", "counter-strategy"), stats.typeIds());
        int grand = 0;
        for (int a = 0; a < stats.articles().size(); a++) {
            String name = stats.articles().get(a).articlePath().getFileName().toString();
            Map<String, Integer> want = expected.get(name);
            int rowTotal = 0;
            for (int t = 0; t < 3; t++) {
                int n = want.getOrDefault(stats.typeIds().get(t), 0);
                assertEquals(n, stats.count(a, t), name + " " + stats.typeIds().get(t));
                rowTotal += n;
            }
            assertEquals(rowTotal, stats.articleTotal(a));
            grand += rowTotal;
        }
        assertEquals(grand, stats.total());
        assertEquals(grand, stats.typeTotal(0) + stats.typeTotal(1) + stats.typeTotal(2));
    }

    @Test
    void theFilterAppliesToCountsAndEntries() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 6, 3);
        CaseFixtures.article(root, "b.txt", 2, 3, 0, 3);
        List<AnnotatedArticle> articles = CaseArticles.load(root, null).articles();
        int suggested = 0;
        int boCount = 0;
        for (AnnotatedArticle article : articles) {
            for (Annotation a : article.document().getAnnotations()) {
                if (a.getStatus() == AnnotationStatus.SUGGESTED && !a.getType().getId().equals("claim")) {
                    suggested++;
                }
            }
        }
        AnnotationFilter filter = new AnnotationFilter(Set.of("claim"), Set.of(AnnotationStatus.SUGGESTED), Set.of(), "");
        CaseStatistics stats = CaseStatistics.compute(articles, null, filter, null);
        assertEquals(List.of("policy-measure", "counter-strategy"), stats.typeIds(), "hidden types have no column");
        assertEquals(suggested, stats.total());
        assertTrue(suggested > 0);

        CaseStatistics text = CaseStatistics.compute(articles, null,
                new AnnotationFilter(Set.of(), Set.of(), Set.of("ana"), "开源"), null);
        assertEquals(0, text.total(), "ana annotates only 技术出口管制 in the fixture");
        CaseStatistics bo = CaseStatistics.compute(articles, null,
                new AnnotationFilter(Set.of(), Set.of(), Set.of("bo"), "开源"), null);
        for (AnnotatedArticle article : articles) {
            for (Annotation a : article.document().getAnnotations()) {
                if ("bo".equals(a.getAuthor())) {
                    boCount++;
                }
            }
        }
        assertEquals(boCount, bo.total());
    }

    @Test
    void entriesOfATypeNameArticleSectionAndQuoteInOrder() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 3);
        CaseFixtures.article(root, "b.txt", 2, 0, 2);
        CaseFixtures.article(root, "c.txt", 3, 2);
        CaseArticles.Loaded loaded = CaseArticles.load(root, null);
        CaseStatistics stats = CaseStatistics.compute(loaded.articles(), loaded.codebook().codebook(),
                AnnotationFilter.ALL, null);

        List<CaseStatistics.Entry> claims = stats.entries("claim", null);
        assertEquals(5, claims.size());
        assertEquals(List.of("a.txt", "a.txt", "a.txt", "c.txt", "c.txt"),
                claims.stream().map(e -> e.article().articlePath().getFileName().toString()).toList());
        for (CaseStatistics.Entry e : claims) {
            String expectedSection = e.quote().equals("技术出口管制") ? "一" : "二";
            assertEquals(expectedSection, e.sectionNumber(), e.quote());
            assertEquals(e.quote().equals("技术出口管制") ? "背景" : "对策", e.sectionTitle());
            assertEquals(e.article().text().substring(e.annotation().getBegin(), e.annotation().getEnd()), e.quote());
        }
        // Document order within an article: 技术出口管制 (section 一) comes before 开源模型 (section 二).
        assertTrue(claims.get(0).annotation().getBegin() <= claims.get(1).annotation().getBegin());
        // ... for every entry, not just the first two (a.txt's claims were added as 技术出口管制, 开源模型, 技术出口管制).
        assertEquals(List.of("技术出口管制", "技术出口管制", "开源模型", "技术出口管制", "开源模型"),
                claims.stream().map(e -> e.annotation().getQuote()).toList());
        for (int i = 1; i < claims.size(); i++) {
            CaseStatistics.Entry before = claims.get(i - 1);
            CaseStatistics.Entry after = claims.get(i);
            if (before.article() == after.article()) {
                assertTrue(before.annotation().getBegin() <= after.annotation().getBegin(), "entry " + i);
            }
        }
        assertEquals(List.of(), stats.entries("no-such-type", null));
    }

    @Test
    void anUnreadableSidecarIsAProblemNotAFailureAndStaysUntouched() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 2);
        CaseFixtures.article(root, "b.txt", 2, 2);
        Path broken = root.resolve("b.txt.glossa");
        Files.writeString(broken, "<broken");
        CaseArticles.Loaded loaded = CaseArticles.load(root, null);
        assertEquals(1, loaded.articles().size());
        assertEquals(1, loaded.problems().size());
        assertEquals(root.resolve("b.txt"), loaded.problems().get(0).article());
        assertEquals("<broken", Files.readString(broken));
    }

    @Test
    void cancellationStopsTheLoad() throws IOException {
        for (int i = 0; i < 4; i++) {
            CaseFixtures.article(root, "a" + i + ".txt", i, 1);
        }
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> CaseArticles.load(root, CaseArticles.find(root), 2, cancelled));
        List<AnnotatedArticle> articles = CaseArticles.load(root, null).articles();
        assertThrows(OperationCanceledException.class,
                () -> CaseStatistics.compute(articles, null, AnnotationFilter.ALL, cancelled));
    }
}
