package glossa.core.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import glossa.core.title.TitleDetector;
import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.core.filter.AnnotationFilter;
import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.Section;

/**
 * Articles × types counts over the articles of a case, and for one type every annotation across the articles with
 * its article, section and quote. Only annotations that pass the {@link AnnotationFilter} count; types the filter
 * hides have no column. Columns follow the case codebook's order (types only some article knows come after, in the
 * order met). One pass over all annotations: O(n) for n annotations; per-type lists are built on demand.
 */
public final class CaseStatistics extends CountedCaseMatrix {

    /** One annotation of the per-type list. {@code section} is the deepest section holding its begin, or null. */
    public record Entry(int articleIndex, AnnotatedArticle article, Annotation annotation, Section section) {

        /** The section's number label as written ("二", "1."), or "" outside every section. */
        public String sectionNumber() {
            return section == null || section.getNumber() == null ? "" : section.getNumber();
        }

        public String sectionTitle() {
            return section == null || section.getTitle() == null ? "" : section.getTitle().strip();
        }

        /** "二 › 1." style path of the section, or "". */
        public String sectionPath() {
            return section == null ? "" : SectionIndex.path(section);
        }

        public String quote() {
            return annotation.getQuote() == null ? "" : annotation.getQuote();
        }
    }

    /** Begin ascending, the longer span first (as in exports). */
    private static final java.util.Comparator<Annotation> DOCUMENT_ORDER = java.util.Comparator
            .comparingInt(Annotation::getBegin).thenComparing(java.util.Comparator.comparingInt(Annotation::getEnd).reversed());

    private final List<AnnotatedArticle> articles;
    private final SectionIndex[] sectionIndexes;

    private CaseStatistics(List<AnnotatedArticle> articles, AnnotationFilter filter) {
        super(filter);
        this.articles = List.copyOf(articles);
        this.sectionIndexes = new SectionIndex[articles.size()];
    }

    /**
     * Counts the annotations of {@code articles} that pass {@code filter}.
     *
     * @param caseCodebook gives the column order and the type names; may be null (then the articles' codebooks do)
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static CaseStatistics compute(List<AnnotatedArticle> articles, Codebook caseCodebook, AnnotationFilter filter,
            IProgressMonitor monitor) {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        progress.beginTask("Counting annotations", articles.size());
        CaseStatistics stats = new CaseStatistics(articles, filter);
        for (AnnotationType type : Codebooks.allTypes(caseCodebook)) {
            stats.column(type);
        }
        for (AnnotatedArticle article : articles) {
            for (AnnotationType type : Codebooks.allTypes(article.document().getCodebook())) {
                stats.column(type);
            }
        }
        stats.startCounting(articles.size());
        for (int a = 0; a < articles.size(); a++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            // Columns are looked up once per type object, not once per annotation.
            Map<AnnotationType, Integer> local = new HashMap<>();
            for (Annotation annotation : articles.get(a).document().getAnnotations()) {
                AnnotationType type = annotation.getType();
                if (type == null || !stats.filter.test(annotation)) {
                    continue;
                }
                int column = local.computeIfAbsent(type, t -> stats.column(t.getId()));
                if (column < 0) {
                    continue;
                }
                stats.add(a, column, 1);
            }
            stats.rowDone(a);
            progress.worked(1);
        }
        progress.done();
        return stats;
    }

    private void column(AnnotationType type) {
        addColumn(type.getId(), type.getName(), type.getColor());
    }

    @Override
    public int rowCount() {
        return articles.size();
    }

    @Override
    public String rowLabel(int row) {
        return label(articles.get(row));
    }

    @Override
    public Path rowPath(int row) {
        return articles.get(row).articlePath();
    }

    public List<AnnotatedArticle> articles() {
        return articles;
    }

    /** A label for an article: its title ({@link TitleDetector}), else its file name. */
    public static String label(AnnotatedArticle article) {
        String title = TitleDetector.title(article);
        if (!title.isBlank()) {
            return title;
        }
        Path path = article.articlePath();
        return path == null ? String.valueOf(article.document().getSourcePath()) : path.getFileName().toString();
    }

    /**
     * Every annotation of {@code typeId} that passes the filter, article by article, in document order within each
     * article, with its section. Empty for an unknown or hidden type.
     */
    public List<Entry> entries(String typeId, IProgressMonitor monitor) {
        int column = column(typeId);
        if (column < 0) {
            return List.of();
        }
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        progress.beginTask("Listing annotations", articles.size());
        List<Entry> entries = new ArrayList<>(typeTotal(column));
        for (int a = 0; a < articles.size(); a++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (count(a, column) == 0) {
                progress.worked(1);
                continue;
            }
            AnnotatedArticle article = articles.get(a);
            List<Annotation> ofType = new ArrayList<>(count(a, column));
            for (Annotation annotation : article.document().getAnnotations()) {
                if (annotation.getType() != null && typeId.equals(annotation.getType().getId())
                        && filter.test(annotation)) {
                    ofType.add(annotation);
                }
            }
            ofType.sort(DOCUMENT_ORDER);
            SectionIndex index = sectionIndex(a);
            for (Annotation annotation : ofType) {
                entries.add(new Entry(a, article, annotation, index.deepestAt(annotation.getBegin())));
            }
            progress.worked(1);
        }
        progress.done();
        return entries;
    }

    private synchronized SectionIndex sectionIndex(int article) {
        if (sectionIndexes[article] == null) {
            sectionIndexes[article] = SectionIndex.of(articles.get(article).document());
        }
        return sectionIndexes[article];
    }
}
