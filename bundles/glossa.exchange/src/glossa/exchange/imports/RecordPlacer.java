package glossa.exchange.imports;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.exchange.export.internal.Iso;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.AttributeValue;
import glossa.model.GlossaFactory;

/**
 * Turns one parsed record into an annotation of the article, or reports why it cannot. A record that describes an
 * annotation the article already holds (same type, span, quote, memo and attributes) yields that annotation, so a
 * file imported twice adds nothing the second time. Shared by the importers.
 */
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
    /** The article's annotations by begin offset, to find one identical to a record. */
    private final Map<Integer, List<Annotation>> existingByBegin = new HashMap<>();

    RecordPlacer(AnnotatedArticle article, ImportReport report) {
        this.article = article;
        this.locator = new QuoteLocator(article.text());
        this.report = report;
        for (Annotation a : article.document().getAnnotations()) {
            usedIds.add(a.getId());
            existingByBegin.computeIfAbsent(a.getBegin(), b -> new ArrayList<>()).add(a);
        }
    }

    /** Whether {@link #place} made the annotation (rather than finding it in the article): only such are added. */
    static boolean isNew(Annotation annotation) {
        return annotation.eContainer() == null;
    }

    /**
     * The annotation the record describes: a new one (not yet in the document), or the identical one the article
     * already holds (reported as already present); empty after reporting an error.
     */
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
        Annotation existing = findIdentical(type, match.begin(), match.end(), f);
        if (existing != null) {
            report.alreadyPresent(record, line, "already present: " + type.getId() + " \""
                    + abbreviate(existing.getQuote()) + "\" at " + existing.getBegin() + ".." + existing.getEnd()
                    + " (" + existing.getId() + "); not imported again");
            return Optional.of(existing);
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
        // A record without positions (the minimal "type,quote") had no place to move from.
        boolean moved = match.moved() && f.begin >= 0;
        a.setAnchor(moved ? AnchorState.MOVED : AnchorState.EXACT);
        if (moved) {
            report.warning(record, line, "quote \"" + abbreviate(quote) + "\" no longer at " + f.begin + ".." + f.end
                    + "; placed at " + match.begin() + ".." + match.end() + " where it occurs");
        }
        a.setMemo(emptyToNull(f.memo));
        a.setAuthor(emptyToNull(f.author));
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

    /** An annotation of the article with the record's type, span, quote, memo and attributes, or null. */
    private Annotation findIdentical(AnnotationType type, int begin, int end, Fields f) {
        String quote = article.text().substring(begin, end);
        String memo = emptyToNull(f.memo);
        Map<String, String> attributes = nonEmpty(f.attributes);
        for (Annotation a : existingByBegin.getOrDefault(begin, List.of())) {
            if (a.getType() == type && a.getEnd() == end && quote.equals(a.getQuote())
                    && Objects.equals(memo, emptyToNull(a.getMemo())) && attributes.equals(attributes(a))) {
                return a;
            }
        }
        return null;
    }

    private static Map<String, String> attributes(Annotation a) {
        Map<String, String> values = new HashMap<>();
        for (AttributeValue v : a.getAttributes()) {
            values.put(v.getName(), v.getValue());
        }
        return nonEmpty(values);
    }

    /** The attributes with a value: an empty value means the attribute is not set. */
    private static Map<String, String> nonEmpty(Map<String, String> attributes) {
        Map<String, String> values = new HashMap<>();
        attributes.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                values.put(name, value);
            }
        });
        return values;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
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
