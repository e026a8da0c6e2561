package glossa.core.tests.anchor;

import java.util.Arrays;

/**
 * A revised text together with the ground truth of where each old character went: {@code map[i]} is the new offset
 * of old character {@code i}, or -1 when it was deleted or replaced by a different character. A character rewritten
 * in an equivalent form (full-width ↔ half-width punctuation) keeps its mapping, because it is still the same text.
 */
record Revision(String oldText, String text, int[] map) {

    static Revision identity(String text) {
        int[] map = new int[text.length()];
        Arrays.setAll(map, i -> i);
        return new Revision(text, text, map);
    }

    /** For each new offset, the old character it shows, or -1 for inserted or edited characters. */
    int[] inverse() {
        int[] inverse = new int[text.length()];
        Arrays.fill(inverse, -1);
        for (int i = 0; i < map.length; i++) {
            if (map[i] >= 0) {
                inverse[map[i]] = i;
            }
        }
        return inverse;
    }

    /** This revision followed by {@code next} (whose old text is this revision's text). */
    Revision then(Revision next) {
        int[] composed = new int[map.length];
        for (int i = 0; i < map.length; i++) {
            composed[i] = map[i] < 0 ? -1 : next.map[map[i]];
        }
        return new Revision(oldText, next.text, composed);
    }

    /** Rewrites a text character by character: per old character keep, delete or replace; insert before any. */
    static final class Rewriter {
        private final String text;
        private final String[] insertBefore;
        private final char[] replacement;
        private final boolean[] equivalent;
        private final boolean[] deleted;

        Rewriter(String text) {
            this.text = text;
            int n = text.length();
            insertBefore = new String[n + 1];
            replacement = new char[n];
            equivalent = new boolean[n];
            deleted = new boolean[n];
        }

        void insert(int before, String s) {
            insertBefore[before] = insertBefore[before] == null ? s : insertBefore[before] + s;
        }

        void delete(int at) {
            deleted[at] = true;
        }

        /** Replaces by another character: an edit, unless {@code same} says it is the same text written otherwise. */
        void replace(int at, char c, boolean same) {
            replacement[at] = c;
            equivalent[at] = same;
        }

        boolean touched(int at) {
            return deleted[at] || replacement[at] != 0;
        }

        Revision build() {
            StringBuilder out = new StringBuilder(text.length() + 64);
            int[] map = new int[text.length()];
            for (int i = 0; i < text.length(); i++) {
                if (insertBefore[i] != null) {
                    out.append(insertBefore[i]);
                }
                if (deleted[i]) {
                    map[i] = -1;
                } else if (replacement[i] != 0) {
                    map[i] = equivalent[i] ? out.length() : -1;
                    out.append(replacement[i]);
                } else {
                    map[i] = out.length();
                    out.append(text.charAt(i));
                }
            }
            if (insertBefore[text.length()] != null) {
                out.append(insertBefore[text.length()]);
            }
            return new Revision(text, out.toString(), map);
        }
    }
}
