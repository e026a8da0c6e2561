package glossa.ui;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.NotificationImpl;

import glossa.model.Document;

/**
 * The one notification a text edit sends for everything it moved without changing it otherwise: the annotations
 * wholly after the edit and the sections, whose begin/end were shifted by the edit's length difference without a
 * notification each. Their order and which section holds which annotation are unchanged; an annotation the edit
 * touched (its length changed, or it was orphaned) is notified as usual. The notifier is the document.
 */
public final class OffsetsMoved extends NotificationImpl {

    /** A custom event type, outside EMF's own range. */
    public static final int EVENT_TYPE = Notification.EVENT_TYPE_COUNT + 21;

    private final Document document;
    private final int offset;
    private final int removed;
    private final int inserted;

    public OffsetsMoved(Document document, int offset, int removed, int inserted) {
        super(EVENT_TYPE, null, null);
        this.document = document;
        this.offset = offset;
        this.removed = removed;
        this.inserted = inserted;
    }

    @Override
    public Object getNotifier() {
        return document;
    }

    /** Where the text changed. */
    public int offset() {
        return offset;
    }

    /** How many characters the edit replaced. */
    public int removed() {
        return removed;
    }

    /** How many characters it put in their place. */
    public int inserted() {
        return inserted;
    }
}
