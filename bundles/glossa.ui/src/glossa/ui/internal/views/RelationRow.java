package glossa.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.Relation;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;

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
        String kind = Labels.relationKind(relation.getKind());
        String quote = other.getQuote() == null ? "" : other.getQuote();
        if (quote.length() > 60) {
            quote = quote.substring(0, 60) + "\u2026";
        }
        String type = other.getType() == null ? "" : NLS.bind(Messages.Relation_type, other.getType().getName());
        return NLS.bind(outgoing ? Messages.Relation_out : Messages.Relation_in, new Object[] { kind, quote, type });
    }
}
