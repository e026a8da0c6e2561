package glossa.ui.internal.interop;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the REFI-QDA project import (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

    public static String Import_title;
    public static String Import_description;
    public static String Import_file;
    public static String Import_browse;
    public static String Import_caseName;
    public static String Import_noFile;
    public static String Import_nameTaken;
    public static String Import_job;
    public static String Import_done;
    public static String Import_skipped;
    public static String Import_failed;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
