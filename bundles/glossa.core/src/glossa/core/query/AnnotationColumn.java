package glossa.core.query;

/** What an annotation table shows and sorts by. The text of each column comes from {@link AnnotationCells}. */
public enum AnnotationColumn {
    /** The type's name; sorted by name with Chinese (pinyin) collation. */
    TYPE,
    /** Number and title of the deepest section holding the annotation; sorted in document order. */
    SECTION,
    QUOTE,
    /** One named attribute (e.g. "actor"), or all attributes joined as "name=value; …" when no name is given. */
    ATTRIBUTE,
    MEMO,
    AUTHOR,
    /** Last modification time; sorted chronologically. */
    MODIFIED,
    /** Confirmed, suggested, orphaned; sorted in that order. */
    STATUS,
    /** The begin offset: document order. */
    BEGIN,
    /** A suggestion's confidence as a whole percentage ("85%"), empty for other statuses; sorted numerically. */
    CONFIDENCE;

    /** Whether the column holds free text, compared with a collator rather than by number or order. */
    public boolean isText() {
        return this == TYPE || this == QUOTE || this == ATTRIBUTE || this == MEMO || this == AUTHOR;
    }
}
