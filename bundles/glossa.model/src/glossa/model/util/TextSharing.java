package glossa.model.util;

/**
 * An annotation that can derive its quote and context from the article text instead of storing them
 * ({@link AnchorTexts#share}). The model's annotation implements it; this interface lets {@link AnchorTexts} ask
 * without depending on the implementation package.
 */
public interface TextSharing {

    /** Derives quote and context from {@code text} if they equal what it gives; see {@link AnchorTexts#share}. */
    boolean shareText(String text);

    /** The text the quote and context derive from, or null when they are stored. */
    String sharedText();
}
