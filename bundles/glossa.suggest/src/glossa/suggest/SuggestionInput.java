package glossa.suggest;

import java.util.List;

import glossa.core.sections.SectionIndex;
import glossa.model.Document;
import glossa.model.Section;

/** What a recommender reads: the article's text and its sections (for position and title features). */
public record SuggestionInput(String text, SectionIndex sections) {

    public static SuggestionInput of(Document document, String text) {
        return new SuggestionInput(text, SectionIndex.of(document));
    }

    /** A text without sections (tests, benchmarks). */
    public static SuggestionInput plain(String text) {
        return new SuggestionInput(text, new SectionIndex(List.of()));
    }

    /** The innermost section at {@code offset}, or null. */
    public Section sectionAt(int offset) {
        return sections.deepestAt(offset);
    }
}
