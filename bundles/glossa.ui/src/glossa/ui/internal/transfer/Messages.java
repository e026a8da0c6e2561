package glossa.ui.internal.transfer;

import org.eclipse.osgi.util.NLS;

/** The texts of the Import Articles, Export Case and codebook wizards ({@code messages.properties} beside this class). */
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
    public static String Codebook_ofCase;
    public static String Codebook_ofArticle;
    public static String Codebook_noArticle;
    public static String Codebook_format;
    public static String ExportCodebook_windowTitle;
    public static String ExportCodebook_title;
    public static String ExportCodebook_description;
    public static String ExportCodebook_of;
    public static String ExportCodebook_job;
    public static String ExportCodebook_failed;
    public static String ImportCodebook_windowTitle;
    public static String ImportCodebook_title;
    public static String ImportCodebook_description;
    public static String ImportCodebook_into;
    public static String ImportCodebook_file;
    public static String ImportCodebook_noFile;
    public static String ImportCodebook_absolute;
    public static String ImportCodebook_missing;
    public static String ImportCodebook_allFormats;
    public static String ImportCodebook_cannotRead;
    public static String ImportCodebook_cannotLoad;
    public static String ImportCodebook_cannotSave;
    public static String ImportCodebook_readOnly;
    public static String ImportCodebook_reportTitle;
    public static String ImportCodebook_reportDescription;
    public static String ImportCodebook_action;
    public static String ImportCodebook_type;
    public static String ImportCodebook_add;
    public static String ImportCodebook_notAdded;
    public static String ImportCodebook_top;
    public static String ImportCodebook_under;
    public static String ImportCodebook_summary;
    public static String ImportCodebook_nothingToAdd;

    static {
        NLS.initializeMessages("glossa.ui.internal.transfer.messages", Messages.class);
    }

    private Messages() {
    }
}
