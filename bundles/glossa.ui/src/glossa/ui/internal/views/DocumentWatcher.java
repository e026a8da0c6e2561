package glossa.ui.internal.views;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.GlossaPackage;
import glossa.ui.OffsetsMoved;

/**
 * Watches one document for the views: a single {@link EContentAdapter} per document, shared by all views that
 * subscribe, which gathers notifications into {@link DocumentChanges} and hands them to the subscribers on the UI
 * thread after a short quiet period (a burst of commands, an undo of 1,000 deletions, typing in the editor — one
 * update). Subscribe and unsubscribe on the UI thread; the model is changed there too (commands run on it).
 */
public final class DocumentWatcher extends EContentAdapter {

    /** Quiet period before subscribers hear of changes. */
    static final int DELAY_MS = 120;

    private final Document document;
    private final Display display;
    private final List<Consumer<DocumentChanges>> subscribers = new CopyOnWriteArrayList<>();
    private DocumentChanges pending;
    private long delivered;

    private DocumentWatcher(Document document, Display display) {
        this.document = document;
        this.display = display;
    }

    /**
     * Subscribes to the document's changes; returns the handle that ends the subscription. The adapter is attached
     * with the first subscriber and detached with the last.
     */
    public static Runnable subscribe(Document document, Consumer<DocumentChanges> subscriber) {
        DocumentWatcher watcher = null;
        for (Object adapter : document.eAdapters()) {
            if (adapter instanceof DocumentWatcher w) {
                watcher = w;
            }
        }
        if (watcher == null) {
            watcher = new DocumentWatcher(document, Display.getCurrent());
            document.eAdapters().add(watcher);
        }
        DocumentWatcher w = watcher;
        w.subscribers.add(subscriber);
        return () -> {
            w.subscribers.remove(subscriber);
            if (w.subscribers.isEmpty()) {
                w.document.eAdapters().remove(w);
            }
        };
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == DocumentWatcher.class;
    }

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n); // keeps the adapter on added and removed content
        if (n.isTouch()) {
            return;
        }
        Object notifier = n.getNotifier();
        Object feature = n.getFeature();
        if (n instanceof OffsetsMoved) {
            pending().moved = true;
            return;
        }
        DocumentChanges changes = pending();
        if (notifier == document) {
            if (feature == GlossaPackage.Literals.DOCUMENT__ANNOTATIONS) {
                forEach(n.getOldValue(), changes::annotationRemoved, n.getEventType(), true);
                forEach(n.getNewValue(), changes::annotationAdded, n.getEventType(), false);
            } else if (feature == GlossaPackage.Literals.DOCUMENT__RELATIONS) {
                changes.relations = true;
            } else if (feature == GlossaPackage.Literals.DOCUMENT__SECTIONS
                    || feature == GlossaPackage.Literals.DOCUMENT__CODEBOOK
                    || feature == GlossaPackage.Literals.DOCUMENT__TITLE) {
                changes.structure = true;
            }
            // filters and activeFilter: the filter listeners of the editor context cover them.
            return;
        }
        Annotation annotation = owningAnnotation(notifier);
        if (annotation != null) {
            changes.annotationChanged(annotation);
        } else if (notifier instanceof glossa.model.Relation) {
            changes.relations = true;
        } else if (!(notifier instanceof glossa.model.AnnotationFilterSpec)) {
            changes.structure = true; // a section, type or attribute definition
        }
    }

    private static void forEach(Object value, Consumer<Annotation> action, int eventType, boolean old) {
        boolean relevant = old ? eventType == Notification.REMOVE || eventType == Notification.REMOVE_MANY
                || eventType == Notification.SET || eventType == Notification.UNSET
                : eventType == Notification.ADD || eventType == Notification.ADD_MANY || eventType == Notification.SET;
        if (!relevant) {
            return;
        }
        if (value instanceof Annotation a) {
            action.accept(a);
        } else if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Annotation a) {
                    action.accept(a);
                }
            }
        }
    }

    private static Annotation owningAnnotation(Object notifier) {
        for (Object o = notifier; o instanceof EObject e; o = e.eContainer()) {
            if (e instanceof Annotation a) {
                return a;
            }
        }
        return null;
    }

    private DocumentChanges pending() {
        if (pending == null) {
            pending = new DocumentChanges();
            Runnable flush = this::flush;
            if (Display.getCurrent() == display) {
                display.timerExec(DELAY_MS, flush);
            } else if (!display.isDisposed()) {
                display.asyncExec(() -> display.timerExec(DELAY_MS, flush));
            }
        }
        return pending;
    }

    private void flush() {
        DocumentChanges changes = pending;
        pending = null;
        if (changes == null || changes.isEmpty()) {
            return; // also when text edits only moved offsets: nothing a view shows changed
        }
        changes.sequence = ++delivered;
        for (Consumer<DocumentChanges> subscriber : subscribers) {
            subscriber.accept(changes);
        }
    }
}
