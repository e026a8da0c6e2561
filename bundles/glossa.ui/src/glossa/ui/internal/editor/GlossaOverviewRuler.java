package glossa.ui.internal.editor;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.OverviewRuler;

/**
 * The overview ruler of the Glossa editor: it shows Glossa's annotation types only. The platform's ruler walks the
 * annotation model once per configured type on every paint, and the editors' preferences configure every marker type
 * of the installation (tasks, bookmarks, search results, spelling, linked mode …), none of which an article carries:
 * at 50,000 annotations those walks were most of the ruler's paint after each change.
 */
final class GlossaOverviewRuler extends OverviewRuler {

    /** As the platform's decorated editors make theirs. */
    static final int WIDTH = 12;

    GlossaOverviewRuler(IAnnotationAccess access, ISharedTextColors colors) {
        super(access, WIDTH, colors);
    }

    static boolean isGlossaType(Object annotationType) {
        return annotationType instanceof String s && s.startsWith("glossa.");
    }

    private final Set<Object> shown = new HashSet<>();

    @Override
    public void addAnnotationType(Object annotationType) {
        if (isGlossaType(annotationType)) {
            shown.add(annotationType);
            super.addAnnotationType(annotationType);
        }
    }

    @Override
    public void removeAnnotationType(Object annotationType) {
        shown.remove(annotationType);
        super.removeAnnotationType(annotationType);
    }

    /** Whether annotations of this type are drawn in the ruler. */
    boolean shows(Object annotationType) {
        return shown.contains(annotationType);
    }

    @Override
    public void addHeaderAnnotationType(Object annotationType) {
        if (isGlossaType(annotationType)) {
            super.addHeaderAnnotationType(annotationType);
        }
    }
}
