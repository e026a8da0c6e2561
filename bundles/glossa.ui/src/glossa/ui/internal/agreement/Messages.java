package glossa.ui.internal.agreement;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Agreement view (messages.properties; MessageFormat patterns). */
public final class Messages extends NLS {

    public static String Branch_working;
    public static String Branch_reading;
    public static String Branch_noBranch;
    public static String Branch_failed;
    public static String Branch_description;
    public static String Branch_noAdjudication;
    public static String Branch_dialogTitle;
    public static String Branch_dialogMessage;
    public static String Branch_authors;
    public static String Branch_listing;
    public static String Branch_noRepository;
    public static String View_noEditor;
    public static String View_loading;
    public static String View_computing;
    public static String View_noCoders;
    public static String View_oneCoder;
    public static String View_summary;
    public static String View_show;
    public static String Coefficient_alpha;
    public static String Coefficient_kappa;
    public static String Coefficient_percent;
    public static String Coefficient_alphaU;
    public static String Table_coders;
    public static String Table_allCoders;
    public static String Table_allTypes;
    public static String Table_pair;
    public static String Table_tooltip;
    public static String Disagreements_title;
    public static String Disagreements_section;
    public static String Disagreements_span;
    public static String Disagreements_stands;
    public static String Disagreements_nobody;
    public static String Disagreements_nothing;
    public static String Disagreements_rejected;
    public static String Compare_hint;
    public static String Compare_revealed;
    public static String Compare_status;
    public static String Accept_label;
    public static String Accept_nothing;
    public static String Accept_readOnly;
    public static String Report_dialog;
    public static String Report_job;
    public static String Report_failed;
    public static String Report_written;
    public static String Report_nothing;

    static {
        NLS.initializeMessages("glossa.ui.internal.agreement.messages", Messages.class);
    }

    private Messages() {
    }
}
