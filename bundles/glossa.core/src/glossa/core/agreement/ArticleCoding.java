package glossa.core.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.core.sections.SectionDetector;
import glossa.model.Annotation;
import glossa.model.AnchorState;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;

/**
 * What agreement reads of one article, copied once on the thread that owns the document: the text length, the coded
 * spans, the section tree and the types' names in codebook order. Everything after that (studies, coefficients,
 * disagreements, reports) works on this copy and may run in a background job.
 *
 * <p>Which annotations count: every annotation with a type and offsets inside the text, whatever its status, except
 * orphaned ones (they have no place in the text). Rejected annotations count too: agreement measures the coders' own
 * coding, which adjudication afterwards must not change.</p>
 *
 * @param name a label for the article in reports (its title, else its file name)
 * @param typeNames type id to name, in codebook order (types of annotations missing from the codebook last)
 */
public record ArticleCoding(String name, int length, List<CodedSpan> spans, List<Scope> sections,
        Map<String, String> typeNames) {

    /** The coder of annotations that name no author. */
    public static final String NO_AUTHOR = "(no author)";

    public ArticleCoding {
        spans = List.copyOf(spans);
        sections = List.copyOf(sections);
        typeNames = Collections.unmodifiableMap(new LinkedHashMap<>(typeNames));
    }

    /** The article's annotations, each coded by its author. */
    public static ArticleCoding of(AnnotatedArticle article) {
        return of(name(article), article.text().length(), List.of(article.document()), null,
                Scope.of(article.document().getSections()));
    }

    /**
     * Several sidecars of one text, each taken as one coder named in {@code coders} (all its annotations, whoever
     * wrote them); with {@code coders == null}, every annotation is coded by its author.
     */
    public static ArticleCoding of(String name, int length, List<Document> documents, List<String> coders,
            List<Scope> sections) {
        if (coders != null && coders.size() != documents.size()) {
            throw new IllegalArgumentException("one coder name per document");
        }
        List<CodedSpan> spans = new ArrayList<>();
        Map<String, String> typeNames = new LinkedHashMap<>();
        for (Document document : documents) {
            for (AnnotationType type : Codebooks.allTypes(document.getCodebook())) {
                typeNames.putIfAbsent(type.getId(), type.getName() == null ? type.getId() : type.getName());
            }
        }
        for (int d = 0; d < documents.size(); d++) {
            for (Annotation a : documents.get(d).getAnnotations()) {
                if (!counts(a, length)) {
                    continue;
                }
                String type = a.getType().getId();
                typeNames.putIfAbsent(type, a.getType().getName() == null ? type : a.getType().getName());
                String coder = coders != null ? coders.get(d) : coderOf(a);
                spans.add(new CodedSpan(coder, type, a.getBegin(), a.getEnd(), a.getStatus(), a));
            }
        }
        return new ArticleCoding(name, length, spans, sections, typeNames);
    }

    /** Whether an annotation takes part in agreement (see the class comment). */
    public static boolean counts(Annotation a, int textLength) {
        return a.getType() != null && a.getType().getId() != null && a.getStatus() != AnnotationStatus.ORPHANED
                && a.getAnchor() != AnchorState.ORPHANED
                && a.getBegin() >= 0 && a.getBegin() < a.getEnd() && a.getEnd() <= textLength;
    }

    /** The coder of an annotation: its author, or {@link #NO_AUTHOR}. */
    public static String coderOf(Annotation a) {
        String author = a.getAuthor();
        return author == null || author.isBlank() ? NO_AUTHOR : author.strip();
    }

    /** The coders of this article, sorted by name. */
    public List<String> coders() {
        TreeSet<String> coders = new TreeSet<>();
        spans.forEach(s -> coders.add(s.coder()));
        return List.copyOf(coders);
    }

    /** The deepest section holding {@code offset}, or null. */
    public Scope sectionAt(int offset) {
        Scope found = null;
        List<Scope> level = sections;
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (Scope s : level) {
                if (s.contains(offset)) {
                    found = s;
                    level = s.children();
                    deeper = true;
                    break;
                }
            }
        }
        return found;
    }

    /** The article's title as reports give it (TitleDetector), else its file name. */
    private static String name(AnnotatedArticle article) {
        String title = glossa.core.title.TitleDetector.title(article);
        if (!title.isBlank()) {
            return title.strip();
        }
        if (article.articlePath() != null) {
            return article.articlePath().getFileName().toString();
        }
        return SectionDetector.firstLine(article.text());
    }
}
