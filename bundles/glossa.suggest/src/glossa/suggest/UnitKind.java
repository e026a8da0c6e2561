package glossa.suggest;

import java.util.Locale;

/** What a cue rule selects when its pattern matches: the clause or sentence around the match, or the match itself. */
public enum UnitKind {
    CLAUSE, SENTENCE, PHRASE;

    public static UnitKind parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
