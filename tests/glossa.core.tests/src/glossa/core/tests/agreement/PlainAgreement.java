package glossa.core.tests.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An independent, deliberately plain computation of the same figures, written from the textbook definitions for
 * the tests: a label per character and coder, a full coincidence matrix (Krippendorff 2011), a contingency table
 * for kappa, and unitizing alpha by looping over every pair of segments and every unit-gap pair (Krippendorff
 * 2004). Quadratic and slow on purpose; it shares no code with glossa.core.agreement.
 */
final class PlainAgreement {

    /** A coder's span. */
    record Span(int begin, int end, int type) {
    }

    /**
     * One continuum: its length and, per coder, null (did not take part) or the coder's spans (offsets 0..length).
     */
    record Piece(int length, List<List<Span>> spans) {
    }

    private final List<Piece> pieces;
    private final int coders;

    PlainAgreement(List<Piece> pieces, int coders) {
        this.pieces = pieces;
        this.coders = coders;
    }

    /** The label of a character: for a type, "1"/"0"; overall, the sorted set of type numbers. */
    private static String label(List<Span> spans, int position, int type) {
        TreeSet<Integer> set = new TreeSet<>();
        for (Span s : spans) {
            if (s.begin() <= position && position < s.end() && (type < 0 || s.type() == type)) {
                set.add(s.type());
            }
        }
        return type >= 0 ? (set.isEmpty() ? "0" : "1") : set.toString();
    }

    /** {percent, kappa, alpha} for one type, or over all types ({@code type < 0}). */
    double[] coding(int type) {
        Map<String, Map<String, Double>> o = new HashMap<>();
        Map<String, Map<String, Double>> contingency = new HashMap<>();
        double pairedUnits = 0;
        for (Piece piece : pieces) {
            for (int p = 0; p < piece.length(); p++) {
                List<String> values = new ArrayList<>();
                List<String> byCoder = new ArrayList<>();
                for (int c = 0; c < coders; c++) {
                    List<Span> spans = piece.spans().get(c);
                    String value = spans == null ? null : label(spans, p, type);
                    byCoder.add(value);
                    if (value != null) {
                        values.add(value);
                    }
                }
                int m = values.size();
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        if (i != j) {
                            o.computeIfAbsent(values.get(i), k -> new HashMap<>()).merge(values.get(j),
                                    1.0 / (m - 1), Double::sum);
                        }
                    }
                }
                if (coders == 2 && byCoder.get(0) != null && byCoder.get(1) != null) {
                    contingency.computeIfAbsent(byCoder.get(0), k -> new HashMap<>()).merge(byCoder.get(1), 1.0,
                            Double::sum);
                    pairedUnits++;
                }
            }
        }
        double n = 0;
        Map<String, Double> marginal = new HashMap<>();
        for (var row : o.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                n += cell.getValue();
                marginal.merge(row.getKey(), cell.getValue(), Double::sum);
            }
        }
        double diagonal = 0;
        double offDiagonal = 0;
        for (var row : o.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                if (row.getKey().equals(cell.getKey())) {
                    diagonal += cell.getValue();
                } else {
                    offDiagonal += cell.getValue();
                }
            }
        }
        double expected = 0;
        for (var c : marginal.entrySet()) {
            for (var k : marginal.entrySet()) {
                if (!c.getKey().equals(k.getKey())) {
                    expected += c.getValue() * k.getValue();
                }
            }
        }
        double percent = n == 0 ? Double.NaN : diagonal / n;
        double alpha = n < 2 || expected == 0 ? Double.NaN : 1 - (n - 1) * offDiagonal / expected;
        double kappa = Double.NaN;
        if (coders == 2 && pairedUnits > 0) {
            Map<String, Double> rows = new HashMap<>();
            Map<String, Double> columns = new HashMap<>();
            double agree = 0;
            for (var row : contingency.entrySet()) {
                for (var cell : row.getValue().entrySet()) {
                    rows.merge(row.getKey(), cell.getValue(), Double::sum);
                    columns.merge(cell.getKey(), cell.getValue(), Double::sum);
                    if (row.getKey().equals(cell.getKey())) {
                        agree += cell.getValue();
                    }
                }
            }
            double po = agree / pairedUnits;
            double pe = 0;
            for (var r : rows.entrySet()) {
                pe += r.getValue() / pairedUnits * columns.getOrDefault(r.getKey(), 0.0) / pairedUnits;
            }
            kappa = pe >= 1 ? Double.NaN : (po - pe) / (1 - pe);
        }
        return new double[] { percent, kappa, alpha };
    }

    /** A unit or gap of one coder. */
    private record Segment(int begin, int end, boolean unit) {
        int length() {
            return end - begin;
        }
    }

    /** One coder's units of a type (overlapping spans merged, touching ones kept apart) and the gaps between. */
    private static List<Segment> segments(List<Span> spans, int type, int length) {
        List<Span> of = new ArrayList<>(spans.stream().filter(s -> s.type() == type).toList());
        of.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        List<int[]> units = new ArrayList<>();
        for (Span s : of) {
            int[] last = units.isEmpty() ? null : units.get(units.size() - 1);
            if (last != null && s.begin() < last[1]) {
                last[1] = Math.max(last[1], s.end());
            } else {
                units.add(new int[] { s.begin(), s.end() });
            }
        }
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (int[] u : units) {
            if (u[0] > at) {
                segments.add(new Segment(at, u[0], false));
            }
            segments.add(new Segment(u[0], u[1], true));
            at = u[1];
        }
        if (at < length) {
            segments.add(new Segment(at, length, false));
        }
        return segments;
    }

    private static double delta(Segment g, Segment h) {
        if (g.unit() && h.unit() && g.begin() < h.end() && h.begin() < g.end()) {
            double b = g.begin() - h.begin();
            double e = g.end() - h.end();
            return b * b + e * e;
        }
        if (g.unit() && !h.unit() && h.begin() <= g.begin() && g.end() <= h.end()) {
            return (double) g.length() * g.length();
        }
        if (!g.unit() && h.unit() && g.begin() <= h.begin() && h.end() <= g.end()) {
            return (double) h.length() * h.length();
        }
        return 0;
    }

    /** {observed, expected} unitizing disagreement of a type, over the pieces every coder took part in. */
    double[] unitizing(int type) {
        double length = 0;
        double observed = 0;
        List<Integer> unitLengths = new ArrayList<>();
        List<Integer> gapLengths = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.spans().stream().anyMatch(s -> s == null)) {
                continue;
            }
            length += piece.length();
            List<List<Segment>> all = new ArrayList<>();
            for (int c = 0; c < coders; c++) {
                List<Segment> segments = segments(piece.spans().get(c), type, piece.length());
                all.add(segments);
                for (Segment s : segments) {
                    (s.unit() ? unitLengths : gapLengths).add(s.length());
                }
            }
            for (int i = 0; i < coders; i++) {
                for (int j = 0; j < coders; j++) {
                    if (i != j) {
                        for (Segment g : all.get(i)) {
                            for (Segment h : all.get(j)) {
                                observed += delta(g, h);
                            }
                        }
                    }
                }
            }
        }
        if (length == 0 || coders < 2) {
            return new double[] { Double.NaN, Double.NaN };
        }
        double n = unitLengths.size();
        double sum = 0;
        double self = 0;
        for (int l : unitLengths) {
            double inGaps = 0;
            for (int g : gapLengths) {
                if (g >= l) {
                    inGaps += g - l + 1;
                }
            }
            sum += (n - 1) / 3 * (2.0 * l * l * l - 3.0 * l * l + l) + (double) l * l * inGaps;
            self += (double) l * (l - 1);
        }
        double mL = coders * length;
        double expected = n == 0 ? 0 : 2 / length * sum / (mL * (mL - 1) - self);
        return new double[] { observed / (coders * (coders - 1) * length * length), expected };
    }
}
