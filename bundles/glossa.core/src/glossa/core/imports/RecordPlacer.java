package glossa.core.imports;

import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.export.internal.Iso;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.GlossaFactory;

/** Turns one parsed record into an annotation of the article, or reports why it cannot. Shared by the importers. */
final class RecordPlacer {

    /** The fields of one record as read; null means absent. Offsets are UTF-16. */
    static final class Fields {
        String id;
        String typeId;
        String typeName;
        String quote;
        String prefix;
        String suffix;
        int begin = -1;
        int end = -1;
        String memo;
        String author;
        String created;
        String modified;
        String status;
        final Map<String, String> attributes = new LinkedHashMap<>();
    }

    private final AnnotatedArticle article;
    private final QuoteLocator locator;
    private final ImportReport report;
    private final Set<String> usedIds = new HashSet<>();

    RecordPlacer(AnnotatedArticle article, ImportReport report) {
        this.article = article;
        this.locator = new QuoteLocator(article.text());
        this.report = report;
        article.document().getAnnotations().forEach(a -> usedIds.add(a.getId()));
    }

    /** The annotation, or empty after reporting an error. */
    Optional<Annotation> place(Fields f, int record, int line) {
        AnnotationType type = findType(f);
        if (type == null) {
            report.error(record, line, "unknown annotation type '" + (f.typeId != null ? f.typeId : f.typeName)
                    + "' (not in the document's codebook)");
            return Optional.empty();
        }
        String quote = f.quote;
        if ((quote == null || quote.isEmpty()) && f.begin >= 0 && f.end > f.begin && f.end <= article.text().length()) {
            quote = article.text().substring(f.begin, f.end); // positions only (a foreign export without a quote)
        }
        QuoteLocator.Match match = locator.locate(quote, f.prefix, f.suffix, f.begin, f.end);
        if (match == null) {
            report.error(record, line, "quote not found in the text: \"" + abbreviate(quote) + "\"");
            return Optional.empty();
        }
        Annotation a = GlossaFactory.eINSTANCE.createAnnotation();
        if (f.id != null && !f.id.isEmpty() && usedIds.add(f.id)) {
            a.setId(f.id);
        } else {
            a.setId(AnnotationFactory.newId());
            if (f.id != null && !f.id.isEmpty()) {
                report.warning(record, line, "id " + f.id + " is already in use; the annotation got a new id");
            }
            usedIds.add(a.getId());
        }
        a.setType(type);
        AnnotationFactory.setSpan(a, article.text(), match.begin(), match.end());
        a.setAnchor(match.moved() ? AnchorState.MOVED : AnchorState.EXACT);
        if (match.moved()) {
            report.warning(record, line, "quote \"" + abbreviate(quote) + "\" no longer at " + f.begin + ".." + f.end
                    + "; placed at " + match.begin() + ".." + match.end() + " where it occurs");
        }
        a.setMemo(f.memo == null || f.memo.isEmpty() ? null : f.memo);
        a.setAuthor(f.author == null || f.author.isEmpty() ? null : f.author);
        a.setCreated(date(f.created, "created", record, line));
        a.setModified(date(f.modified, "modified", record, line));
        a.setStatus(status(f.status, record, line));
        f.attributes.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                a.getAttributes().add(AnnotationFactory.attribute(name, value));
            }
        });
        return Optional.of(a);
    }

    private AnnotationType findType(Fields f) {
        if (f.typeId != null && !f.typeId.isEmpty()) {
            Optional<AnnotationType> byId = Codebooks.find(article.document().getCodebook(), f.typeId);
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        if (f.typeName != null) {
            for (AnnotationType type : Codebooks.allTypes(article.document().getCodebook())) {
                if (f.typeName.equals(type.getName()) || f.typeName.equals(type.getId())) {
                    return type;
                }
            }
        }
        return null;
    }

    private Date date(String value, String what, int record, int line) {
        try {
            return Iso.parse(value);
        } catch (DateTimeParseException e) {
            report.warning(record, line, what + " date '" + value + "' is not ISO-8601; left empty");
            return null;
        }
    }

    private AnnotationStatus status(String value, int record, int line) {
        if (value == null || value.isEmpty()) {
            return AnnotationStatus.CONFIRMED;
        }
        AnnotationStatus status = AnnotationStatus.get(value.strip().toLowerCase(java.util.Locale.ROOT));
        if (status == null) {
            report.warning(record, line, "unknown status '" + value + "'; set to confirmed");
            return AnnotationStatus.CONFIRMED;
        }
        return status;
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 40 ? flat : flat.substring(0, 39) + "…";
    }
}
