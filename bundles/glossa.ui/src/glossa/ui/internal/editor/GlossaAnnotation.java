package glossa.ui.internal.editor;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;

/**
 * The JFace face of one EMF annotation. Its {@link Position} is the live offset range while the text is edited. The
 * JFace type encodes how it is painted: {@code glossa.annotation.<typeId>} for the bottom layer,
 * {@code ….layered} when it overlaps an annotation that starts earlier (painted as a frame, not a background), and
 * {@link TypeAppearance#HIDDEN} when the filter hides it (nothing paints that type, the overview ruler included).
 * <p>
 * The JFace type is fixed for the life of the object. The {@code AnnotationPainter} keeps a decoration per
 * annotation, in one of two lists by how the type is painted (highlighted text or a drawing strategy), and handles
 * a "changed" annotation by re-reading its type into the same decoration without moving it to the other list: an
 * annotation whose type turned from a background type into a frame type in place stayed in the highlight list with
 * a frame strategy, and {@code applyTextPresentation} failed with a {@code ClassCastException}. The painter also
 * applies model events in a runnable it posts, so it may read the type of an annotation long after the event. So when
 * the EMF type, the layer or the filter state asks for another type ({@link #isCurrent()} false), the bridge replaces
 * the object by {@link #renewed()}: the painter sees one annotation removed and another added.
 */
public final class GlossaAnnotation extends Annotation {

    private final glossa.model.Annotation model;
    private final Position position;
    private boolean layered;
    private boolean hidden;
    /** Fixed at creation (see above); cached, as painters and rulers ask for the type many times per paint. */
    private final String type;

    GlossaAnnotation(glossa.model.Annotation model, Position position, boolean layered, boolean hidden) {
        super(false);
        this.model = model;
        this.position = position;
        this.layered = layered;
        this.hidden = hidden;
        this.type = typeFor(model, layered, hidden);
    }

    private static String typeFor(glossa.model.Annotation model, boolean layered, boolean hidden) {
        if (hidden || model.getType() == null) {
            return TypeAppearance.HIDDEN;
        }
        // A suggestion is drawn as a dashed outline whatever its layer: it is not the analyst's coding yet.
        return model.getStatus() == glossa.model.AnnotationStatus.SUGGESTED
                ? TypeAppearance.suggestedType(model.getType().getId())
                : TypeAppearance.jfaceType(model.getType().getId(), layered);
    }

    /** Whether this object's JFace type is still the one its EMF type, layer and filter state ask for. */
    boolean isCurrent() {
        return type.equals(typeFor(model, layered, hidden));
    }

    /** A new face for the same EMF annotation and live span, with the type its state asks for now. */
    GlossaAnnotation renewed() {
        return new GlossaAnnotation(model, position, layered, hidden);
    }

    public glossa.model.Annotation model() {
        return model;
    }

    public Position position() {
        return position;
    }

    public boolean isLayered() {
        return layered;
    }

    public boolean isHidden() {
        return hidden;
    }

    /** Returns whether the flag changed; the type stays (see {@link #isCurrent()}). */
    boolean setLayered(boolean layered) {
        boolean changed = this.layered != layered;
        this.layered = layered;
        return changed;
    }

    /** Returns whether the flag changed; the type stays (see {@link #isCurrent()}). */
    boolean setHidden(boolean hidden) {
        boolean changed = this.hidden != hidden;
        this.hidden = hidden;
        return changed;
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getText() {
        String type = model.getType() == null ? "?" : model.getType().getName();
        return type + ": " + model.getQuote();
    }
}
