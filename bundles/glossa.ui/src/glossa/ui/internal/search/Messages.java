package glossa.ui.internal.search;

import org.eclipse.osgi.util.NLS;

/** The texts of the Search view and its commands ({@code messages.properties} beside this class). */
public final class Messages extends NLS {

    public static String SearchView_query;
    public static String SearchView_queryHint;
    public static String SearchView_regex;
    public static String SearchView_wholeWord;
    public static String SearchView_search;
    public static String SearchView_article;
    public static String SearchView_articleHint;
    public static String SearchView_section;
    public static String SearchView_coding;
    public static String SearchView_codingAny;
    public static String SearchView_codingCoded;
    public static String SearchView_codingNotCoded;
    public static String SearchView_typeHint;
    public static String SearchView_columnLeft;
    public static String SearchView_columnHit;
    public static String SearchView_columnRight;
    public static String SearchView_columnArticle;
    public static String SearchView_columnSection;
    public static String SearchView_noCase;
    public static String SearchView_searching;
    public static String SearchView_result;
    public static String SearchView_indexed;
    public static String SearchView_scanned;
    public static String SearchView_badQuery;
    public static String SearchView_failed;
    public static String SearchView_skipped;
    public static String SearchView_job;
    public static String CodeHits_title;
    public static String CodeHits_message;
    public static String CodeHits_type;
    public static String CodeHits_unit;
    public static String CodeHits_unitHit;
    public static String CodeHits_unitClause;
    public static String CodeHits_unitSentence;
    public static String CodeHits_job;
    public static String CodeHits_article;
    public static String CodeHits_done;
    public static String CodeHits_noHits;
    public static String CodeHits_undoLabel;
    public static String CodeHits_noType;
    public static String ExportHits_title;
    public static String ExportHits_failed;
    public static String SearchView_dates;
    public static String SearchView_sinceHint;
    public static String SearchView_untilHint;
    public static String SearchView_dateTooltip;
    public static String SearchView_badDate;
    public static String CodeHits_suggest;
    public static String CodeHits_notUndoable;
    public static String CodeHits_suggestUndoLabel;
    public static String CodeHits_doneSuggested;

    static {
        NLS.initializeMessages("glossa.ui.internal.search.messages", Messages.class);
    }

    private Messages() {
    }
}
