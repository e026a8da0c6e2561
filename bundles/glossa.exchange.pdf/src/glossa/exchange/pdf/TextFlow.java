package glossa.exchange.pdf;

import java.awt.Color;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One paragraph of styled text, broken into lines and drawn. Lines break where Unicode line breaking allows (between
 * any two Chinese characters, at spaces in Latin text, never before a closing 。，」), and inside a word only when the
 * word is wider than the line. A character may carry a highlight: the outermost annotation's colour behind it and
 * up to {@link #MAX_BARS} bars under it for the annotations inside, as the HTML report draws overlaps.
 */
final class TextFlow {

    /** Bars drawn under a character for inner annotations; deeper layers are listed in the notes only. */
    static final int MAX_BARS = 4;
    private static final float BAR = 1.2f;

    /**
     * How a character looks.
     *
     * @param background the highlight behind it, or null
     * @param bars       colours of the bars under it, innermost last (at most {@link #MAX_BARS})
     * @param rise       points above the baseline (superscript reference numbers)
     * @param box        a small box behind it (reference numbers), or null
     */
    record Style(float size, Color color, boolean bold, Color background, Color[] bars, float rise, Color box) {

        static Style plain(float size, Color color, boolean bold) {
            return new Style(size, color, bold, null, new Color[0], 0, null);
        }
    }

    /** Told where each drawn line begins in the document, so sub-section bookmarks point at the right line. */
    interface LineListener {
        void line(int firstOffset, float top) throws IOException;
    }

    private static final BreakIterator BREAKS = BreakIterator.getLineInstance(Locale.CHINA);

    private final StringBuilder chars = new StringBuilder();
    private int[] styleOf = new int[64];
    private int[] offsetOf = new int[64];
    private final List<Style> styles = new ArrayList<>();
    private final Map<Style, Integer> styleIndex = new IdentityHashMap<>();

    boolean isEmpty() {
        return chars.length() == 0;
    }

    /** Appends {@code text}; {@code offset} is the document offset of its first character, or -1 for added text. */
    void append(CharSequence text, int from, int to, Style style, int offset) {
        int index = styleIndex.computeIfAbsent(style, s -> {
            styles.add(s);
            return styles.size() - 1;
        });
        int start = chars.length();
        int n = to - from;
        ensure(start + n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(from + i);
            chars.append(c == '\t' ? ' ' : c);
            styleOf[start + i] = index;
            offsetOf[start + i] = offset < 0 ? -1 : offset + i;
        }
    }

    void append(String text, Style style) {
        append(text, 0, text.length(), style, -1);
    }

    private void ensure(int capacity) {
        if (capacity > styleOf.length) {
            int size = Math.max(capacity, styleOf.length * 2);
            styleOf = Arrays.copyOf(styleOf, size);
            offsetOf = Arrays.copyOf(offsetOf, size);
        }
    }

    /**
     * Breaks the paragraph into lines of at most {@code width} points starting at {@code x} and draws them from the
     * canvas's cursor down, on new pages as needed.
     */
    void draw(PdfCanvas canvas, float x, float width, float lineHeight, LineListener listener) throws IOException {
        String text = chars.toString();
        PdfFonts fonts = canvas.fonts();
        int n = text.length();
        float[] widths = new float[n];
        for (int i = 0; i < n; ) {
            int c = text.codePointAt(i);
            int k = Character.charCount(c);
            widths[i] = fonts.width(c, styles.get(styleOf[i]).size());
            i += k;
        }
        BREAKS.setText(text);
        int lineStart = 0;
        float lineWidth = 0;
        int segmentStart = 0;
        for (int boundary = BREAKS.next(); boundary != BreakIterator.DONE; boundary = BREAKS.next()) {
            float segment = sum(widths, segmentStart, boundary);
            float visible = segment - trailingSpace(text, widths, segmentStart, boundary);
            if (lineWidth + visible <= width || segmentStart == lineStart && visible <= width) {
                lineWidth += segment;
            } else {
                if (segmentStart > lineStart) {
                    drawLine(canvas, text, widths, lineStart, segmentStart, x, lineHeight, listener);
                    lineStart = segmentStart;
                    lineWidth = 0;
                }
                // A word wider than the line: cut it by characters.
                int i = segmentStart;
                while (sum(widths, lineStart, boundary) - trailingSpace(text, widths, lineStart, boundary) > width) {
                    float w = 0;
                    i = lineStart;
                    while (i < boundary && w + widths[i] <= width) {
                        w += widths[i];
                        i += Character.isHighSurrogate(text.charAt(i)) && i + 1 < boundary ? 2 : 1;
                    }
                    if (i == lineStart) {
                        i += Character.charCount(text.codePointAt(i)); // one character wider than the line
                    }
                    drawLine(canvas, text, widths, lineStart, i, x, lineHeight, listener);
                    lineStart = i;
                }
                lineWidth = sum(widths, lineStart, boundary);
            }
            segmentStart = boundary;
        }
        if (lineStart < n || n == 0) {
            drawLine(canvas, text, widths, lineStart, n, x, lineHeight, listener);
        }
    }

    private static float sum(float[] widths, int from, int to) {
        float w = 0;
        for (int i = from; i < to; i++) {
            w += widths[i];
        }
        return w;
    }

    private static float trailingSpace(String text, float[] widths, int from, int to) {
        float w = 0;
        for (int i = to - 1; i >= from && text.charAt(i) == ' '; i--) {
            w += widths[i];
        }
        return w;
    }

    private void drawLine(PdfCanvas canvas, String text, float[] widths, int from, int to, float x, float lineHeight,
            LineListener listener) throws IOException {
        canvas.ensure(lineHeight);
        float top = canvas.y();
        if (listener != null) {
            for (int i = from; i < to; i++) {
                if (offsetOf[i] >= 0) {
                    listener.line(offsetOf[i], top);
                    break;
                }
            }
        }
        float baseline = top - lineHeight * 0.74f;
        // Backgrounds and bars first, then the text over them, run by run of one style.
        float cx = x;
        for (int i = from; i < to; ) {
            int style = styleOf[i];
            int j = i;
            float w = 0;
            while (j < to && styleOf[j] == style) {
                w += widths[j];
                j++;
            }
            Style s = styles.get(style);
            if (s.background() != null) {
                canvas.fill(cx, baseline - s.size() * 0.24f, w, s.size() * 1.14f, s.background());
            }
            for (int b = 0; b < s.bars().length; b++) {
                canvas.fill(cx, baseline - s.size() * 0.24f - (b + 1) * BAR, w, BAR, s.bars()[b]);
            }
            if (s.box() != null) {
                canvas.fill(cx, baseline + s.rise() - s.size() * 0.2f, w, s.size() * 1.1f, s.box());
            }
            cx += w;
            i = j;
        }
        cx = x;
        for (int i = from; i < to; ) {
            int style = styleOf[i];
            int j = i;
            while (j < to && styleOf[j] == style) {
                j++;
            }
            Style s = styles.get(style);
            String run = text.substring(i, j);
            if (!run.isBlank()) {
                canvas.text(run, cx, baseline + s.rise(), s.size(), s.color(), s.bold());
            }
            cx += sum(widths, i, j);
            i = j;
        }
        canvas.moveDown(lineHeight);
    }
}
