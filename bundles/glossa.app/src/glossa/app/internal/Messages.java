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

    static {
        NLS.initializeMessages("glossa.app.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
