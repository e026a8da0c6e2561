package glossa.ui.views;

import java.util.ArrayList;
import java.util.List;

import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.Relation;

/** One relation seen from an annotation: its kind, its direction and the annotation at the other end. */
public record RelationRow(Relation relation, Annotation other, boolean outgoing) {

    /** The relations from and to the annotation, in the document's order. */
    public static List<RelationRow> of(Document document, Annotation annotation) {
        List<RelationRow> rows = new ArrayList<>();
        for (Relation relation : document.getRelations()) {
            if (relation.getSource() == annotation && relation.getTarget() != null) {
                rows.add(new RelationRow(relation, relation.getTarget(), true));
            } else if (relation.getTarget() == annotation && relation.getSource() != null) {
                rows.add(new RelationRow(relation, relation.getSource(), false));
            }
        }
        return rows;
    }

    /** "counters → 《quote》" or "← supports 《quote》". */
    public String label() {
        String kind = relation.getKind() == null ? "relates to" : relation.getKind();
        String quote = other.getQuote() == null ? "" : other.getQuote();
        if (quote.length() > 60) {
            quote = quote.substring(0, 60) + "\u2026";
        }
        String type = other.getType() == null ? "" : " (" + other.getType().getName() + ")";
        return (outgoing ? kind + " \u2192 " : "\u2190 " + kind + " ") + "\u300C" + quote + "\u300D" + type;
    }
}
