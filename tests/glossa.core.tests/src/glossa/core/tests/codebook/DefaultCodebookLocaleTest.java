package glossa.core.tests.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.ArticleStore;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.Codebook;

/**
 * The built-in codebook of a new document speaks the language of the locale it is made in; ids, attribute names and
 * choice values do not change with it, and a document keeps the names it was made with.
 */
class DefaultCodebookLocaleTest {

    @TempDir
    Path dir;

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void chineseNamesAndDescriptions() {
        Codebook zh = DefaultCodebook.create(Locale.SIMPLIFIED_CHINESE);
        assertEquals("政策分析", zh.getName());
        assertEquals(List.of("主张", "政策措施", "应对策略"), names(zh));
        assertEquals("某一行为体就事实或判断所作的断言。", zh.getTypes().get(0).getDescription());
        assertEquals("提出该主张的行为体。", zh.getTypes().get(0).getAttributes().get(0).getDescription());
        assertEquals(names(zh), names(DefaultCodebook.create(Locale.TRADITIONAL_CHINESE)),
                "zh_TW falls back to the zh file (there is no Traditional Chinese translation yet)");
    }

    @Test
    void englishWhereThereIsNoTranslationEvenOnAChineseMachine() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("Claim", "Policy measure", "Counter-strategy"), names(DefaultCodebook.create(Locale.ENGLISH)));
        assertEquals(List.of("Claim", "Policy measure", "Counter-strategy"), names(DefaultCodebook.create(Locale.FRENCH)));
        assertEquals("Policy analysis", DefaultCodebook.create(Locale.ROOT).getName());
    }

    @Test
    void onlyNamesAndDescriptionsChangeWithTheLanguage() {
        Codebook en = DefaultCodebook.create(Locale.ENGLISH);
        Codebook zh = DefaultCodebook.create(Locale.SIMPLIFIED_CHINESE);
        for (Function<AnnotationType, Object> same : List.<Function<AnnotationType, Object>>of(AnnotationType::getId,
                AnnotationType::getColor, AnnotationType::getShortcut, AnnotationType::getStyle, AnnotationType::isBuiltIn,
                t -> t.getAttributes().stream().map(AttributeDefinition::getName).toList(),
                t -> t.getAttributes().stream().map(AttributeDefinition::getKind).toList(),
                t -> t.getAttributes().stream().map(a -> List.copyOf(a.getChoices())).toList())) {
            assertEquals(en.getTypes().stream().map(same).toList(), zh.getTypes().stream().map(same).toList());
        }
        for (int t = 0; t < 3; t++) {
            AnnotationType e = en.getTypes().get(t);
            AnnotationType z = zh.getTypes().get(t);
            assertNotEquals(e.getDescription(), z.getDescription());
            for (int a = 0; a < e.getAttributes().size(); a++) {
                assertFalse(z.getAttributes().get(a).getDescription().isBlank());
                assertNotEquals(e.getAttributes().get(a).getDescription(), z.getAttributes().get(a).getDescription());
            }
        }
    }

    @Test
    void aNewDocumentTakesTheDefaultLocaleAndKeepsItsNamesAfterwards() throws Exception {
        Path article = Files.writeString(dir.resolve("article.txt"), "一、背景\n技术出口管制升级。\n");
        ArticleStore store = new ArticleStore();
        Locale.setDefault(Locale.ENGLISH);
        AnnotatedArticle english = store.open(article, null);
        assertEquals(List.of("Claim", "Policy measure", "Counter-strategy"), names(english.document().getCodebook()));
        store.save(english, false, null);

        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("Claim", "Policy measure", "Counter-strategy"),
                names(store.open(article, null).document().getCodebook()), "an existing document keeps its names");
        Path fresh = Files.writeString(dir.resolve("fresh.txt"), "一、背景\n人才流动限制。\n");
        assertEquals(List.of("主张", "政策措施", "应对策略"), names(store.open(fresh, null).document().getCodebook()),
                "a new document on a Chinese workbench");
    }

    private static List<String> names(Codebook codebook) {
        return codebook.getTypes().stream().map(AnnotationType::getName).toList();
    }
}
