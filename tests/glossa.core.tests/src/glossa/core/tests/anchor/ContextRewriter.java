package glossa.core.tests.anchor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Revisions that rewrite the text beside quotes and leave the quotes themselves alone: the sentence before a quote,
 * the sentence after it, or both sides of one occurrence of a repeated phrase. What a quote's stored context says
 * then no longer holds on that side, which is what re-anchoring must survive (one side) or refuse to guess on (both
 * sides of a repeated phrase). Rewrites are kept apart, so each affected quote loses one neighbourhood only.
 */
final class ContextRewriter {

    /** Characters that end a sentence (or a line) in the sample. */
    private static final String SENTENCE_END = "。！？；!?;\n";

    /** A rewrite reaches at least this far from the quote, then on to the sentence boundary. */
    private static final int MIN_REACH = 12;

    /** At most this far, so that a rewrite stays one sentence. */
    private static final int MAX_REACH = 60;

    /** Untouched characters kept between two rewrites and around each quote whose neighbourhood is rewritten. */
    private static final int GAP = 48;

    private final Random random;

    ContextRewriter(Random random) {
        this.random = random;
    }

    enum Side {
        BEFORE, AFTER, BOTH
    }

    /**
     * Rewrites the {@code side} neighbourhood of a share of {@code spans} (in random order, skipping any that would
     * come within {@link #GAP} of an earlier rewrite).
     *
     * @param repeatedOnly only quotes whose text occurs at least twice in {@code text}
     */
    Revision rewrite(String text, List<int[]> spans, Side side, boolean repeatedOnly) {
        Revision.Rewriter rewriter = new Revision.Rewriter(text);
        boolean[] reserved = new boolean[text.length() + 1];
        List<int[]> order = new ArrayList<>(spans);
        Collections.shuffle(order, random);
        for (int[] span : order) {
            if (random.nextDouble() >= 0.5) {
                continue;
            }
            if (repeatedOnly && !occursTwice(text, text.substring(span[0], span[1]))) {
                continue;
            }
            int from = side == Side.AFTER ? span[1] : sentenceStartBefore(text, span[0] - MIN_REACH, span[0]);
            int to = side == Side.BEFORE ? span[0] : sentenceEndAfter(text, span[1] + MIN_REACH, span[1]);
            if (from >= to || anyReserved(reserved, from - GAP, to + GAP)) {
                continue;
            }
            for (int i = Math.max(0, from - GAP); i < Math.min(reserved.length, to + GAP); i++) {
                reserved[i] = true;
            }
            if (side != Side.AFTER) {
                replace(rewriter, text, from, span[0]);
            }
            if (side != Side.BEFORE) {
                replace(rewriter, text, span[1], to);
            }
        }
        return rewriter.build();
    }

    static boolean occursTwice(String text, String phrase) {
        int first = text.indexOf(phrase);
        return first >= 0 && text.indexOf(phrase, first + 1) >= 0;
    }

    /** Start of the sentence that holds {@code at}, but no further back than {@link #MAX_REACH} from {@code quote}. */
    private static int sentenceStartBefore(String text, int at, int quote) {
        int i = Math.max(0, at);
        while (i > 0 && quote - i < MAX_REACH && SENTENCE_END.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** End (after its delimiter) of the sentence that holds {@code at}, within {@link #MAX_REACH} of {@code quote}. */
    private static int sentenceEndAfter(String text, int at, int quote) {
        int i = Math.min(text.length(), at);
        while (i < text.length() && i - quote < MAX_REACH && SENTENCE_END.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return Math.min(text.length(), i + 1);
    }

    private static boolean anyReserved(boolean[] reserved, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(reserved.length, to); i++) {
            if (reserved[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces {@code text[from, to)} by a new sentence of about the same length made of the text's own Chinese
     * characters in another order (line breaks stay, so paragraphs keep their shape).
     */
    private void replace(Revision.Rewriter rewriter, String text, int from, int to) {
        StringBuilder sentence = new StringBuilder();
        int length = Math.max(1, (int) Math.round((to - from) * (0.7 + 0.6 * random.nextDouble())));
        for (int i = 0; i < length; i++) {
            sentence.append(randomHan(text));
        }
        boolean inserted = false;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                continue;
            }
            rewriter.delete(i);
            if (!inserted) {
                rewriter.insert(i, sentence.toString());
                inserted = true;
            }
        }
    }

    private char randomHan(String text) {
        while (true) {
            char c = text.charAt(random.nextInt(text.length()));
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return c;
            }
        }
    }
}
