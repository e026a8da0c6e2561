package glossa.core.tests.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.io.ArticleStore;
import glossa.core.tests.cli.CliRun;
import glossa.exchange.json.Json;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.suggest.CaseTrainingCache;
import glossa.suggest.CueRules;
import glossa.suggest.LearningRecommender;
import glossa.suggest.Suggester;
import glossa.suggest.Suggestion;
import glossa.suggest.TrainingArticle;
import glossa.suggest.TrainingSet;

/**
 * The learner trained on the whole case: the decisions saved in article A's sidecar teach it to propose in article B,
 * which has none; each other article is read once and again only when its files change.
 */
class CaseTrainingTest {

    private static final CueRules NO_RULES = new CueRules(List.of());

    private static final String A_TEXT = "政府宣布出口禁令。天气很好。政府宣布进口禁令。午饭吃面。政府宣布技术禁令。"
            + "公司加快自主研发。公园有花。公司加快国产替代。";
    private static final String B_TEXT = "政府宣布芯片禁令。今天下雨。公司加快芯片研发。";

    @TempDir
    Path caseRoot;

    private final ArticleStore store = new ArticleStore();

    @Test
    void theLearnerTrainedOnTheCaseProposesInBWhatWasConfirmedInA() throws Exception {
        Path a = caseRoot.resolve("a.txt");
        writeArticle(a, A_TEXT);
        AnnotatedArticle saved = store.open(a, null);
        // Another name for the type in A: types match by id across the articles of a case.
        Codebooks.find(saved.document().getCodebook(), "policy-measure").orElseThrow().setName("措施");
        confirm(saved, "policy-measure", "政府宣布出口禁令。", "政府宣布进口禁令。", "政府宣布技术禁令。");
        confirm(saved, "counter-strategy", "公司加快自主研发。", "公司加快国产替代。");
        store.save(saved, false, null);
        Path b = caseRoot.resolve("sub/b.txt");
        writeArticle(b, B_TEXT);
        writeArticle(caseRoot.resolve("c.md"), "没有人标注过的文章。"); // no sidecar: never read

        AnnotatedArticle open = store.open(b, null);
        TrainingArticle own = TrainingArticle.of(open.document(), open.text());

        LearningRecommender alone = learner(new TrainingSet(List.of(own)));
        assertFalse(alone.isTrained(), "B alone has no decisions");
        assertTrue(suggest(open, alone).isEmpty(), "without the case the learner proposes nothing");

        CaseTrainingCache cache = new CaseTrainingCache(caseRoot);
        TrainingSet training = cache.trainingSet(own, b, null);
        assertEquals(2, training.articles().size(), "B itself, then A (c.md has no decisions)");
        assertEquals(5, training.confirmedCount());
        List<Suggestion> found = suggest(open, learner(training));
        assertEquals(List.of("政府宣布芯片禁令。 policy-measure", "公司加快芯片研发。 counter-strategy"),
                found.stream().map(s -> B_TEXT.substring(s.begin(), s.end()) + " " + s.typeId()).toList());
        assertTrue(found.stream().allMatch(s -> s.recommender().equals(LearningRecommender.ID)));

        // From A's side: A itself is left out, and B and c.md have no sidecar to read.
        CaseTrainingCache.Gathered fromA = new CaseTrainingCache(caseRoot).gather(a, null);
        assertTrue(fromA.articles().isEmpty());
        assertEquals(0, fromA.read());
    }

    @Test
    void eachArticleIsReadOnceAndAgainOnlyWhenItsSidecarChanges() throws Exception {
        Path a = caseRoot.resolve("a.txt");
        writeArticle(a, A_TEXT);
        AnnotatedArticle saved = store.open(a, null);
        confirm(saved, "policy-measure", "政府宣布出口禁令。");
        store.save(saved, false, null);
        Path broken = caseRoot.resolve("broken.txt");
        writeArticle(broken, "一篇文章。");
        Files.writeString(AnnotatedArticle.sidecarOf(broken), "<not a sidecar", StandardCharsets.UTF_8);
        Path b = caseRoot.resolve("b.txt");
        writeArticle(b, B_TEXT);
        ageFiles(a, broken);

        CaseTrainingCache cache = new CaseTrainingCache(caseRoot);
        CaseTrainingCache.Gathered first = cache.gather(b, null);
        assertEquals(2, first.read(), "A and the broken one");
        assertEquals(0, first.reused());
        assertEquals(1, first.articles().size());
        assertEquals(1, first.articles().get(0).confirmedCount());
        assertEquals(List.of(broken.toAbsolutePath().normalize()),
                first.problems().stream().map(p -> p.article()).toList(), "an unreadable sidecar is reported");

        CaseTrainingCache.Gathered second = cache.gather(b, null);
        assertEquals(0, second.read(), "nothing changed: nothing is read again");
        assertEquals(2, second.reused());
        assertEquals(first.articles(), second.articles());
        assertEquals(1, second.problems().size(), "still unreadable, still reported, not read again");

        AnnotatedArticle again = store.open(a, null);
        confirm(again, "policy-measure", "政府宣布进口禁令。");
        store.save(again, false, null);
        CaseTrainingCache.Gathered third = cache.gather(b, null);
        assertEquals(1, third.read(), "only A, whose sidecar changed");
        assertEquals(2, third.articles().get(0).confirmedCount(), "its new decision is seen");

        Files.delete(AnnotatedArticle.sidecarOf(a));
        Files.delete(a);
        CaseTrainingCache.Gathered fourth = cache.gather(b, null);
        assertTrue(fourth.articles().isEmpty(), "a deleted article teaches nothing any more");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCommandLineLearnsFromTheCaseFolderGivenWithCase() throws Exception {
        Path a = caseRoot.resolve("a.txt");
        writeArticle(a, A_TEXT);
        AnnotatedArticle saved = store.open(a, null);
        confirm(saved, "policy-measure", "政府宣布出口禁令。", "政府宣布进口禁令。", "政府宣布技术禁令。");
        confirm(saved, "counter-strategy", "公司加快自主研发。", "公司加快国产替代。");
        store.save(saved, false, null);
        Path b = caseRoot.resolve("b.txt");
        writeArticle(b, B_TEXT);

        List<String> alone = learned(
                (Map<String, Object>) Json.parse(CliRun.of("suggest", b.toString(), "--json").ok().out()));
        assertTrue(alone.isEmpty(), "B alone: the learner has nothing to learn from " + alone);
        List<String> withCase = learned((Map<String, Object>) Json.parse(CliRun.of("suggest", b.toString(), "--case",
                caseRoot.toString(), "--json").ok().out()));
        assertTrue(withCase.contains("政府宣布芯片禁令。"), "learned from A: " + withCase);
    }

    @SuppressWarnings("unchecked")
    private static List<String> learned(Map<String, Object> tree) {
        return ((List<Map<String, Object>>) tree.get("suggestions")).stream()
                .filter(row -> LearningRecommender.ID.equals(row.get("recommender")))
                .map(row -> (String) row.get("quote")).toList();
    }

    private static LearningRecommender learner(TrainingSet training) {
        LearningRecommender learner = new LearningRecommender(NO_RULES, 0.5);
        learner.train(training);
        return learner;
    }

    private static List<Suggestion> suggest(AnnotatedArticle article, LearningRecommender learner) {
        return Suggester.suggest(article.document(), article.text(), List.of(learner), null, 0.5);
    }

    private static void writeArticle(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void confirm(AnnotatedArticle article, String typeId, String... quotes) {
        Document document = article.document();
        AnnotationType type = Codebooks.find(document.getCodebook(), typeId).orElseThrow();
        for (String quote : quotes) {
            int begin = article.text().indexOf(quote);
            document.getAnnotations().add(AnnotationFactory.create(article.text(), type, begin, begin + quote.length(),
                    "analyst"));
        }
    }

    /** Files written a minute ago: not "racily" new, so the cache may trust their stamps. */
    private static void ageFiles(Path... articles) throws Exception {
        FileTime past = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        for (Path article : articles) {
            Files.setLastModifiedTime(article, past);
            Files.setLastModifiedTime(AnnotatedArticle.sidecarOf(article), past);
        }
    }
}
