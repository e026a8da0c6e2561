package glossa.core.merge;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationFilterSpec;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeValue;
import glossa.model.Document;
import glossa.model.Relation;
import glossa.model.Section;

/**
 * The fields a merge compares, per kind of object, as comparable values keyed by the field names that conflicts
 * report. A field is the unit of "changed on one side only": an annotation's span (offsets with their quote, context
 * and anchor state) moves as one, each attribute value is a field of its own.
 */
final class FieldValues {

    static final String TYPE = "type";
    static final String OFFSETS = "offsets";
    static final String MODIFIED = "modified";
    static final String ATTRIBUTE_PREFIX = "attributes/";
    static final String PARENT = "parent";
    static final String SOURCE = "source";
    static final String TARGET = "target";
    static final String SECTIONS = "sections";

    private FieldValues() {
    }

    /** Where an annotation lies: compared as one value, so that offsets never separate from their quote. */
    record Span(int begin, int end, String quote, String prefix, String suffix, AnchorState anchor, double score) {

        static Span of(Annotation a) {
            return new Span(a.getBegin(), a.getEnd(), a.getQuote(), a.getPrefix(), a.getSuffix(), a.getAnchor(),
                    a.getAnchorScore());
        }

        @Override
        public String toString() {
            return begin + ".." + end + (quote == null ? "" : " \u201c" + quote + "\u201d");
        }
    }

    static Map<String, Object> annotation(Annotation a) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(TYPE, a.getType() == null ? null : a.getType().getId());
        values.put(OFFSETS, Span.of(a));
        values.put("status", a.getStatus());
        values.put("memo", a.getMemo());
        values.put("author", a.getAuthor());
        values.put("created", a.getCreated());
        values.put(MODIFIED, a.getModified());
        for (AttributeValue value : a.getAttributes()) {
            values.put(ATTRIBUTE_PREFIX + value.getName(), value.getValue());
        }
        return values;
    }

    static Map<String, Object> relation(Relation r) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", r.getKind());
        values.put(SOURCE, r.getSource() == null ? null : r.getSource().getId());
        values.put(TARGET, r.getTarget() == null ? null : r.getTarget().getId());
        values.put("memo", r.getMemo());
        return values;
    }

    static Map<String, Object> type(AnnotationType t) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", t.getName());
        values.put("color", t.getColor());
        values.put("shortcut", t.getShortcut());
        values.put("description", t.getDescription());
        values.put("retired", t.isRetired());
        values.put("builtIn", t.isBuiltIn());
        values.put("style", t.getStyle());
        values.put("attributes", attributeDefinitions(t));
        values.put(PARENT, t.eContainer() instanceof AnnotationType parent ? parent.getId() : null);
        return values;
    }

    /** The attribute schema of a type as one comparable value. */
    static List<List<Object>> attributeDefinitions(AnnotationType t) {
        List<List<Object>> definitions = new ArrayList<>();
        for (AttributeDefinition d : t.getAttributes()) {
            definitions.add(List.of(String.valueOf(d.getName()), String.valueOf(d.getKind()),
                    List.copyOf(d.getChoices()), String.valueOf(d.getDescription())));
        }
        return definitions;
    }

    static Map<String, Object> filter(AnnotationFilterSpec f) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", f == null ? null : f.getName());
        values.put("hiddenTypes", f == null ? List.of() : List.copyOf(f.getHiddenTypes()));
        values.put("statuses", f == null ? List.of() : List.copyOf(f.getStatuses()));
        values.put("authors", f == null ? List.of() : List.copyOf(f.getAuthors()));
        values.put("text", f == null ? null : f.getText());
        return values;
    }

    /** The analyst's corrections of the section tree, as one value; null while the tree is detected, not corrected. */
    static Object sections(Document d) {
        if (!d.isSectionsCorrected()) {
            return null;
        }
        List<Object> tree = new ArrayList<>();
        for (Section s : d.getSections()) {
            tree.add(section(s));
        }
        return tree;
    }

    private static List<Object> section(Section s) {
        List<Object> children = new ArrayList<>();
        for (Section child : s.getChildren()) {
            children.add(section(child));
        }
        return List.of(String.valueOf(s.getNumber()), String.valueOf(s.getTitle()), s.getLevel(), s.getBegin(),
                s.getEnd(), String.valueOf(s.getKind()), children);
    }

    /** A value as a conflict records it: text, dates as ISO instants, null for absent. */
    static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        return value.toString();
    }
}
