package glossa.exchange.refiqda;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeKind;
import glossa.model.GlossaFactory;
import glossa.model.HighlightStyle;

/**
 * Turns REFI-QDA codes into Glossa annotation types: the name, the colour ({@code #abc} widened to {@code #AABBCC}),
 * the nesting, and from the description's {@link GlossaBlock} the id, shortcut, style and attribute schema. A code
 * written by another tool gets an id from its name ({@code Perceived risk} → {@code perceived-risk}; a name without
 * ASCII only, or without letters or digits → {@code code-} and the start of its GUID). A code that is not codable (a folder) becomes
 * a retired type, so its children keep their place and it is offered for no new annotations.
 */
public final class CodebookBuilder {

    private final Set<String> usedIds;
    private final Map<String, AnnotationType> byGuid = new HashMap<>();

    /** @param takenIds ids already in use (the codebook the types join) */
    public CodebookBuilder(Collection<String> takenIds) {
        this.usedIds = new HashSet<>(takenIds);
    }

    /** The types of {@code codes} and their children, as a tree. */
    public List<AnnotationType> build(List<QdeProject.Code> codes) {
        List<AnnotationType> roots = new ArrayList<>();
        for (QdeProject.Code code : codes) {
            AnnotationType type = type(code);
            for (AnnotationType child : build(code.children)) {
                type.getChildren().add(child);
            }
            roots.add(type);
        }
        return roots;
    }

    /** The type made for a code GUID (any case), or null. */
    public AnnotationType byGuid(String guid) {
        return byGuid.get(Guids.canonical(guid));
    }

    /** One type for one code, without its children; registers it under the code's GUID. */
    public AnnotationType type(QdeProject.Code code) {
        GlossaBlock.Parsed block = GlossaBlock.parse(code.description);
        AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
        type.setId(uniqueId(block.first("id") != null ? block.first("id") : slug(code.name, code.guid)));
        type.setName(code.name);
        type.setColor(color(code.color));
        type.setDescription(block.freeText());
        type.setShortcut(block.first("shortcut"));
        HighlightStyle style = block.first("style") == null ? null : HighlightStyle.get(block.first("style"));
        type.setStyle(style == null ? HighlightStyle.BACKGROUND : style);
        type.setRetired("true".equals(block.first("retired")) || !code.codable);
        type.setBuiltIn("true".equals(block.first("builtIn")));
        for (String attribute : block.all("attribute")) {
            type.getAttributes().add(attribute(attribute));
        }
        byGuid.put(Guids.canonical(code.guid), type);
        return type;
    }

    /** The id a code would get from its description or name, before it is made unique. */
    public static String proposedId(QdeProject.Code code) {
        String id = GlossaBlock.parse(code.description).first("id");
        return id != null ? id : slug(code.name, code.guid);
    }

    private static AttributeDefinition attribute(String value) {
        List<String> parts = GlossaBlock.split(value, '|');
        AttributeDefinition attribute = GlossaFactory.eINSTANCE.createAttributeDefinition();
        attribute.setName(parts.get(0));
        AttributeKind kind = parts.size() > 1 ? AttributeKind.get(parts.get(1)) : null;
        attribute.setKind(kind == null ? AttributeKind.TEXT : kind);
        if (parts.size() > 2 && !parts.get(2).isEmpty()) {
            attribute.getChoices().addAll(GlossaBlock.split(parts.get(2), ','));
        }
        if (parts.size() > 3 && !parts.get(3).isEmpty()) {
            attribute.setDescription(parts.get(3));
        }
        return attribute;
    }

    private String uniqueId(String id) {
        String unique = id;
        for (int n = 2; !usedIds.add(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    static String slug(String name, String guid) {
        boolean ascii = name.chars().allMatch(c -> c < 0x80);
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() || !ascii ? "code-" + Guids.canonical(guid).substring(0, 8) : slug;
    }

    static String color(String color) {
        String c = CodeWriter.color(color);
        if (c != null && c.length() == 4) {
            return ("#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3));
        }
        return c;
    }
}
