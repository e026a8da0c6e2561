package glossa.core.agreement;

import glossa.core.agreement.AgreementStudy.Continuum;

/**
 * Walks a continuum from one span boundary to the next. Between two boundaries nothing changes: every covered coder
 * assigns the same types to every character of that run, so a run of any length is tallied once, weighted by its
 * length. That is what makes agreement linear in the annotations rather than in characters times coders.
 *
 * <p>The boundaries are sorted by a radix sort with ends before begins at one offset: a coder's span ending where
 * their next span of the same type begins stays two units (as Krippendorff's unitizing counts them), and no run is
 * empty. Per coder and type the sweep keeps how many of the coder's spans cover the current character; the first
 * one opening and the last one closing are that coder's unit of the type (overlapping spans of one coder and type
 * merge into one unit).</p>
 */
final class ContinuumSweep {

    /** Told what the sweep passes; reads the current state through the sweep's accessors. */
    interface Listener {

        /** A continuum starts; {@code present} are the covered coders, ascending. */
        void startContinuum(Continuum continuum, int[] present);

        /** The characters {@code [begin, end)} all have the current state. */
        void run(int begin, int end);

        void unitStarted(int coder, int type, int position);

        void unitEnded(int coder, int type, int position);

        void endContinuum(Continuum continuum);
    }

    private final int coders;
    private final int types;
    private final int words;
    private final int[] depth;
    private final int[] carriers;
    private final int[] active;
    private final int[] activeIndex;
    private int activeCount;
    private final long[] masks;
    private final int[] labels;
    private final boolean[] dirty;
    private final LabelInterner interner;

    ContinuumSweep(int coders, int types) {
        this.coders = coders;
        this.types = types;
        this.words = Math.max(1, (types + 63) / 64);
        this.depth = new int[coders * types];
        this.carriers = new int[types];
        this.active = new int[types];
        this.activeIndex = new int[types];
        java.util.Arrays.fill(activeIndex, -1);
        this.masks = new long[coders * words];
        this.labels = new int[coders];
        this.dirty = new boolean[coders];
        this.interner = new LabelInterner(words);
    }

    /** How many types some covered coder assigns to the current run. */
    int activeCount() {
        return activeCount;
    }

    /** The i-th of those types (in no particular order). */
    int activeType(int i) {
        return active[i];
    }

    /** How many covered coders assign {@code type} to the current run. */
    int carriers(int type) {
        return carriers[type];
    }

    /** Whether the coder assigns {@code type} to the current run. */
    boolean carries(int coder, int type) {
        return depth[coder * types + type] > 0;
    }

    /** The label of the set of types the coder assigns to the current run (0: none). */
    int label(int coder) {
        if (dirty[coder]) {
            labels[coder] = interner.id(masks, coder * words);
            dirty[coder] = false;
        }
        return labels[coder];
    }

    /** How many distinct labels exist so far (an upper bound for {@link #label}). */
    int labelCount() {
        return interner.size();
    }

    void sweep(Continuum continuum, Listener... listeners) {
        int[] present = present(continuum);
        for (Listener l : listeners) {
            l.startContinuum(continuum, present);
        }
        int base = continuum.begin();
        int events = 0;
        for (int c : present) {
            events += continuum.spans(c).length / 3 * 2;
        }
        int[] keys = new int[events];
        int[] codes = new int[events];
        int k = 0;
        for (int c : present) {
            int[] spans = continuum.spans(c);
            for (int s = 0; s < spans.length; s += 3) {
                int slot = c * types + spans[s + 2];
                keys[k] = 2 * (spans[s] - base) + 1; // begins after ends at the same offset
                codes[k++] = slot << 1 | 1;
                keys[k] = 2 * (spans[s + 1] - base);
                codes[k++] = slot << 1;
            }
        }
        IntRadixSort.sort(keys, codes, events);
        int position = base;
        for (int i = 0; i < events; i++) {
            int at = base + (keys[i] >>> 1);
            if (at > position) {
                for (Listener l : listeners) {
                    l.run(position, at);
                }
                position = at;
            }
            apply(codes[i], at, listeners);
        }
        if (position < continuum.end()) {
            for (Listener l : listeners) {
                l.run(position, continuum.end());
            }
        }
        for (Listener l : listeners) {
            l.endContinuum(continuum);
        }
    }

    private int[] present(Continuum continuum) {
        int count = 0;
        for (int c = 0; c < coders; c++) {
            count += continuum.covered(c) ? 1 : 0;
        }
        int[] present = new int[count];
        for (int c = 0, i = 0; c < coders; c++) {
            if (continuum.covered(c)) {
                present[i++] = c;
            }
        }
        return present;
    }

    private void apply(int code, int position, Listener[] listeners) {
        int slot = code >>> 1;
        int coder = slot / types;
        int type = slot % types;
        if ((code & 1) == 1) {
            if (depth[slot]++ == 0) {
                if (carriers[type]++ == 0) {
                    activeIndex[type] = activeCount;
                    active[activeCount++] = type;
                }
                masks[coder * words + (type >>> 6)] |= 1L << (type & 63);
                dirty[coder] = true;
                for (Listener l : listeners) {
                    l.unitStarted(coder, type, position);
                }
            }
        } else if (--depth[slot] == 0) {
            if (--carriers[type] == 0) {
                int i = activeIndex[type];
                int last = active[--activeCount];
                active[i] = last;
                activeIndex[last] = i;
                activeIndex[type] = -1;
            }
            masks[coder * words + (type >>> 6)] &= ~(1L << (type & 63));
            dirty[coder] = true;
            for (Listener l : listeners) {
                l.unitEnded(coder, type, position);
            }
        }
    }
}
