package glossa.ui.internal.views;

import java.util.function.BooleanSupplier;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

import glossa.model.AnnotationType;

/** Dragging types within the Codebook view's tree: the drop (type, target, location) goes to the view. */
final class TypeDragAndDrop {

    /** What a drop does: {@code location} is a {@link ViewerDropAdapter} location relative to {@code target}. */
    interface Drop {
        boolean drop(AnnotationType type, AnnotationType target, int location);
    }

    private TypeDragAndDrop() {
    }

    static void install(TreeViewer viewer, BooleanSupplier editable, Drop drop) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
                event.doit = editable.getAsBoolean() && !viewer.getStructuredSelection().isEmpty();
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                return LocalSelectionTransfer.getTransfer().isSupportedType(type);
            }

            @Override
            public boolean performDrop(Object data) {
                IStructuredSelection dragged = (IStructuredSelection) LocalSelectionTransfer.getTransfer()
                        .getSelection();
                if (dragged == null || !(dragged.getFirstElement() instanceof AnnotationType type)) {
                    return false;
                }
                return drop.drop(type, (AnnotationType) getCurrentTarget(), getCurrentLocation());
            }
        });
    }
}
