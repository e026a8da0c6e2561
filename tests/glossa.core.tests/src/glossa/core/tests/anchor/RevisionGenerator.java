package glossa.core.tests.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates revisions of an annotated text the way real revisions look, each with its ground-truth offset map.
 * Deterministic for a given {@link Random}.
 */
final class RevisionGenerator {

    enum Kind {
        INSERT_PARAGRAPHS, DELETE_PARAGRAPHS, EDIT_CHARACTERS, REORDER_SECTIONS, PUNCTUATION_WIDTH,
        WHITESPACE_AND_LINE_ENDINGS, MIXED,
        /** The sentence before a quote rewritten (in about half of the quotes, kept apart). */
        REWRITE_SENTENCE_BEFORE,
        /** The sentence after a quote rewritten. */
        REWRITE_SENTENCE_AFTER,
        /** Both sides of one occurrence of a repeated phrase rewritten, the phrase itself kept. */
        REPEATED_PHRASE_NEIGHBOURHOOD;

        /** Whether the quotes of this kind's corpus lean on repeated phrases (see {@link AnchoringCorpus#annotate}). */
        boolean repeatedPhrases() {
            return this == REPEATED_PHRASE_NEIGHBOURHOOD;
        }
    }

    private static final Pattern TOP_HEADING = Pattern.compile("(?m)^[一二三四五六七八九十]+、");
    private static final String HALF = ",:;()!?";
    private static final String FULL = "，：；（）！？";

    private final Random random;

    RevisionGenerator(Random random) {
        this.random = random;
    }

    /** @param spans the annotated spans {begin, end} of {@code text}, for edits inside and around quotes */
    Revision generate(Kind kind, String text, List<int[]> spans) {
        return switch (kind) {
            case INSERT_PARAGRAPHS -> insertParagraphs(text);
            case DELETE_PARAGRAPHS -> deleteParagraphs(text);
            case EDIT_CHARACTERS -> editCharacters(text, spans);
            case REORDER_SECTIONS -> reorderSections(text);
            case PUNCTUATION_WIDTH -> punctuation(text);
            case WHITESPACE_AND_LINE_ENDINGS -> whitespace(text);
            case MIXED -> mixed(text, spans);
            case REWRITE_SENTENCE_BEFORE -> new ContextRewriter(random).rewrite(text, spans, ContextRewriter.Side.BEFORE, false);
            case REWRITE_SENTENCE_AFTER -> new ContextRewriter(random).rewrite(text, spans, ContextRewriter.Side.AFTER, false);
            case REPEATED_PHRASE_NEIGHBOURHOOD -> new ContextRewriter(random).rewrite(text, spans, ContextRewriter.Side.BOTH, true);
        };
    }

    private Revision mixed(String text, List<int[]> spans) {
        Revision r = editCharacters(text, spans);
        r = r.then(insertParagraphs(r.text()));
        r = r.then(deleteParagraphs(r.text()));
        r = r.then(reorderSections(r.text()));
        r = r.then(punctuation(r.text()));
        return r.then(whitespace(r.text()));
    }

    /** Offsets just after each blank-line separator: where paragraphs begin. */
    private static List<Integer> paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
            starts.add(i + 2);
        }
        return starts;
    }

    /**
     * New paragraphs built from phrases of the text (4–12 characters), so they repeat annotated phrases the way a
     * real new paragraph does, without copying whole sentences with their context.
     */
    private Revision insertParagraphs(String text) {
        List<Integer> starts = paragraphStarts(text);
        Revision.Rewriter rewriter = new Revision.Rewriter(text);
        int count = 1 + random.nextInt(3);
        for (int p = 0; p < count && !starts.isEmpty(); p++) {
            StringBuilder paragraph = new StringBuilder("新增段落" + random.nextInt(1000) + ":");
            int phrases = 5 + random.nextInt(15);
            for (int s = 0; s < phrases; s++) {
                int length = 4 + random.nextInt(9);
                int at = random.nextInt(text.length() - length);
                paragraph.append(text.substring(at, at + length).replaceAll("\\s+", "")).append(random.nextBoolean() ? "，" : "");
            }
            rewriter.insert(starts.get(random.nextInt(starts.size())), paragraph.append("。\n\n").toString());
        }
        return rewriter.build();
    }

    private Revision deleteParagraphs(String text) {
        List<Integer> starts = paragraphStarts(text);
        Revision.Rewriter rewriter = new Revision.Rewriter(text);
        int count = 1 + random.nextInt(2);
        for (int p = 0; p < count && starts.size() > 1; p++) {
            int index = random.nextInt(starts.size() - 1);
            int begin = starts.get(index);
            int end = starts.get(index + 1);
            if (TOP_HEADING.matcher(text.substring(begin, end)).lookingAt()) {
                continue;
            }
            for (int i = begin; i < end; i++) {
                rewriter.delete(i);
            }
        }
        return rewriter.build();
    }

    /** Edits up to 10% of the characters of a third of the quotes, and characters just around others. */
    private Revision editCharacters(String text, List<int[]> spans) {
        Revision.Rewriter rewriter = new Revision.Rewriter(text);
        for (int[] span : spans) {
            int length = span[1] - span[0];
            double roll = random.nextDouble();
            if (roll < 0.35 && length >= 10) {
                int edits = 1 + random.nextInt(Math.max(1, length / 10));
                for (int e = 0; e < edits; e++) {
                    edit(rewriter, text, span[0] + 1 + random.nextInt(length - 2));
                }
            } else if (roll < 0.55) {
                int at = random.nextBoolean() ? span[0] - 1 - random.nextInt(4) : span[1] + random.nextInt(4);
                if (at >= 0 && at < text.length()) {
                    edit(rewriter, text, at);
                }
            }
        }
        return rewriter.build();
    }

    private void edit(Revision.Rewriter rewriter, String text, int at) {
        if (rewriter.touched(at) || Character.isWhitespace(text.charAt(at))) {
            return;
        }
        switch (random.nextInt(3)) {
            case 0 -> rewriter.delete(at);
            case 1 -> rewriter.insert(at, String.valueOf(randomCjk(text)));
            default -> {
                char c = randomCjk(text);
                if (c != text.charAt(at)) {
                    rewriter.replace(at, c, false);
                }
            }
        }
    }

    private char randomCjk(String text) {
        while (true) {
            char c = text.charAt(random.nextInt(text.length()));
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return c;
            }
        }
    }

    /** Swaps two numbered top-level sections. */
    private Revision reorderSections(String text) {
        List<Integer> heads = new ArrayList<>();
        Matcher m = TOP_HEADING.matcher(text);
        while (m.find()) {
            heads.add(m.start());
        }
        if (heads.size() < 3) {
            return Revision.identity(text);
        }
        int tail = text.indexOf("\n结语", heads.get(heads.size() - 1));
        heads.add(tail >= 0 ? tail + 1 : text.length());
        int a = random.nextInt(heads.size() - 1);
        int b = random.nextInt(heads.size() - 1);
        if (a == b) {
            b = (a + 1) % (heads.size() - 1);
        }
        if (a > b) {
            int t = a;
            a = b;
            b = t;
        }
        int[][] pieces = { { 0, heads.get(a) }, { heads.get(b), heads.get(b + 1) }, { heads.get(a + 1), heads.get(b) },
                { heads.get(a), heads.get(a + 1) }, { heads.get(b + 1), text.length() } };
        StringBuilder out = new StringBuilder();
        int[] map = new int[text.length()];
        for (int[] piece : pieces) {
            for (int i = piece[0]; i < piece[1]; i++) {
                map[i] = out.length();
                out.append(text.charAt(i));
            }
        }
        return new Revision(text, out.toString(), map);
    }

    private Revision punctuation(String text) {
        Revision.Rewriter rewriter = new Revision.Rewriter(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int half = HALF.indexOf(c);
            int full = FULL.indexOf(c);
            if (half >= 0 && random.nextDouble() < 0.6) {
                rewriter.replace(i, FULL.charAt(half), true);
            } else if (full >= 0 && random.nextDouble() < 0.6) {
                rewriter.replace(i, HALF.charAt(full), true);
            } else if ((c == '“' || c == '”') && random.nextDouble() < 0.3) {
                rewriter.replace(i, '"', true);
            }
        }
        return rewriter.build();
    }

    /** CRLF line endings, extra spaces between scripts and after commas, changed indentation. */
    private Revision whitespace(String text) {
        Revision.Rewriter rewriter = new Revision.Rewriter(text);
        boolean crlf = random.nextBoolean();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && crlf) {
                rewriter.insert(i, "\r");
            } else if (c == ' ' && i > 0 && text.charAt(i - 1) == '\n' && random.nextDouble() < 0.5) {
                rewriter.delete(i);
            } else if (i + 1 < text.length() && isScriptBoundary(c, text.charAt(i + 1)) && random.nextDouble() < 0.2) {
                rewriter.insert(i + 1, " ");
            } else if ((c == ',' || c == '，') && random.nextDouble() < 0.1) {
                rewriter.insert(i + 1, "\u3000");
            }
        }
        return rewriter.build();
    }

    private static boolean isScriptBoundary(char a, char b) {
        boolean hanA = Character.UnicodeScript.of(a) == Character.UnicodeScript.HAN;
        boolean hanB = Character.UnicodeScript.of(b) == Character.UnicodeScript.HAN;
        return (hanA && Character.isLetterOrDigit(b) && b < 128) || (hanB && Character.isLetterOrDigit(a) && a < 128);
    }
}
