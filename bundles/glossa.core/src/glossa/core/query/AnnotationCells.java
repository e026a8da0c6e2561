package glossa.core.query;

import java.text.SimpleDateFormat;
import java.util.Date;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AttributeValue;
import glossa.model.Section;

/**
 * The text an annotation shows in each {@link AnnotationColumn}. Tables, exports and the sort order all use these
 * strings, so what is sorted is what is shown.
 */
public final class AnnotationCells {

    private AnnotationCells() {
    }

    /** The cell text; {@code sections} is needed only for {@link AnnotationColumn#SECTION}. */
    public static String text(Annotation annotation, AnnotationColumn column, String attribute, SectionIndex sections) {
        return switch (column) {
        case TYPE -> annotation.getType() == null ? "" : nonNull(annotation.getType().getName());
        case SECTION -> sectionLabel(sections == null ? null : sections.deepestAt(annotation.getBegin()));
        case QUOTE -> nonNull(annotation.getQuote());
        case ATTRIBUTE -> attribute == null ? attributes(annotation, null)
                : nonNull(AnnotationFactory.attributeValue(annotation, attribute));
        case MEMO -> nonNull(annotation.getMemo());
        case AUTHOR -> nonNull(annotation.getAuthor());
        case MODIFIED -> annotation.getModified() == null ? "" : format(annotation.getModified());
        case STATUS -> annotation.getStatus() == null ? "" : annotation.getStatus().getLiteral();
        case BEGIN -> Integer.toString(annotation.getBegin());
        case CONFIDENCE -> confidence(annotation);
        };
    }

    /** "85%" for a suggestion; only suggestions carry a recommender's confidence, so the rest show nothing. */
    public static String confidence(Annotation annotation) {
        return annotation.getStatus() == AnnotationStatus.SUGGESTED
                ? Math.round(annotation.getConfidence() * 100) + "%" : "";
    }

    /** "二 › 1. 技术出口管制升级": the section path and the deepest section's title; empty outside every section. */
    public static String sectionLabel(Section section) {
        if (section == null) {
            return "";
        }
        String path = SectionIndex.path(section);
        String title = nonNull(section.getTitle());
        return section.getNumber() == null || section.getNumber().isEmpty() ? path : path + " " + title;
    }

    /** All attribute values but {@code except}, as "name=value; name=value", in the annotation's order. */
    public static String attributes(Annotation annotation, String except) {
        StringBuilder sb = new StringBuilder();
        for (AttributeValue value : annotation.getAttributes()) {
            if (value.getName() == null || value.getName().equals(except) || value.getValue() == null
                    || value.getValue().isEmpty()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(value.getName()).append('=').append(value.getValue());
        }
        return sb.toString();
    }

    private static String format(Date date) {
        return new SimpleDateFormat("yyyy-MM-dd HH:mm").format(date);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
