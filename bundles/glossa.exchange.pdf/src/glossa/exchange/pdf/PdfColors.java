package glossa.exchange.pdf;

import java.awt.Color;

/** Type colours for the PDF: only {@code #RRGGBB} from the codebook is used (else grey), as in the HTML report. */
final class PdfColors {

    /** The HTML report draws a highlight at alpha 0x55 over white; the PDF mixes the same colour without transparency. */
    private static final float TINT = 0x55 / 255f;

    private PdfColors() {
    }

    static Color of(String hex) {
        if (hex != null && hex.matches("#[0-9A-Fa-f]{6}")) {
            return new Color(Integer.parseInt(hex.substring(1), 16));
        }
        return new Color(0x99, 0x99, 0x99);
    }

    /** The colour mixed with white as a highlight background. */
    static Color tint(Color c) {
        return new Color(mix(c.getRed()), mix(c.getGreen()), mix(c.getBlue()));
    }

    private static int mix(int channel) {
        return Math.round(255 * (1 - TINT) + channel * TINT);
    }
}
