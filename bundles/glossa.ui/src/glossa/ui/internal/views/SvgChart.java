package glossa.ui.internal.views;

import glossa.ui.internal.appearance.TypeColors;

/** Writes the section chart as a stand-alone SVG document, by hand (no library needed for rectangles and text). */
public final class SvgChart {

    private SvgChart() {
    }

    public static String write(ChartData data, int width, int height) {
        // No font metrics here: estimate, wide for CJK, narrow for Latin.
        ChartLayout layout = ChartLayout.compute(data, width, height, SvgChart::estimateWidth);
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("<g font-family=\"Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif\" font-size=\"12\" fill=\"#333333\">\n");
        svg.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888888\"/>%n", layout.axisLeft,
                layout.baseline, layout.axisRight, layout.baseline));
        svg.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888888\"/>%n", layout.axisLeft,
                layout.top, layout.axisLeft, layout.baseline));
        for (ChartLayout.Swatch s : layout.swatches) {
            svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n", s.x(), s.y(),
                    s.size(), s.size(), TypeColors.hex(s.color())));
        }
        for (ChartLayout.Bar b : layout.bars) {
            if (b.height() > 0) {
                svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>%n",
                        b.x(), b.y(), b.width(), b.height(), TypeColors.hex(b.color()), escape(b.tooltip())));
            }
        }
        for (ChartLayout.Label l : layout.labels) {
            svg.append(String.format("<text x=\"%d\" y=\"%d\"%s>%s</text>%n", l.x(), l.y() + 12,
                    l.centered() ? " text-anchor=\"middle\"" : "", escape(l.text())));
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    static int estimateWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0x2E80 ? 12 : 7;
        }
        return width;
    }

    /** Section titles and type names are the analyst's text: escape everything XML gives meaning to. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '<' -> sb.append("&lt;");
            case '>' -> sb.append("&gt;");
            case '&' -> sb.append("&amp;");
            case '"' -> sb.append("&quot;");
            case '\'' -> sb.append("&apos;");
            default -> {
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    sb.append(' '); // not allowed in XML 1.0
                } else {
                    sb.append(c);
                }
            }
            }
        }
        return sb.toString();
    }
}
