package glossa.ui.internal.memos;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Memos view and the memo commands (messages.properties; MessageFormat patterns). */
public final class Messages extends NLS {

    public static String Command_memo;
    public static String View_filter;
    public static String View_section;
    public static String View_on;
    public static String View_memo;
    public static String View_author;
    public static String View_date;
    public static String View_document;
    public static String View_noEditor;
    public static String View_count;
    public static String DocumentMemo_title;
    public static String DocumentMemo_message;
    public static String SectionMemo_title;
    public static String SectionMemo_message;
    public static String SectionMemo_none;
    public static String EditMemo_title;
    public static String EditMemo_message;

    static {
        NLS.initializeMessages("glossa.ui.internal.memos.messages", Messages.class);
    }

    private Messages() {
    }
}
