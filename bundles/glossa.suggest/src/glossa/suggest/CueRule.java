package glossa.suggest;

import java.util.regex.Pattern;

/**
 * One cue: where {@code pattern} matches, the enclosing {@code unit} (or, for {@link UnitKind#PHRASE}, the match or
 * its named group {@code span}) is proposed as {@code typeId} with {@code confidence}. A negative confidence makes the
 * rule a veto: a unit it matches is never proposed as that type.
 */
public record CueRule(String typeId, UnitKind unit, double confidence, Pattern pattern) {

    public boolean isVeto() {
        return confidence < 0;
    }
}
