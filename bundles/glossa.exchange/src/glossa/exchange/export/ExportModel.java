package glossa.exchange.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.core.sections.SectionIndex;
import glossa.core.stats.SectionStatistics;
import glossa.core.stats.SummaryRows;
import glossa.core.title.DocumentInfo;
import glossa.core.title.TitleDetector;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.Document;
import glossa.model.Relation;
import glossa.model.Section;

/**
 * What every exporter shows, computed once: the selected top-level sections, the annotations that pass the filter and
 * fall in them (by the top-level section holding their begin offset), numbered 1..n in document order, and the
 * visible types in codebook order.
 */
public final class ExportModel {

    /** A top-level section of the report, or the whole text when the document has no sections. */
    public record ReportSection(Section section, String number, String title, int begin, int end,
            List<Annotation> annotations) {

        /** "二、 提案内容" style heading text (an untitled preamble keeps the detector's English name; see ReportLabels). */
        public String heading() {
            if (number.isEmpty()) {
                return title;
            }
            return title.isEmpty() ? number : number + " " + title;
        }
    }

    private final AnnotatedArticle article;
    private final ExportOptions options;
    private final List<ReportSection> sections = new ArrayList<>();
    private final List<Annotation> unsectioned = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final Map<Annotation, Integer> numbers;
    private final List<AnnotationType> types;
    private final Map<AnnotationType, Integer> typeIndexes = new IdentityHashMap<>();
    private Map<Annotation, List<Relation>> relations; // built on first use, in one pass over the relations
    private DocumentInfo info;
    private ReportLabels labels;
    private SectionStatistics statistics;

    private ExportModel(AnnotatedArticle article, ExportOptions options) {
        this.article = article;
        this.options = options;
        this.numbers = new IdentityHashMap<>(article.document().getAnnotations().size());
        this.types = Codebooks.allTypes(article.document().getCodebook()).stream()
                .filter(t -> options.filter().isTypeVisible(t.getId())).toList();
        for (int i = 0; i < types.size(); i++) {
            typeIndexes.putIfAbsent(types.get(i), i);
        }
    }

    public static ExportModel of(AnnotatedArticle article, ExportOptions options) {
        ExportModel model = new ExportModel(article, options);
        model.build();
        return model;
    }

    private void build() {
        Document document = article.document();
        String text = article.text();
        SectionIndex index = SectionIndex.of(document);
        List<Section> roots = document.getSections();
        Map<Section, List<Annotation>> bySection = new IdentityHashMap<>();
        List<Section> selected = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            Section root = roots.get(i);
            if (isSelected(root, i + 1) && (options.boilerplate() || !SummaryRows.isBoilerplate(root))) {
                selected.add(root);
                bySection.put(root, new ArrayList<>());
            }
        }
        List<Annotation> sorted = new ArrayList<>(document.getAnnotations());
        sorted.sort(DOCUMENT_ORDER);
        List<Annotation> whole = new ArrayList<>();
        for (Annotation annotation : sorted) {
            if (annotation.getType() == null || !options.filter().test(annotation)) {
                continue;
            }
            if (roots.isEmpty()) {
                whole.add(annotation);
                continue;
            }
            Section top = index.topLevelAt(annotation.getBegin());
            if (top == null) {
                if (options.sections().isEmpty()) {
                    unsectioned.add(annotation);
                }
            } else if (bySection.containsKey(top)) {
                bySection.get(top).add(annotation);
            }
        }
        if (roots.isEmpty()) {
            sections.add(new ReportSection(null, "", title(), 0, text.length(), whole));
        }
        for (Section section : selected) {
            int begin = clamp(section.getBegin(), text.length());
            int end = clamp(section.getEnd(), text.length());
            sections.add(new ReportSection(section, nonNull(section.getNumber()), nonNull(section.getTitle()), begin,
                    Math.max(begin, end), List.copyOf(bySection.get(section))));
        }
        for (ReportSection section : sections) {
            for (Annotation annotation : section.annotations()) {
                numbers.put(annotation, annotations.size() + 1);
                annotations.add(annotation);
            }
        }
        for (Annotation annotation : unsectioned) {
            numbers.put(annotation, annotations.size() + 1);
            annotations.add(annotation);
        }
    }

    private boolean isSelected(Section root, int position) {
        Set<String> wanted = options.sections();
        return wanted.isEmpty() || wanted.stream().anyMatch(spec -> names(spec, root, position));
    }

    /**
     * Whether an item of {@link ExportOptions#sections()} names this top-level section: its 1-based position, or its
     * number as written ("三").
     */
    public static boolean names(String spec, Section root, int position) {
        return spec.equals(Integer.toString(position))
                || (root.getNumber() != null && !root.getNumber().isEmpty() && spec.equals(root.getNumber()));
    }

    /** Begin ascending, then the longer span first, so an enclosing annotation precedes the ones inside it. */
    public static final Comparator<Annotation> DOCUMENT_ORDER = Comparator.comparingInt(Annotation::getBegin)
            .thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed());

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.strip();
    }

    public AnnotatedArticle article() {
        return article;
    }

    public ExportOptions options() {
        return options;
    }

    public String text() {
        return article.text();
    }

    public List<ReportSection> sections() {
        return sections;
    }

    /** The 1-based position of a top-level section among the exported ones ({@code sec-N} in HTML), or 0. */
    public int ordinalOf(Section section) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).section() == section) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Annotations outside every section (only when all sections are exported). */
    public List<Annotation> unsectioned() {
        return unsectioned;
    }

    /** All exported annotations, in report order (section by section, then the unsectioned ones). */
    public List<Annotation> annotations() {
        return annotations;
    }

    /** The 1-based number of an exported annotation in the report, or 0 when it is not exported. */
    public int number(Annotation annotation) {
        Integer number = numbers.get(annotation); // one lookup: IdentityHashMap has no getOrDefault of its own
        return number == null ? 0 : number;
    }

    /** The types the filter shows, in codebook order. */
    public List<AnnotationType> types() {
        return types;
    }

    /** The type's position in {@link #types()}, or -1 when the filter hides it. */
    public int typeIndex(AnnotationType type) {
        Integer index = typeIndexes.get(type);
        return index == null ? -1 : index;
    }

    public List<Annotation> annotationsOf(List<Annotation> in, AnnotationType type) {
        return in.stream().filter(a -> a.getType() == type).toList();
    }

    /** The relations whose both ends are exported, in the document's relation order. */
    public List<Relation> exportedRelations() {
        return article.document().getRelations().stream()
                .filter(r -> numbers.containsKey(r.getSource()) && numbers.containsKey(r.getTarget())).toList();
    }

    /** Relations of an annotation whose both ends are exported, in the document's relation order. */
    public List<Relation> relationsOf(Annotation annotation) {
        if (relations == null) {
            // One pass for all annotations: asking every annotation to scan every relation would be quadratic.
            relations = new IdentityHashMap<>();
            for (Relation r : article.document().getRelations()) {
                if (numbers.containsKey(r.getSource()) && numbers.containsKey(r.getTarget())) {
                    relations.computeIfAbsent(r.getSource(), a -> new ArrayList<>()).add(r);
                    if (r.getTarget() != r.getSource()) {
                        relations.computeIfAbsent(r.getTarget(), a -> new ArrayList<>()).add(r);
                    }
                }
            }
        }
        return Collections.unmodifiableList(relations.getOrDefault(annotation, List.of()));
    }

    /** The title shown in report headers ({@link TitleDetector}: metadata, then the text, then the file name). */
    public String title() {
        String title = info().title();
        return title.isEmpty() ? source() : title;
    }

    /** Title, author, date and source URL of the article, detected once per export. */
    public DocumentInfo info() {
        if (info == null) {
            info = TitleDetector.of(article);
        }
        return info;
    }

    /** The report's own words, in the language of the options or of the article. */
    public ReportLabels labels() {
        if (labels == null) {
            labels = ReportLabels.of(options, article.text());
        }
        return labels;
    }

    /**
     * The summary's rows: each exported top-level section with its sub-sections beneath, down to
     * {@link ExportOptions#levels()}, counted by {@code stats} (sub-sections included); boilerplate left out unless
     * {@link ExportOptions#boilerplate()}.
     */
    public List<SummaryRows.Row> summaryRows(SectionStatistics stats) {
        List<Section> roots = new ArrayList<>();
        for (ReportSection section : sections) {
            if (section.section() != null) {
                roots.add(section.section());
            }
        }
        return SummaryRows.of(stats, roots, types, options.levels(), options.boilerplate());
    }

    /**
     * The statistics of the exported annotations (the filter's), sub-sections included; those in boilerplate left out
     * of the totals as their sections are left out of the rows, unless {@link ExportOptions#boilerplate()}.
     */
    public SectionStatistics statistics() {
        if (statistics == null) {
            SectionIndex index = options.boilerplate() ? null : SectionIndex.of(article.document());
            statistics = SectionStatistics.compute(article.document(), a -> options.filter().test(a)
                    && a.getType() != null && (index == null || !SummaryRows.inBoilerplate(index, a.getBegin())));
        }
        return statistics;
    }

    /** The article file name (never a full path: reports travel). */
    public String source() {
        if (article.articlePath() != null) {
            return article.articlePath().getFileName().toString();
        }
        String source = article.document().getSourcePath();
        return source == null ? "" : source;
    }

    /** Attribute names of all types of the codebook, in codebook order, each once. */
    public static List<String> attributeNames(Document document) {
        Set<String> names = new LinkedHashSet<>();
        for (AnnotationType type : Codebooks.allTypes(document.getCodebook())) {
            for (AttributeDefinition definition : type.getAttributes()) {
                names.add(definition.getName());
            }
        }
        return List.copyOf(names);
    }

    /** Counts per type for a list of annotations, in type order. */
    public Map<AnnotationType, Integer> countByType(List<Annotation> in) {
        Map<AnnotationType, Integer> counts = new LinkedHashMap<>();
        for (AnnotationType type : types) {
            counts.put(type, 0);
        }
        for (Annotation annotation : in) {
            counts.computeIfPresent(annotation.getType(), (t, n) -> n + 1);
        }
        return counts;
    }
}
