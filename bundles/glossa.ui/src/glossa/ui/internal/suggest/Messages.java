package glossa.ui.internal.suggest;

import org.eclipse.osgi.util.NLS;

/** Strings of the suggestions' commands, dialogs and status line (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

    public static String Command_suggest;
    public static String Command_acceptOne;
    public static String Command_acceptMany;
    public static String Command_reject;
    public static String Suggest_jobName;
    public static String Suggest_running;
    public static String Suggest_none;
    public static String Suggest_added;
    public static String Suggest_textChanged;
    public static String Suggest_failed;
    public static String Suggest_readOnly;
    public static String Caret_noSuggestion;
    public static String Navigate_none;
    public static String Accepted;
    public static String Rejected;
    public static String AcceptAll_title;
    public static String AcceptAll_question;
    public static String AcceptAll_none;
    public static String Precision_none;
    public static String Precision_one;
    public static String Retrain_jobName;

    static {
        NLS.initializeMessages("glossa.ui.internal.suggest.messages", Messages.class);
    }

    private Messages() {
    }
}
