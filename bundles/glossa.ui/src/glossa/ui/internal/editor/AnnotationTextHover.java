package glossa.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.osgi.util.NLS;

import glossa.model.Annotation;
import glossa.model.AttributeValue;
import glossa.model.Document;
import glossa.model.Relation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;

/** Hover over annotated text: type, attributes, memo and relations of every visible annotation there. */
final class AnnotationTextHover implements ITextHover {

    private final GlossaEditor editor;

    AnnotationTextHover(GlossaEditor editor) {
        this.editor = editor;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return new Region(offset, 0);
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        GlossaEditorContext context = editor.getAdapter(GlossaEditorContext.class);
        if (context == null) {
            return null;
        }
        List<Annotation> here = context.annotationsAt(region.getOffset());
        if (here.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Annotation a : here) {
            describe(a, context.article().document(), sb);
        }
        return sb.toString().strip();
    }

    static void describe(Annotation a, Document document, StringBuilder sb) {
        sb.append(a.getType() == null ? "?" : a.getType().getName()).append(": “").append(a.getQuote()).append("”\n");
        for (AttributeValue attribute : a.getAttributes()) {
            sb.append("  ").append(attribute.getName()).append(": ").append(attribute.getValue()).append('\n');
        }
        if (a.getMemo() != null && !a.getMemo().isBlank()) {
            sb.append(NLS.bind(Messages.Hover_memo, a.getMemo())).append('\n');
        }
        for (Relation r : document.getRelations()) {
            if (r.getSource() == a && r.getTarget() != null) {
                sb.append(NLS.bind(Messages.Hover_relationOut, Labels.relationKind(r.getKind()), label(r.getTarget())))
                        .append('\n');
            } else if (r.getTarget() == a && r.getSource() != null) {
                sb.append(NLS.bind(Messages.Hover_relationIn, label(r.getSource()), Labels.relationKind(r.getKind())))
                        .append('\n');
            }
        }
        sb.append('\n');
    }

    static String label(Annotation a) {
        String quote = a.getQuote() == null ? "" : a.getQuote();
        if (quote.length() > 24) {
            quote = quote.substring(0, 24) + "…";
        }
        return (a.getType() == null ? "?" : a.getType().getName()) + " “" + quote + "”";
    }
}
