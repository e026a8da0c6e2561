package glossa.ui.internal.codebook;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Codebook view and its commands (messages.properties; MessageFormat patterns). */
public final class Messages extends NLS {

    public static String Command_set;
    public static String Command_newType;
    public static String Command_move;
    public static String Command_merge;
    public static String Command_split;
    public static String Command_attributes;
    public static String View_type;
    public static String View_shortcut;
    public static String View_inArticle;
    public static String View_inCase;
    public static String View_retired;
    public static String View_noEditor;
    public static String View_noCase;
    public static String View_case;
    public static String View_countJob;
    public static String View_sharedCase;
    public static String View_readingCase;
    public static String View_caseUnreadable;
    public static String Case_needsArticleTitle;
    public static String Case_needsArticle;
    public static String Case_importWizard;
    public static String Case_saveJob;
    public static String Case_saveFailed;
    public static String Case_cannotUndo;
    public static String Drop_title;
    public static String Drop_message;
    public static String Drop_nest;
    public static String Drop_merge;
    public static String NewType_title;
    public static String NewType_message;
    public static String Name_empty;
    public static String Name_taken;
    public static String Rename_title;
    public static String Rename_message;
    public static String Describe_title;
    public static String Describe_message;
    public static String Color_title;
    public static String Shortcut_title;
    public static String Shortcut_message;
    public static String Shortcut_invalid;
    public static String Shortcut_typeClash;
    public static String Shortcut_bindingClash;
    public static String Shortcut_prefixClash;
    public static String Split_title;
    public static String Split_heading;
    public static String Split_message;
    public static String Split_name;
    public static String Split_none;
    public static String Attributes_title;
    public static String Attributes_heading;
    public static String Attributes_message;
    public static String Attributes_add;
    public static String Attributes_remove;
    public static String Attributes_name;
    public static String Attributes_kind;
    public static String Attributes_choices;
    public static String Attributes_description;
    public static String Attributes_number;
    public static String Attributes_choice;
    public static String Attributes_text;
    public static String Attributes_newName;
    public static String Attributes_emptyName;
    public static String Attributes_duplicate;
    public static String Attributes_noChoices;
    public static String Import_title;
    public static String Import_allFormats;
    public static String Import_job;
    public static String Import_tooLarge;
    public static String Import_failed;
    public static String Import_command;
    public static String Import_done;
    public static String Export_title;
    public static String Export_job;
    public static String Export_failed;

    static {
        NLS.initializeMessages("glossa.ui.internal.codebook.messages", Messages.class);
    }

    private Messages() {
    }
}
