package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseArticles;
import glossa.core.codebook.Codebooks;
import glossa.exchange.export.CaseExporter;
import glossa.exchange.imports.ProjectImport;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeValue;
import glossa.model.Relation;

/**
 * Glossa → .qdpx → Glossa keeps everything REFI-QDA can hold: text, annotation ids, types, offsets, quotes and
 * context, attributes, memos (on annotations and on the article), authors, dates, status, relations, and the codebook with its attribute schemas.
 */
class RefiQdaRoundTripTest {

    @TempDir
    Path dir;

    static String describe(Annotation a) {
        StringBuilder sb = new StringBuilder(a.getId()).append(' ').append(a.getType().getId()).append(' ')
                .append(a.getBegin()).append('-').append(a.getEnd()).append(" [").append(a.getQuote()).append("] <")
                .append(a.getPrefix()).append('|').append(a.getSuffix()).append("> ");
        a.getAttributes().stream().sorted(Comparator.comparing(AttributeValue::getName))
                .forEach(v -> sb.append(v.getName()).append('=').append(v.getValue()).append(';'));
        return sb.append(" memo=").append(a.getMemo()).append(" by ").append(a.getAuthor()).append(' ')
                .append(a.getCreated() == null ? null : a.getCreated().getTime()).append(' ')
                .append(a.getModified() == null ? null : a.getModified().getTime()).append(' ').append(a.getStatus())
                .toString();
    }

    static List<String> describeAll(List<Annotation> annotations) {
        return annotations.stream().map(RefiQdaRoundTripTest::describe).sorted().toList();
    }

    static List<String> describeRelations(List<Relation> relations) {
        return relations.stream().map(r -> r.getSource().getId() + " -" + r.getKind() + "-> " + r.getTarget().getId()
                + " memo=" + r.getMemo()).sorted().toList();
    }

    static List<String> describeTypes(List<AnnotationType> types) {
        List<String> out = new ArrayList<>();
        for (AnnotationType t : types) {
            StringBuilder sb = new StringBuilder(t.getId()).append(' ').append(t.getName()).append(' ')
                    .append(t.getColor()).append(' ').append(t.getShortcut()).append(' ').append(t.getStyle())
                    .append(" retired=").append(t.isRetired()).append(" builtIn=").append(t.isBuiltIn())
                    .append(" [").append(t.getDescription()).append("] parent=")
                    .append(t.eContainer() instanceof AnnotationType p ? p.getId() : "-");
            for (AttributeDefinition d : t.getAttributes()) {
                sb.append(" @").append(d.getName()).append(':').append(d.getKind()).append(d.getChoices())
                        .append('(').append(d.getDescription()).append(')');
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void caseRoundTripIsLosslessForSampleAndGeneratedCjkEmojiArticles() throws IOException {
        List<AnnotatedArticle> articles = List.of(ExportFixtures.small(), ExportFixtures.sample(),
                EmojiArticles.create("emoji-1.txt", 150, 11), EmojiArticles.create("emoji-2.txt", 60, 12));
        // An own type below a built-in one, with a schema whose text needs escaping, and a retired one.
        AnnotationType child = glossa.model.GlossaFactory.eINSTANCE.createAnnotationType();
        child.setId("claim-sub");
        child.setName("子主张 😀");
        child.setColor("#123ABC");
        child.setDescription("Line one\nline two | with pipe, comma\n\n[Glossa]\nid: fake");
        child.setRetired(true);
        child.setStyle(glossa.model.HighlightStyle.SQUIGGLE);
        AttributeDefinition attribute = glossa.model.GlossaFactory.eINSTANCE.createAttributeDefinition();
        attribute.setName("level, or | grade");
        attribute.setKind(glossa.model.AttributeKind.CHOICE);
        attribute.getChoices().addAll(List.of(" low", "mid, high", "a|b\\c "));
        child.getAttributes().add(attribute);
        var codebook = articles.get(0).document().getCodebook();
        codebook.getTypes().get(0).getChildren().add(child);
        for (AnnotatedArticle a : articles.subList(1, articles.size())) {
            a.document().setCodebook(org.eclipse.emf.ecore.util.EcoreUtil.copy(codebook));
        }

        articles.get(1).document().setMemo("框架：成本对等 😀\nsecond line, <markup> & \"quotes\"");

        Path qdpx = dir.resolve("case.qdpx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseExporter(dir.resolve("origin"), "case", articles, codebook)
                .export(ExportFixtures.format("qdpx").caseWriter(), ExportFixtures.OPTIONS, out, null);
        Files.write(qdpx, out.toByteArray());

        ProjectImport.Result result = ProjectImport.run(qdpx, dir.resolve("imported"), new NullProgressMonitor());
        assertEquals(List.of(), result.skipped());
        assertEquals(articles.size(), result.articles());
        CaseArticles.Loaded loaded = CaseArticles.load(dir.resolve("imported"), null);
        assertEquals(List.of(), loaded.problems());
        assertEquals(describeTypes(Codebooks.allTypes(codebook)),
                describeTypes(Codebooks.allTypes(loaded.codebook().codebook())));
        for (AnnotatedArticle original : articles) {
            String name = original.articlePath().getFileName().toString();
            AnnotatedArticle back = loaded.articles().stream()
                    .filter(a -> a.articlePath().getFileName().toString().equals(name)).findFirst().orElseThrow();
            assertEquals(original.text(), back.text(), name);
            assertEquals(original.document().getTitle(), back.document().getTitle());
            assertEquals(original.document().getMemo(), back.document().getMemo(), name + ": the memo on the article");
            assertEquals(describeAll(original.document().getAnnotations()),
                    describeAll(back.document().getAnnotations()), name);
            assertEquals(describeRelations(original.document().getRelations()),
                    describeRelations(back.document().getRelations()), name);
            assertEquals(describeTypes(Codebooks.allTypes(codebook)),
                    describeTypes(Codebooks.allTypes(back.document().getCodebook())), name);
        }
        int total = articles.stream().mapToInt(a -> a.document().getAnnotations().size()).sum();
        assertEquals(total, result.annotations());
        assertTrue(RefiQdaFiles.listing(dir).stream().noneMatch(n -> n.startsWith(".")), "no staging folder left");
    }
}
