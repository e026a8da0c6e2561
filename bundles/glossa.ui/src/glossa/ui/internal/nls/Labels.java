package glossa.ui.internal.nls;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import glossa.core.filter.AnnotationFilter;
import glossa.core.sections.SectionDetector;
import glossa.exchange.ExportFormat;
import glossa.exchange.ImportFormat;
import glossa.exchange.imports.ImportReport.Severity;
import glossa.model.AnchorState;
import glossa.model.AnnotationStatus;

/**
 * Display names, in the workbench's language, for values the model and the core keep as plain ids: statuses, anchor
 * states, relation kinds, attribute and field names, formats, and a filter's description. The ids themselves stay
 * unchanged in documents, exports and on the command line.
 */
public final class Labels {

    /** The relation kinds offered when relating two annotations (stored as these ids). */
    public static final List<String> RELATION_KINDS = List.of("counters", "supports", "implements", "responds-to",
            "contradicts");

    private Labels() {
    }

    public static String status(AnnotationStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case CONFIRMED -> Messages.Status_confirmed;
            case SUGGESTED -> Messages.Status_suggested;
            case ORPHANED -> Messages.Status_orphaned;
            case REJECTED -> Messages.Status_rejected;
        };
    }

    public static String anchorState(AnchorState state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case EXACT -> Messages.Anchor_exact;
            case MOVED -> Messages.Anchor_moved;
            case FUZZY -> Messages.Anchor_fuzzy;
            case ORPHANED -> Messages.Anchor_orphaned;
        };
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case INFO -> Messages.Severity_info;
            case WARNING -> Messages.Severity_warning;
            case ERROR -> Messages.Severity_error;
        };
    }

    /** A relation kind's name; kinds the analyst typed are shown as they are. */
    public static String relationKind(String kind) {
        if (kind == null) {
            return Messages.Relation_relatesTo;
        }
        return switch (kind) {
            case "counters" -> Messages.Relation_counters;
            case "supports" -> Messages.Relation_supports;
            case "implements" -> Messages.Relation_implements;
            case "responds-to" -> Messages.Relation_respondsTo;
            case "contradicts" -> Messages.Relation_contradicts;
            default -> kind;
        };
    }

    /** The built-in attributes' names (the default codebook's); other attributes keep the name they were given. */
    public static String attribute(String name) {
        return switch (name == null ? "" : name) {
            case "actor" -> Messages.Attribute_actor;
            case "stance" -> Messages.Attribute_stance;
            case "confidence" -> Messages.Attribute_confidence;
            case "instrument" -> Messages.Attribute_instrument;
            case "target" -> Messages.Attribute_target;
            case "domain" -> Messages.Attribute_domain;
            case "responds-to" -> Messages.Attribute_respondsTo;
            default -> String.valueOf(name);
        };
    }

    /** A field of an annotation or relation as the merge records it ({@code memo}, {@code attributes/actor}, …). */
    public static String feature(String feature) {
        if (feature != null && feature.startsWith("attributes/")) {
            return NLS.bind(Messages.Field_attribute, attribute(feature.substring("attributes/".length())));
        }
        return switch (feature == null ? "" : feature) {
            case "memo" -> Messages.Field_memo;
            case "author" -> Messages.Field_author;
            case "status" -> Messages.Field_status;
            case "type" -> Messages.Field_type;
            case "created" -> Messages.Field_created;
            case "modified" -> Messages.Field_modified;
            case "offsets" -> Messages.Field_offsets;
            case "quote" -> Messages.Field_quote;
            case "kind" -> Messages.Field_kind;
            default -> String.valueOf(feature);
        };
    }

    /**
     * An export format's name in the wizard. An empty message means "the format's own label": the English labels
     * live with the formats (glossa.exchange), only translations are kept here.
     */
    public static String exportFormat(ExportFormat format, boolean fullText) {
        String translated = switch (format.id()) {
            case "html" -> fullText ? Messages.Format_html : Messages.Format_htmlWithoutText;
            case "md" -> Messages.Format_markdown;
            case "csv" -> Messages.Format_csv;
            case "jsonld" -> Messages.Format_jsonld;
            default -> "";
        };
        if (!translated.isEmpty()) {
            return translated;
        }
        return fullText || format.labelWithoutText() == null ? format.label() : format.labelWithoutText();
    }

    /** An import format's name in the wizard (empty message: the format's own label, as for export formats). */
    public static String importFormat(ImportFormat format) {
        String translated = switch (format.id()) {
            case "csv" -> Messages.Format_csvImport;
            case "jsonld" -> Messages.Format_jsonld;
            default -> "";
        };
        return translated.isEmpty() ? format.label() : translated;
    }

    /** A codebook format's name in the wizards and file dialogs (empty message: the format's own label). */
    public static String codebookFormat(glossa.exchange.CodebookFormat format) {
        String translated = switch (format.id()) {
            case "qdc" -> Messages.Format_qdcCodebook;
            case "glossa" -> Messages.Format_glossaCodebook;
            default -> "";
        };
        return translated.isEmpty() ? format.label() : translated;
    }

    /**
     * A section title as shown: the section detector's "Preamble" (the text before the first heading, re-detected on
     * every open) in the workbench's language; titles from the article itself as they are.
     */
    public static String sectionTitle(String title) {
        if (SectionDetector.PAGE_HEADER_TITLE.equals(title)) {
            return Messages.Section_pageHeader;
        }
        if (SectionDetector.PAGE_FOOTER_TITLE.equals(title)) {
            return Messages.Section_pageFooter;
        }
        return SectionDetector.PREAMBLE_TITLE.equals(title) ? Messages.Section_preamble : title;
    }

    /** "a, b or c" in the workbench's language. */
    public static String enumerate(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return NLS.bind(Messages.List_or, String.join(Messages.List_separator, names.subList(0, names.size() - 1)),
                names.get(names.size() - 1));
    }

    /** What a filter hides or requires, e.g. "hidden types: claim; status: Confirmed". */
    public static String describe(AnnotationFilter filter) {
        if (filter.isEmpty()) {
            return Messages.Filter_none;
        }
        List<String> parts = new ArrayList<>();
        if (!filter.hiddenTypes().isEmpty()) {
            parts.add(NLS.bind(Messages.Filter_hiddenTypes,
                    String.join(Messages.List_separator, filter.hiddenTypes().stream().sorted().toList())));
        }
        if (!filter.statuses().isEmpty()) {
            parts.add(NLS.bind(Messages.Filter_statuses, String.join(Messages.List_separator,
                    filter.statuses().stream().sorted().map(Labels::status).toList())));
        }
        if (!filter.authors().isEmpty()) {
            parts.add(NLS.bind(Messages.Filter_authorsPart,
                    String.join(Messages.List_separator, filter.authors().stream().sorted().toList())));
        }
        if (!filter.text().isEmpty()) {
            parts.add(NLS.bind(Messages.Filter_text, filter.text()));
        }
        return String.join(Messages.Clause_separator, parts);
    }
}
