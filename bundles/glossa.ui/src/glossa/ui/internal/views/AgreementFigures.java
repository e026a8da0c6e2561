package glossa.ui.internal.views;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import glossa.core.agreement.AgreementResult;
import glossa.core.agreement.ArticleCoding;
import glossa.core.agreement.Disagreement;
import glossa.ui.internal.agreement.Messages;

/**
 * What the Agreement view shows of one article, computed in a background job from a copy of its annotations: the
 * figures of all coders together, of every pair of them (when there are more than two), and the disagreements.
 */
public record AgreementFigures(ArticleCoding coding, AgreementResult all, List<AgreementResult> pairs,
        List<Disagreement> disagreements) {

    /** A row of the coders x types table: whom it compares and their figures. */
    public record Row(String label, AgreementResult result) {
    }

    public AgreementFigures {
        pairs = List.copyOf(pairs);
        disagreements = List.copyOf(disagreements);
    }

    /** Two coders: their pair; more: all coders first, then each pair. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        if (all.coders().size() == 2) {
            rows.add(new Row(pair(all), all));
            return rows;
        }
        if (all.coders().size() > 2) {
            rows.add(new Row(Messages.Table_allCoders, all));
            pairs.forEach(p -> rows.add(new Row(pair(p), p)));
        }
        return rows;
    }

    /** How many disagreements still wait for adjudication. */
    public long open() {
        return disagreements.stream().filter(Disagreement::open).count();
    }

    private static String pair(AgreementResult result) {
        return MessageFormat.format(Messages.Table_pair, result.coders().get(0), result.coders().get(1));
    }
}
