package glossa.core.codebook;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeKind;
import glossa.model.Codebook;
import glossa.model.GlossaFactory;
import glossa.model.HighlightStyle;

/**
 * The built-in codebook: claim, policy measure and counter-strategy, with their attribute schemas. Names and
 * descriptions come in the language of the locale a new document is made in (defaultcodebook.properties, and
 * defaultcodebook_zh.properties for Chinese); the ids, attribute names and choice values never change with it, so
 * documents, exports and scripts stay interchangeable. A document keeps the names it was made with.
 */
public final class DefaultCodebook {

    public static final String CLAIM = "claim";
    public static final String POLICY_MEASURE = "policy-measure";
    public static final String COUNTER_STRATEGY = "counter-strategy";

    private DefaultCodebook() {
    }

    /** The codebook for a new document, named in the language of the default locale (the workbench's, or the JVM's). */
    public static Codebook create() {
        return create(Locale.getDefault());
    }

    /** The codebook with names and descriptions in {@code locale}'s language, English when there is no translation. */
    public static Codebook create(Locale locale) {
        // No fallback to the default locale: create(Locale.ENGLISH) is English also on a Chinese machine.
        ResourceBundle text = ResourceBundle.getBundle(DefaultCodebook.class.getPackageName() + ".defaultcodebook",
                locale, DefaultCodebook.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        GlossaFactory f = GlossaFactory.eINSTANCE;
        Codebook codebook = f.createCodebook();
        codebook.setName(text.getString("codebook.name"));

        AnnotationType claim = type(text, CLAIM, "#F5C542", "M1+1", HighlightStyle.BACKGROUND);
        claim.getAttributes().add(text(text, CLAIM, "actor"));
        claim.getAttributes().add(choice(text, CLAIM, "stance", "supportive", "critical", "neutral"));
        claim.getAttributes().add(number(text, CLAIM, "confidence"));

        AnnotationType measure = type(text, POLICY_MEASURE, "#5DA5DA", "M1+2", HighlightStyle.BACKGROUND);
        measure.getAttributes().add(text(text, POLICY_MEASURE, "actor"));
        measure.getAttributes().add(choice(text, POLICY_MEASURE, "instrument", "export control", "visa rule",
                "standard", "alliance", "funding", "other"));
        measure.getAttributes().add(text(text, POLICY_MEASURE, "target"));

        AnnotationType counter = type(text, COUNTER_STRATEGY, "#60BD68", "M1+3", HighlightStyle.BACKGROUND);
        counter.getAttributes().add(text(text, COUNTER_STRATEGY, "actor"));
        counter.getAttributes().add(choice(text, COUNTER_STRATEGY, "domain", "technology", "policy", "ecosystem",
                "talent", "market"));
        counter.getAttributes().add(text(text, COUNTER_STRATEGY, "responds-to"));

        codebook.getTypes().addAll(List.of(claim, measure, counter));
        return codebook;
    }

    private static AnnotationType type(ResourceBundle text, String id, String color, String shortcut,
            HighlightStyle style) {
        AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
        type.setId(id);
        type.setName(text.getString(id + ".name"));
        type.setColor(color);
        type.setShortcut(shortcut);
        type.setStyle(style);
        type.setDescription(text.getString(id + ".description"));
        type.setBuiltIn(true);
        return type;
    }

    private static AttributeDefinition text(ResourceBundle text, String typeId, String name) {
        return attribute(name, AttributeKind.TEXT, text.getString(typeId + "." + name));
    }

    private static AttributeDefinition number(ResourceBundle text, String typeId, String name) {
        return attribute(name, AttributeKind.NUMBER, text.getString(typeId + "." + name));
    }

    private static AttributeDefinition choice(ResourceBundle text, String typeId, String name, String... values) {
        AttributeDefinition attribute = attribute(name, AttributeKind.CHOICE, text.getString(typeId + "." + name));
        attribute.getChoices().addAll(List.of(values));
        return attribute;
    }

    private static AttributeDefinition attribute(String name, AttributeKind kind, String description) {
        AttributeDefinition attribute = GlossaFactory.eINSTANCE.createAttributeDefinition();
        attribute.setName(name);
        attribute.setKind(kind);
        attribute.setDescription(description);
        return attribute;
    }
}
