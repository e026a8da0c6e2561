package glossa.ui.internal.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.osgi.util.NLS;

import glossa.ui.internal.nls.Messages;

/**
 * The overview ruler's mark for the annotations of one type in one stretch of text far from the visible text (whose
 * annotations are not in the JFace model, see {@link AnnotationModelBridge}). It sits at the first of them, so a
 * click on it goes there. Only the overview ruler knows its type ({@link TypeAppearance#overviewType}); nothing
 * paints it in the text.
 */
public final class OverviewMark extends Annotation {

    /** A type and a stretch of text. */
    record Key(String typeId, int stretch) {
    }

    /** Collects the annotations of one key: the first in the text and how many. */
    static final class Stretch {
        private GlossaAnnotation first;
        private int count;

        void add(GlossaAnnotation g) {
            if (first == null || g.position().getOffset() < first.position().getOffset()) {
                first = g;
            }
            count++;
        }

        GlossaAnnotation first() {
            return first;
        }

        int count() {
            return count;
        }
    }

    private final Key key;

    OverviewMark(Key key, String typeName, int count) {
        super(TypeAppearance.overviewType(key.typeId()), false,
                count == 1 ? typeName : NLS.bind(Messages.OverviewMark_many, typeName, count));
        this.key = key;
    }

    /** The type id of the annotations it stands for. */
    public String typeId() {
        return key.typeId();
    }
}
