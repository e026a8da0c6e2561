package glossa.ui.internal.sources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.DropTargetListener;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.ui.IWorkbenchWindow;

import glossa.convert.ConverterRegistry;

/**
 * Files dropped on the editor area: web pages, PDFs and Word files are converted into articles (then opened); any
 * other file goes on to the usual drop listener, which opens it in its editor.
 */
public final class SourceDropAdapter implements DropTargetListener {

    private final DropTargetListener others;
    private final IWorkbenchWindow window;

    public SourceDropAdapter(DropTargetListener others, IWorkbenchWindow window) {
        this.others = others;
        this.window = window;
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        others.dragEnter(event);
        if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_NONE) {
            event.detail = DND.DROP_COPY;
        }
    }

    @Override
    public void dragLeave(DropTargetEvent event) {
        others.dragLeave(event);
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        others.dragOperationChanged(event);
    }

    @Override
    public void dragOver(DropTargetEvent event) {
        others.dragOver(event);
    }

    @Override
    public void dropAccept(DropTargetEvent event) {
        others.dropAccept(event);
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (!FileTransfer.getInstance().isSupportedType(event.currentDataType) || !(event.data instanceof String[] files)) {
            others.drop(event);
            return;
        }
        List<Path> sources = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String file : files) {
            if (isSource(file)) {
                sources.add(Path.of(file));
            } else {
                rest.add(file);
            }
        }
        if (!sources.isEmpty()) {
            new SourceImportJob(sources, window).schedule();
        }
        if (!rest.isEmpty()) {
            event.data = rest.toArray(String[]::new);
            others.drop(event);
        }
    }

    /** Whether a dropped file is converted rather than opened. */
    public static boolean isSource(String file) {
        return ConverterRegistry.instance().forFile(Path.of(file).getFileName().toString()).isPresent();
    }
}
