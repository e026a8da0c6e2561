package glossa.ui.internal.editor;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;

/**
 * The EMF side of {@link AnnotationModelBridge}: listens to the document and collects what its next flush must look
 * at again (the annotations added, removed or changed, and whether the types, the codebook or the filter changed the
 * appearance of all), and asks for that flush on the next UI turn. The bridge's own write-backs of typed offsets are
 * not collected ({@link #setWritingBack}).
 */
final class ModelChangeCollector {

    private final Document document;
    /** Whether a text filter is on: then a change of any of an annotation's features may show or hide it. */
    private final BooleanSupplier textFiltered;
    private final Runnable flush;
    private final Set<Annotation> pending = new LinkedHashSet<>();
    private boolean appearanceChanged;
    private boolean flushScheduled;
    private boolean writingBack;

    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!writingBack && !notification.isTouch()) {
                modelChanged(notification);
            }
        }
    };

    ModelChangeCollector(Document document, BooleanSupplier textFiltered, Runnable flush) {
        this.document = document;
        this.textFiltered = textFiltered;
        this.flush = flush;
    }

    void attach() {
        document.eAdapters().add(listener);
    }

    void detach() {
        document.eAdapters().remove(listener);
    }

    /** While on, the notifications are the bridge's own write-backs and are ignored. */
    void setWritingBack(boolean on) {
        writingBack = on;
    }

    /** The annotations to look at again; the flush empties it. */
    Collection<Annotation> pending() {
        return pending;
    }

    /** Whether any annotation may look different (types, codebook or filter changed): all are looked at again. */
    boolean appearanceChanged() {
        return appearanceChanged;
    }

    void setAppearanceChanged(boolean changed) {
        appearanceChanged = changed;
    }

    /** The flush runs now: a scheduled one need not. */
    void flushing() {
        flushScheduled = false;
    }

    private void modelChanged(Notification n) {
        Object notifier = n.getNotifier();
        if (notifier == document && n.getFeature() == Literals.DOCUMENT__ANNOTATIONS) {
            collect(n.getOldValue());
            collect(n.getNewValue());
        } else if (notifier instanceof Annotation annotation && (n.getFeature() == Literals.ANNOTATION__TYPE
                || n.getFeature() == Literals.ANNOTATION__BEGIN || n.getFeature() == Literals.ANNOTATION__END
                || n.getFeature() == Literals.ANNOTATION__STATUS)) {
            pending.add(annotation);
        } else if (notifier instanceof AnnotationType || notifier == document.getCodebook()
                || n.getFeature() == Literals.DOCUMENT__CODEBOOK) {
            appearanceChanged = true;
        } else if (notifier instanceof Annotation annotation && textFiltered.getAsBoolean()) {
            pending.add(annotation); // memo or attributes may change what the text filter lets through
        } else {
            return;
        }
        if (!flushScheduled) {
            flushScheduled = true;
            Display.getDefault().asyncExec(() -> {
                if (flushScheduled) {
                    flush.run();
                }
            });
        }
    }

    private void collect(Object value) {
        if (value instanceof Annotation a) {
            pending.add(a);
        } else if (value instanceof Collection<?> many) {
            for (Object o : many) {
                if (o instanceof Annotation a) {
                    pending.add(a);
                }
            }
        }
    }
}
