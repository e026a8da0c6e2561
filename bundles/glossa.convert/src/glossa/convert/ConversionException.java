package glossa.convert;

/**
 * A source that cannot become an article: encrypted, image-only, corrupt, too large, without body text. The message
 * is one line in the user's terms, without the file name (the caller puts {@code FILE: } before it).
 */
public class ConversionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConversionException(String reason) {
        super(reason);
    }

    public ConversionException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
