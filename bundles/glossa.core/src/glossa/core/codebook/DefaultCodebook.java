package glossa.core.codebook;

import java.util.List;

import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeKind;
import glossa.model.Codebook;
import glossa.model.GlossaFactory;
import glossa.model.HighlightStyle;

/** The built-in codebook: claim, policy measure and counter-strategy, with their attribute schemas. */
public final class DefaultCodebook {

    public static final String CLAIM = "claim";
    public static final String POLICY_MEASURE = "policy-measure";
    public static final String COUNTER_STRATEGY = "counter-strategy";

    private DefaultCodebook() {
    }

    public static Codebook create() {
        GlossaFactory f = GlossaFactory.eINSTANCE;
        Codebook codebook = f.createCodebook();
        codebook.setName("Policy analysis");

        AnnotationType claim = type(CLAIM, "Claim", "#F5C542", "M1+1", HighlightStyle.BACKGROUND,
                "An assertion of fact or judgement made by an actor.");
        claim.getAttributes().add(text("actor", "Who makes the claim."));
        claim.getAttributes().add(choice("stance", "The actor's stance.", "supportive", "critical", "neutral"));
        claim.getAttributes().add(number("confidence", "How sure the analyst is, from 0 to 1."));

        AnnotationType measure = type(POLICY_MEASURE, "Policy measure", "#5DA5DA", "M1+2", HighlightStyle.BACKGROUND,
                "A measure an actor takes or proposes.");
        measure.getAttributes().add(text("actor", "Who takes or proposes the measure."));
        measure.getAttributes().add(choice("instrument", "The kind of instrument.", "export control", "visa rule",
                "standard", "alliance", "funding", "other"));
        measure.getAttributes().add(text("target", "Whom the measure aims at."));

        AnnotationType counter = type(COUNTER_STRATEGY, "Counter-strategy", "#60BD68", "M1+3", HighlightStyle.BACKGROUND,
                "A response to a measure.");
        counter.getAttributes().add(text("actor", "Who responds."));
        counter.getAttributes().add(choice("domain", "Where the response acts.", "technology", "policy", "ecosystem",
                "talent", "market"));
        counter.getAttributes().add(text("responds-to", "The measure it answers."));

        codebook.getTypes().addAll(List.of(claim, measure, counter));
        return codebook;
    }

    private static AnnotationType type(String id, String name, String color, String shortcut, HighlightStyle style,
            String description) {
        AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
        type.setId(id);
        type.setName(name);
        type.setColor(color);
        type.setShortcut(shortcut);
        type.setStyle(style);
        type.setDescription(description);
        type.setBuiltIn(true);
        return type;
    }

    private static AttributeDefinition text(String name, String description) {
        return attribute(name, AttributeKind.TEXT, description);
    }

    private static AttributeDefinition number(String name, String description) {
        return attribute(name, AttributeKind.NUMBER, description);
    }

    private static AttributeDefinition choice(String name, String description, String... values) {
        AttributeDefinition attribute = attribute(name, AttributeKind.CHOICE, description);
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
