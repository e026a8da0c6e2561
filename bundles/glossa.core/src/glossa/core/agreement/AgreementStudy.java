package glossa.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reliability data over characters: {@code m} coders, the types they may assign, and one or more continua (an
 * article, a section, every article of a case), each a range of characters with, per coder, whether the coder took
 * part in it and the coder's spans inside it.
 *
 * <p>A coder who did not take part in a continuum has missing values there (Krippendorff's "missing data"): those
 * characters pair only the coders who did. The spans are plain int arrays ({@code begin, end, type} per span,
 * clipped to the continuum), so that a study of 100,000 annotations is a few arrays, not objects per character.</p>
 */
public final class AgreementStudy {

    /**
     * One range of characters {@code [begin, end)} in its article's offsets; continua of different articles use
     * different offset spaces and are never compared with each other.
     */
    public static final class Continuum {

        private final String label;
        private final int begin;
        private final int end;
        private final boolean[] covered;
        private final int[][] spans;

        Continuum(String label, int begin, int end, boolean[] covered, int[][] spans) {
            this.label = label;
            this.begin = begin;
            this.end = end;
            this.covered = covered;
            this.spans = spans;
        }

        public String label() {
            return label;
        }

        public int begin() {
            return begin;
        }

        public int end() {
            return end;
        }

        public int length() {
            return end - begin;
        }

        /** Whether the coder took part in this continuum (else the coder's values here are missing). */
        public boolean covered(int coder) {
            return covered[coder];
        }

        /** The coder's spans here: {@code begin, end, type} triples, clipped to the continuum, none empty. */
        int[] spans(int coder) {
            return spans[coder];
        }
    }

    private final List<String> coders;
    private final List<String> types;
    private final List<String> typeNames;
    private final List<Continuum> continua;

    private AgreementStudy(List<String> coders, List<String> types, List<String> typeNames, List<Continuum> continua) {
        this.coders = List.copyOf(coders);
        this.types = List.copyOf(types);
        this.typeNames = List.copyOf(typeNames);
        this.continua = List.copyOf(continua);
    }

    public List<String> coders() {
        return coders;
    }

    /** The type ids; a span's type is an index into this list. */
    public List<String> types() {
        return types;
    }

    public List<String> typeNames() {
        return typeNames;
    }

    public List<Continuum> continua() {
        return continua;
    }

    /** The same data for some of the coders only (e.g. one pair), in the order given. */
    public AgreementStudy select(int... coderIndexes) {
        List<String> names = new ArrayList<>();
        for (int c : coderIndexes) {
            names.add(coders.get(c));
        }
        List<Continuum> selected = new ArrayList<>();
        for (Continuum c : continua) {
            boolean[] covered = new boolean[coderIndexes.length];
            int[][] spans = new int[coderIndexes.length][];
            for (int i = 0; i < coderIndexes.length; i++) {
                covered[i] = c.covered[coderIndexes[i]];
                spans[i] = c.spans[coderIndexes[i]];
            }
            selected.add(new Continuum(c.label, c.begin, c.end, covered, spans));
        }
        return new AgreementStudy(names, types, typeNames, selected);
    }

    public static Builder builder(List<String> coders, List<String> types) {
        return new Builder(coders, types, types);
    }

    public static Builder builder(List<String> coders, List<String> types, List<String> typeNames) {
        return new Builder(coders, types, typeNames);
    }

    /** Collects continua; spans are clipped to their continuum and empty ones dropped. */
    public static final class Builder {

        private final List<String> coders;
        private final List<String> types;
        private final List<String> typeNames;
        private final List<Continuum> continua = new ArrayList<>();
        private String label;
        private int begin;
        private int end;
        private boolean[] covered;
        private int[][] spans;
        private int[] spanCounts;

        private Builder(List<String> coders, List<String> types, List<String> typeNames) {
            if (types.size() != typeNames.size()) {
                throw new IllegalArgumentException("one name per type");
            }
            this.coders = List.copyOf(coders);
            this.types = List.copyOf(types);
            this.typeNames = List.copyOf(typeNames);
        }

        /** Starts a continuum {@code [begin, end)}; the previous one is finished. */
        public Builder continuum(String label, int begin, int end) {
            if (begin < 0 || end < begin) {
                throw new IllegalArgumentException("bad continuum " + begin + ".." + end);
            }
            finish();
            this.label = Objects.requireNonNullElse(label, "");
            this.begin = begin;
            this.end = end;
            this.covered = new boolean[coders.size()];
            this.spans = new int[coders.size()][];
            this.spanCounts = new int[coders.size()];
            Arrays.fill(spans, new int[0]);
            return this;
        }

        /** The coder took part in the current continuum. */
        public Builder cover(int coder) {
            covered[coder] = true;
            return this;
        }

        /**
         * A span of the coder in the current continuum, clipped to it (nothing when nothing is left). Spans of a
         * coder who does not {@link #cover} the continuum are ignored.
         */
        public Builder span(int coder, int spanBegin, int spanEnd, int type) {
            if (type < 0 || type >= types.size()) {
                throw new IllegalArgumentException("no type " + type);
            }
            int b = Math.max(spanBegin, begin);
            int e = Math.min(spanEnd, end);
            if (b >= e) {
                return this;
            }
            int[] array = spans[coder];
            int n = spanCounts[coder] * 3;
            if (n + 3 > array.length) {
                array = spans[coder] = Arrays.copyOf(array, Math.max(12, array.length * 2));
            }
            array[n] = b;
            array[n + 1] = e;
            array[n + 2] = type;
            spanCounts[coder]++;
            return this;
        }

        public AgreementStudy build() {
            finish();
            return new AgreementStudy(coders, types, typeNames, continua);
        }

        private void finish() {
            if (covered == null) {
                return;
            }
            for (int c = 0; c < coders.size(); c++) {
                spans[c] = covered[c] ? Arrays.copyOf(spans[c], spanCounts[c] * 3) : new int[0];
            }
            continua.add(new Continuum(label, begin, end, covered, spans));
            covered = null;
        }
    }
}
