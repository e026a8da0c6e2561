package glossa.ui.internal.editor;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.graphics.Color;

import glossa.core.codebook.Codebooks;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.HighlightStyle;

/**
 * Paints Glossa annotations: one {@link AnnotationPainter} for every type of the document's codebook (built-in and
 * analyst-defined), plus the overview ruler. Background for the bottom layer of background-styled types, a frame for
 * upper layers, underline/box/squiggle for the other styles. Hidden (filtered) annotations have a type nobody paints.
 */
public final class GlossaHighlighter {

    private final ISourceViewer viewer;
    private final IOverviewRuler overviewRuler;
    private final AnnotationPainter painter;
    private final Set<String> registered = new HashSet<>();
    private Document document;

    private final IPropertyChangeListener preferenceListener = this::preferenceChanged;

    public GlossaHighlighter(ISourceViewer viewer, IAnnotationAccess access, IOverviewRuler overviewRuler) {
        this.viewer = viewer;
        this.overviewRuler = overviewRuler;
        this.painter = new AnnotationPainter(viewer, access);
        painter.addDrawingStrategy(DrawingStrategies.FRAME, new DrawingStrategies.Frame());
        painter.addDrawingStrategy(DrawingStrategies.UNDERLINE, new DrawingStrategies.ThickUnderline());
        painter.addDrawingStrategy(DrawingStrategies.SQUIGGLE, new DrawingStrategies.Squiggle());
        painter.addDrawingStrategy(DrawingStrategies.DASHED, new DrawingStrategies.DashedOutline());
        ((ITextViewerExtension2) viewer).addPainter(painter);
        ((ITextViewerExtension4) viewer).addTextPresentationListener(painter);
        TypeAppearance.store().addPropertyChangeListener(preferenceListener);
    }

    /** (Re)registers the types of the document's codebook with their current colour and style. */
    public void configure(Document document) {
        this.document = document;
        for (String type : registered) {
            painter.removeAnnotationType(type);
            painter.removeHighlightAnnotationType(type);
            if (overviewRuler != null) {
                overviewRuler.removeAnnotationType(type);
                overviewRuler.removeHeaderAnnotationType(type);
            }
        }
        registered.clear();
        for (AnnotationType type : Codebooks.allTypes(document.getCodebook())) {
            Color color = new Color(TypeAppearance.rgb(type));
            String base = TypeAppearance.jfaceType(type.getId(), false);
            String layered = TypeAppearance.jfaceType(type.getId(), true);
            HighlightStyle style = TypeAppearance.style(type);
            switch (style) {
                case BACKGROUND -> painter.addHighlightAnnotationType(base);
                case UNDERLINE -> painter.addAnnotationType(base, DrawingStrategies.UNDERLINE);
                case SQUIGGLE -> painter.addAnnotationType(base, DrawingStrategies.SQUIGGLE);
                default -> painter.addAnnotationType(base, DrawingStrategies.FRAME);
            }
            String suggested = TypeAppearance.suggestedType(type.getId());
            painter.addAnnotationType(suggested, DrawingStrategies.DASHED);
            painter.addAnnotationType(layered, style == HighlightStyle.BACKGROUND || style == HighlightStyle.BOX
                    ? DrawingStrategies.FRAME : DrawingStrategies.UNDERLINE);
            if (overviewRuler != null) {
                // The ruler shows one mark per type and stretch of text (OverviewMark), not the annotations.
                String overview = TypeAppearance.overviewType(type.getId());
                registered.add(overview);
                overviewRuler.addAnnotationType(overview);
                overviewRuler.addHeaderAnnotationType(overview);
                overviewRuler.setAnnotationTypeLayer(overview, 5);
                overviewRuler.setAnnotationTypeColor(overview, color);
            }
            for (String jface : new String[] { base, layered, suggested }) {
                painter.setAnnotationTypeColor(jface, color);
                registered.add(jface);
            }
        }
        painter.paint(org.eclipse.jface.text.IPainter.CONFIGURATION);
        if (overviewRuler != null) {
            overviewRuler.update();
        }
    }

    /** Brings the painting up to date with the annotation model now, not in the runnable the painter posts. */
    public void catchUp() {
        painter.paint(org.eclipse.jface.text.IPainter.CONFIGURATION);
    }

    private void preferenceChanged(PropertyChangeEvent event) {
        if (document != null && TypeAppearance.isPreferenceKey(event.getProperty())) {
            viewer.getTextWidget().getDisplay().asyncExec(() -> {
                if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
                    configure(document);
                    viewer.invalidateTextPresentation();
                }
            });
        }
    }

    public void dispose() {
        TypeAppearance.store().removePropertyChangeListener(preferenceListener);
        if (viewer instanceof ITextViewerExtension2 e2 && viewer.getTextWidget() != null) {
            e2.removePainter(painter);
        }
        if (viewer instanceof ITextViewerExtension4 e4) {
            e4.removeTextPresentationListener(painter);
        }
        painter.deactivate(true);
        painter.dispose();
    }
}
