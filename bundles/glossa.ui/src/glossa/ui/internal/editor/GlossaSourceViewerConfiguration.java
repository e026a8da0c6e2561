package glossa.ui.internal.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Plain text configuration plus the annotation hover. */
final class GlossaSourceViewerConfiguration extends TextSourceViewerConfiguration {

    private final GlossaEditor editor;

    GlossaSourceViewerConfiguration(IPreferenceStore store, GlossaEditor editor) {
        super(store);
        this.editor = editor;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new AnnotationTextHover(editor);
    }
}
