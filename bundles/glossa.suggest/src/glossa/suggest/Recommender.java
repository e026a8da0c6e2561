package glossa.suggest;

import java.util.List;

/**
 * Proposes annotations for a text. Implementations are headless and never change the document; the
 * {@link Suggester} merges what they propose and leaves out what the analyst already decided.
 */
public interface Recommender {

    /** A short stable id, stored in {@code Annotation.recommender}. */
    String id();

    List<Suggestion> suggest(SuggestionInput input);
}
