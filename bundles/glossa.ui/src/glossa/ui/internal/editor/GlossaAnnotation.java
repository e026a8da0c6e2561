package glossa.ui.internal.editor;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;

/**
 * The JFace face of one EMF annotation. Its {@link Position} is the live offset range while the text is edited. The
 * JFace type encodes how it is painted: {@code glossa.annotation.<typeId>} for the bottom layer,
 * {@code ….layered} when it overlaps an annotation that starts earlier (painted as a frame, not a background), and
 * {@link TypeAppearance#HIDDEN} when the filter hides it (nothing paints that type, the overview ruler included).
 */
public final class GlossaAnnotation extends Annotation {

    private final glossa.model.Annotation model;
    private final Position position;
    private boolean layered;
    private boolean hidden;
    /** Cached: painters and rulers ask for the type many times per paint. */
    private String type;
    /** The type the annotation model was last told of (when added, re-added or announced as changed). */
    private String announced;

    GlossaAnnotation(glossa.model.Annotation model, Position position) {
        super(false);
        this.model = model;
        this.position = position;
        refreshType();
    }

    /** Recomputes the JFace type after the EMF type, the layer or the filter state changed. */
    void refreshType() {
        type = hidden || model.getType() == null ? TypeAppearance.HIDDEN
                : TypeAppearance.jfaceType(model.getType().getId(), layered);
    }

    /** Records that the annotation model now knows the current type. */
    void announced() {
        announced = type;
    }

    /** Whether the type changed since the annotation model was last told of it. */
    boolean typeChangedSinceAnnounced() {
        return announced != null && !announced.equals(type);
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

    /** Returns whether the flag changed. */
    boolean setLayered(boolean layered) {
        boolean changed = this.layered != layered;
        this.layered = layered;
        refreshType();
        return changed;
    }

    boolean setHidden(boolean hidden) {
        boolean changed = this.hidden != hidden;
        this.hidden = hidden;
        refreshType();
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
