package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.model.Annotation;

class MarkdownExportTest {

    @Test
    void summaryTableThenQuotesPerSectionGroupedByType() throws Exception {
        String md = ExportFixtures.export(ExportFixtures.small(), ExportFixtures.format("md"), ExportFixtures.OPTIONS);
        List<String> lines = md.lines().toList();
        assertTrue(lines.contains("| Section | Claim | Policy measure | Counter-strategy | Total |"), md);
        assertTrue(lines.contains("| 一 背景 | 1 | 1 | 0 | 2 |"), md);
        assertTrue(lines.contains("| **Total** | 2 | 1 | 1 | 4 |"), md);
        List<String> headings = lines.stream().filter(l -> l.startsWith("## ")).toList();
        assertEquals(List.of("## Summary", "## 前言", "## 一 背景", "## 二 对策"), headings);
        int section2 = lines.indexOf("## 二 对策");
        List<String> rest = lines.subList(section2, lines.size());
        assertEquals(List.of("### Claim (1)", "### Counter-strategy (1)"),
                rest.stream().filter(l -> l.startsWith("### ")).toList());
        assertTrue(rest.contains("> 模型生态"));
        assertTrue(rest.contains("> 开源模型"));
    }

    @Test
    void quotesCannotInjectMarkdownOrHtml() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        String text = "# 标题 <script>alert(1)</script> *粗* [link](http://x) | 管道\n- 列表";
        article.setArticleText(article.articleText().withText(text));
        article.document().getSections().clear();
        article.document().getAnnotations().clear();
        article.document().getRelations().clear();
        Annotation a = AnnotationFactory.create(text, article.document().getCodebook().getTypes().get(0), 0,
                text.length(), "t");
        article.document().getAnnotations().add(a);
        String md = ExportFixtures.export(article, ExportFixtures.format("md"), ExportFixtures.OPTIONS);
        assertFalse(md.contains("<script>"), md);
        assertTrue(md.contains("> \\# 标题 &lt;script&gt;alert(1)&lt;/script&gt; \\*粗\\* \\[link\\](http://x) \\| 管道\n"), md);
        assertTrue(md.contains("\n> \\- 列表\n"), md);
    }
}
