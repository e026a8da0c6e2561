package glossa.exchange.refiqda;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import glossa.exchange.export.internal.XmlOut;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.HighlightStyle;

/**
 * Writes a Glossa codebook as REFI-QDA {@code Codes}: one {@code Code} per type, children nested, the GUID derived from
 * the type id ({@link Guids}), the colour as {@code #RRGGBB}. The type's description, its attribute schema and what
 * else Glossa keeps (id, shortcut, style, retired) go into the {@code Description}, as a {@link GlossaBlock}: REFI-QDA
 * variables belong to cases and sources, not to codes, so the description is where a schema fits.
 */
final class CodeWriter {

    private static final Pattern RGB = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");

    private CodeWriter() {
    }

    static String guid(String typeId) {
        return Guids.named("type", typeId);
    }

    /** Writes {@code <Codes>} with the types and, at the top level, {@code extra} types not in the tree. */
    static void writeCodes(XmlOut x, List<AnnotationType> roots, List<AnnotationType> extra) throws IOException {
        x.start("Codes");
        for (AnnotationType type : roots) {
            writeCode(x, type);
        }
        for (AnnotationType type : extra) {
            writeCode(x, type);
        }
        x.end();
    }

    private static void writeCode(XmlOut x, AnnotationType type) throws IOException {
        x.start("Code").attr("guid", guid(type.getId())).attr("name", name(type)).attr("isCodable", "true")
                .attr("color", color(type.getColor()));
        x.element("Description", description(type));
        for (AnnotationType child : type.getChildren()) {
            writeCode(x, child);
        }
        x.end();
    }

    private static String name(AnnotationType type) {
        return type.getName() == null || type.getName().isBlank() ? type.getId() : type.getName();
    }

    /** The colour when the schema's RGBType allows it, else null (left out). */
    static String color(String color) {
        return color != null && RGB.matcher(color.strip()).matches() ? color.strip().toUpperCase(Locale.ROOT) : null;
    }

    static String description(AnnotationType type) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        entries.add(Map.entry("id", type.getId()));
        if (type.getShortcut() != null && !type.getShortcut().isEmpty()) {
            entries.add(Map.entry("shortcut", type.getShortcut()));
        }
        if (type.getStyle() != null && type.getStyle() != HighlightStyle.BACKGROUND) {
            entries.add(Map.entry("style", type.getStyle().getLiteral()));
        }
        if (type.isRetired()) {
            entries.add(Map.entry("retired", "true"));
        }
        if (type.isBuiltIn()) {
            entries.add(Map.entry("builtIn", "true"));
        }
        for (AttributeDefinition attribute : type.getAttributes()) {
            entries.add(Map.entry("attribute", GlossaBlock.join(List.of(attribute.getName(),
                    attribute.getKind() == null ? "text" : attribute.getKind().getLiteral(),
                    GlossaBlock.join(attribute.getChoices(), ','),
                    attribute.getDescription() == null ? "" : attribute.getDescription()), '|')));
        }
        return GlossaBlock.compose(type.getDescription(), entries);
    }
}
