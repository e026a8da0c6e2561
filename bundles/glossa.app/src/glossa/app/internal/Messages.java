package glossa.app.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible strings of glossa.app: messages.properties, with the Simplified Chinese translation in messages_zh.properties. The
 * workbench's locale (the OS locale, or -nl) picks the file.
 */
public final class Messages extends NLS {

    public static String OpenArticle_title;
    public static String OpenArticle_articles;
    public static String OpenArticle_allFiles;
    public static String OpenArticle_cannotOpen;
    public static String Welcome_title;
    public static String Welcome_heading;
    public static String Welcome_intro;
    public static String Welcome_step1;
    public static String Welcome_step1Text;
    public static String Welcome_step2;
    public static String Welcome_step2Text;
    public static String Welcome_step3;
    public static String Welcome_step3Text;
    public static String Welcome_step4;
    public static String Welcome_step4Text;
    public static String Welcome_again;
    public static String Welcome_openSample;
    public static String Welcome_sampleJob;
    public static String Shortcuts_title;
    public static String Shortcuts_command;
    public static String Shortcuts_keys;

    static {
        NLS.initializeMessages("glossa.app.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
