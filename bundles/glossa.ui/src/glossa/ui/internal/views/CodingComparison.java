package glossa.ui.internal.views;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import glossa.core.agreement.CodedSpan;
import glossa.core.agreement.Disagreement;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.ui.internal.appearance.TypeColors;
import glossa.ui.internal.agreement.Messages;

/**
 * Both (or all) codings of one disagreement side by side: a column per coder with the passage (and a little context
 * in grey), the coder's annotations there highlighted in their types' colours, and a line naming them. The editor
 * shows one text with everybody's highlights on top of each other; this is where they can be told apart.
 */
final class CodingComparison {

    private static final int CONTEXT = 40;

    private final Composite composite;
    private final List<StyledText> texts = new ArrayList<>();

    CodingComparison(Composite parent) {
        composite = new Composite(parent, SWT.NONE);
        show(null, "", Map.of());
    }

    Control control() {
        return composite;
    }

    /** For tests: the passage shown for each coder, in coder order. */
    List<StyledText> texts() {
        return texts;
    }

    /**
     * Shows {@code disagreement} of {@code text} (null: a hint); {@code typeNames} by id. Reads the annotations' types
     * for their colours, so call it on the UI thread.
     */
    void show(Disagreement disagreement, String text, Map<String, String> typeNames) {
        for (Control child : composite.getChildren()) {
            child.dispose();
        }
        texts.clear();
        if (disagreement == null) {
            GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(composite);
            Label hint = new Label(composite, SWT.WRAP);
            hint.setText(Messages.Compare_hint);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);
            composite.layout(true, true);
            return;
        }
        Map<String, List<CodedSpan>> byCoder = disagreement.byCoder();
        GridLayoutFactory.fillDefaults().numColumns(byCoder.size()).equalWidth(true).margins(4, 4).spacing(8, 2)
                .applyTo(composite);
        int from = Math.max(0, disagreement.begin() - CONTEXT);
        int to = Math.min(text.length(), disagreement.end() + CONTEXT);
        Color grey = composite.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        byCoder.forEach((coder, spans) -> {
            Label name = new Label(composite, SWT.NONE);
            name.setText(coder);
            name.setFont(JFaceResources.getBannerFont());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        });
        byCoder.forEach((coder, spans) -> {
            Label what = new Label(composite, SWT.WRAP);
            what.setText(describe(spans, typeNames));
            GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(what);
        });
        byCoder.forEach((coder, spans) -> {
            StyledText passage = new StyledText(composite, SWT.READ_ONLY | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
            passage.setText(text.substring(from, to));
            passage.setFont(JFaceResources.getTextFont());
            List<StyleRange> ranges = new ArrayList<>();
            ranges.add(new StyleRange(0, disagreement.begin() - from, grey, null));
            ranges.add(new StyleRange(disagreement.end() - from, to - disagreement.end(), grey, null));
            for (CodedSpan span : spans) {
                StyleRange range = new StyleRange(span.begin() - from, span.length(), null, colour(span));
                range.strikeout = span.status() == AnnotationStatus.REJECTED;
                ranges.add(range);
            }
            ranges.removeIf(r -> r.length <= 0);
            ranges.sort((a, b) -> Integer.compare(a.start, b.start));
            // StyledText wants ranges that do not overlap: apply them one by one, later ones over earlier ones.
            for (StyleRange range : ranges) {
                passage.replaceStyleRanges(range.start, range.length, new StyleRange[] { range });
            }
            GridDataFactory.fillDefaults().grab(true, true).hint(100, 60).applyTo(passage);
            texts.add(passage);
        });
        composite.layout(true, true);
    }

    private Color colour(CodedSpan span) {
        AnnotationType type = span.annotation() == null ? null : span.annotation().getType();
        RGB rgb = TypeColors.rgb(type);
        return new Color(TypeColors.blend(new RGB(255, 255, 255), rgb, 0.6));
    }

    private static String describe(List<CodedSpan> spans, Map<String, String> typeNames) {
        if (spans.isEmpty()) {
            return Messages.Disagreements_nothing;
        }
        List<String> parts = new ArrayList<>();
        for (CodedSpan span : spans) {
            parts.add(MessageFormat.format(Messages.Compare_status, span.begin(), span.end(),
                    typeNames.getOrDefault(span.type(), span.type()))
                    + (span.status() == AnnotationStatus.REJECTED ? " (" + Messages.Disagreements_rejected + ")" : ""));
        }
        return String.join("; ", parts);
    }
}
