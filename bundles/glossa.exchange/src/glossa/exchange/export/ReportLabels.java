package glossa.exchange.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import glossa.core.sections.SectionDetector;
import glossa.model.AnnotationType;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * The words a report writes of its own (headings, header labels, notes), in English or Chinese. Reports are read by
 * someone else than the analyst, so the language follows the article, not the workbench:
 * {@link ExportOptions#language()} names it, or, when it is {@link ExportOptions#AUTO_LANGUAGE}, Chinese is chosen
 * when CJK characters dominate the beginning of the text ({@link #languageOf}). The strings live in
 * {@code report.properties} / {@code report_zh.properties} beside this class; a report may need both languages in
 * one run (a case of English and Chinese articles), so they are loaded as resource bundles per language rather than
 * as one static NLS class.
 */
public final class ReportLabels {

    private static final String BUNDLE = "glossa.exchange.export.report";
    private static final int SAMPLE = 20_000;

    private final ResourceBundle bundle;
    private final String language;

    private ReportLabels(String language) {
        this.language = language;
        // No fallback to the default locale: an English report stays English on a Chinese desktop.
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), ReportLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final ReportLabels ENGLISH = new ReportLabels("en");
    private static final ReportLabels CHINESE = new ReportLabels("zh");

    /** The labels for {@code language} ("zh…" gives Chinese, anything else English). */
    public static ReportLabels of(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }

    /** The labels for an export: the option's language, or the text's when the option says {@code auto}. */
    public static ReportLabels of(ExportOptions options, String text) {
        String language = options.language();
        return of(language.isEmpty() || language.equals("auto") ? languageOf(text) : language);
    }

    /** "zh" when Han characters outnumber a third of the Latin letters in the first 20,000 characters, else "en". */
    public static String languageOf(String text) {
        int han = 0;
        int latin = 0;
        int end = Math.min(text == null ? 0 : text.length(), SAMPLE);
        for (int i = 0; i < end; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return han > 0 && han * 3 >= latin ? "zh" : "en";
    }

    /** "en" or "zh". */
    public String language() {
        return language;
    }

    /** The string for {@code key}, with {@code {0}}… filled in; the key itself when it is missing. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /**
     * A type's name in the report's language: a built-in type whose name is still the default English one is named in
     * Chinese in a Chinese report; a name the analyst chose is kept as written.
     */
    public String typeName(AnnotationType type) {
        String name = type.getName() == null ? "" : type.getName();
        String english = ENGLISH.optional("type." + type.getId());
        if (english != null && english.equals(name)) {
            String own = optional("type." + type.getId());
            return own == null ? name : own;
        }
        return name;
    }

    /** A section's label in the report's language: the detector's English "Preamble" is translated. */
    public String sectionLabel(Section section, String label) {
        if (section != null && section.getKind() == SectionKind.PREAMBLE
                && SectionDetector.PREAMBLE_TITLE.equals(section.getTitle())) {
            return get("preamble");
        }
        return label;
    }

    private String optional(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
