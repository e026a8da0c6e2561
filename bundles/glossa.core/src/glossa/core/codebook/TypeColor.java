package glossa.core.codebook;

import java.util.regex.Pattern;

/**
 * An annotation type's colour as the codebook keeps it: {@code #RRGGBB}. Anything else (missing, short, a name, a
 * stray character) is drawn in one documented fallback, {@link #FALLBACK}, by the workbench and the reports alike.
 */
public final class TypeColor {

    /** The colour of a type without a valid colour: a neutral grey, in every view, the editor and every report. */
    public static final String FALLBACK = "#9E9E9E";

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private TypeColor() {
    }

    /** Whether {@code color} is a colour Glossa draws as it is ({@code #RRGGBB}, either case). */
    public static boolean isValid(String color) {
        return color != null && HEX.matcher(color).matches();
    }

    /** The colour as {@code 0xRRGGBB}; the fallback's when it is not valid. */
    public static int rgb(String color) {
        return Integer.parseInt((isValid(color) ? color : FALLBACK).substring(1), 16);
    }
}
