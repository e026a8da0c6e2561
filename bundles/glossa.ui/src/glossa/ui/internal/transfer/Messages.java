package glossa.ui.internal.transfer;

import org.eclipse.osgi.util.NLS;

/** The texts of the Import Articles and Export Case wizards ({@code messages.properties} beside this class). */
public final class Messages extends NLS {

    public static String Transfer_case;
    public static String Transfer_noCase;
    public static String ImportArticles_windowTitle;
    public static String ImportArticles_title;
    public static String ImportArticles_description;
    public static String ImportArticles_files;
    public static String ImportArticles_add;
    public static String ImportArticles_remove;
    public static String ImportArticles_articles;
    public static String ImportArticles_all;
    public static String ImportArticles_noFiles;
    public static String ImportArticles_job;
    public static String ExportCase_windowTitle;
    public static String ExportCase_title;
    public static String ExportCase_description;
    public static String ExportCase_format;
    public static String ExportCase_file;
    public static String ExportCase_browse;
    public static String ExportCase_noFile;
    public static String ExportCase_absolute;
    public static String ExportCase_overwrite;

    static {
        NLS.initializeMessages("glossa.ui.internal.transfer.messages", Messages.class);
    }

    private Messages() {
    }
}
