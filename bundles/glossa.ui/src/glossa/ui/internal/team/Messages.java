package glossa.ui.internal.team;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Team menu (messages.properties). */
public final class Messages extends NLS {

    public static String Team_title;
    public static String Team_noCase;
    public static String Team_notShared;
    public static String Share_title;
    public static String Share_message;
    public static String Share_url;
    public static String Share_user;
    public static String Share_token;
    public static String Share_secure;
    public static String Share_job;
    public static String Share_done;
    public static String Commit_title;
    public static String Commit_message;
    public static String Commit_job;
    public static String Commit_done;
    public static String Commit_nothing;
    public static String Sync_job;
    public static String Sync_done;
    public static String Sync_merged;
    public static String Sync_fieldConflicts;
    public static String Sync_textConflicts;
    public static String Sync_rejected;
    public static String Sync_cancelled;
    public static String Team_failed;
    public static String Decorator_job;
    public static String Clone_title;
    public static String Clone_message;
    public static String Clone_url;
    public static String Clone_name;
    public static String Clone_folder;
    public static String Clone_browse;
    public static String Clone_secure;
    public static String Clone_noUrl;
    public static String Clone_badUrl;
    public static String Clone_noName;
    public static String Clone_exists;
    public static String Clone_noFolder;
    public static String Clone_folderNotEmpty;
    public static String Clone_job;
    public static String Clone_done;
    public static String Prompt_title;
    public static String Prompt_message;
    public static String Prompt_remember;

    static {
        NLS.initializeMessages("glossa.ui.internal.team.messages", Messages.class);
    }

    private Messages() {
    }
}
