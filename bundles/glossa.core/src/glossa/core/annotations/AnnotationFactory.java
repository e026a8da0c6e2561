package glossa.core.annotations;

import java.util.Date;
import java.util.UUID;

import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.AttributeValue;
import glossa.model.GlossaFactory;
import glossa.model.util.AnchorTexts;

/** Creates annotations with their quote and context, ready to be added to a document (through a command). */
public final class AnnotationFactory {

    /** Characters of context kept on each side of a quote (the W3C TextQuoteSelector idea). */
    public static final int CONTEXT_LENGTH = AnchorTexts.CONTEXT_LENGTH;

    private AnnotationFactory() {
    }

    /**
     * A new annotation of {@code type} over {@code begin..end} of {@code text}, normalised by {@link Spans#normalize}.
     *
     * @throws IllegalArgumentException when the span is outside the text or holds only whitespace
     */
    public static Annotation create(String text, AnnotationType type, int begin, int end, String author) {
        int[] span = Spans.normalize(text, begin, end);
        if (span[0] == span[1]) {
            throw new IllegalArgumentException("the span " + begin + ".." + end + " holds no text to annotate");
        }
        Annotation annotation = GlossaFactory.eINSTANCE.createAnnotation();
        annotation.setId(newId());
        annotation.setType(type);
        annotation.setStatus(AnnotationStatus.CONFIRMED);
        annotation.setAuthor(author);
        Date now = new Date();
        annotation.setCreated(now);
        annotation.setModified(now);
        setSpan(annotation, text, span[0], span[1]);
        return annotation;
    }

    /** Sets offsets, quote, prefix and suffix from the text. */
    public static void setSpan(Annotation annotation, String text, int begin, int end) {
        annotation.setBegin(begin);
        annotation.setEnd(end);
        annotation.setQuote(text.substring(begin, end));
        annotation.setPrefix(prefixOf(text, begin));
        annotation.setSuffix(suffixOf(text, end));
    }

    /**
     * The up to {@value #CONTEXT_LENGTH} characters before {@code begin}, never half a surrogate pair. The model's
     * rule ({@link AnchorTexts#prefixOf}), so that a quote's context is cut alike wherever it is made or derived.
     */
    public static String prefixOf(String text, int begin) {
        return AnchorTexts.prefixOf(text, begin);
    }

    /** The up to {@value #CONTEXT_LENGTH} characters after {@code end}, never half a surrogate pair. */
    public static String suffixOf(String text, int end) {
        return AnchorTexts.suffixOf(text, end);
    }

    public static AttributeValue attribute(String name, String value) {
        AttributeValue attribute = GlossaFactory.eINSTANCE.createAttributeValue();
        attribute.setName(name);
        attribute.setValue(value);
        return attribute;
    }

    /** The value of a named attribute, or null. */
    public static String attributeValue(Annotation annotation, String name) {
        for (AttributeValue attribute : annotation.getAttributes()) {
            if (name.equals(attribute.getName())) {
                return attribute.getValue();
            }
        }
        return null;
    }

    public static String newId() {
        return "a-" + UUID.randomUUID();
    }
}
