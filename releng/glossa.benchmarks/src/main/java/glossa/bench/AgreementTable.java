package glossa.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;

/**
 * The agreement part of the report: per article size and annotations per coder, Glossa's and the naive peer's
 * median time, their ratio, and how each grows with the annotations (at one size) and with the text (at one count).
 */
final class AgreementTable {

    private AgreementTable() {
    }

    static String of(Collection<RunResult> results) {
        // megabytes -> annotations -> {glossa, naive}
        Map<Integer, Map<Integer, double[]>> medians = new TreeMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            boolean glossa = name.endsWith(".glossaAgreement");
            if (!glossa && !name.endsWith(".naiveAgreement")) {
                continue;
            }
            List<Double> scores = new ArrayList<>();
            for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
                for (IterationResult iteration : benchmark.getIterationResults()) {
                    scores.add(iteration.getPrimaryResult().getScore());
                }
            }
            int mb = Integer.parseInt(result.getParams().getParam("megabytes"));
            int n = Integer.parseInt(result.getParams().getParam("annotations"));
            double[] pair = medians.computeIfAbsent(mb, k -> new TreeMap<>()).computeIfAbsent(n,
                    k -> new double[] { Double.NaN, Double.NaN });
            pair[glossa ? 0 : 1] = Stats.median(scores.stream().mapToDouble(Double::doubleValue).toArray());
        }
        if (medians.isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder("""

                ### Inter-coder agreement (two coders; median ms per operation; ratio = Glossa/peer)

                Glossa: copy the annotations out of the document, build the study, compute percent, kappa, alpha and \
                unitizing alpha per type and overall. Peer: per-character coincidence matrices (percent, kappa, \
                alpha only).

                | Article | Annotations per coder | Glossa ms | Naive per-character ms | Glossa/peer |
                |---:|---:|---:|---:|---:|
                """);
        medians.forEach((mb, byCount) -> byCount.forEach((n, pair) -> table.append(String.format(Locale.ROOT,
                "| %d MB | %,d | %s | %s | **%.2f** |%n", mb, n, ms(pair[0]), ms(pair[1]), pair[0] / pair[1]))));
        for (var entry : medians.entrySet()) {
            Map<Integer, double[]> byCount = entry.getValue();
            if (byCount.size() > 1) {
                int first = ((TreeMap<Integer, double[]>) byCount).firstKey();
                int last = ((TreeMap<Integer, double[]>) byCount).lastKey();
                table.append(String.format(Locale.ROOT,
                        "%nAt %d MB, %,d → %,d annotations per coder (×%.0f): Glossa ×%.1f, peer ×%.1f.%n",
                        entry.getKey(), first, last, (double) last / first,
                        byCount.get(last)[0] / byCount.get(first)[0], byCount.get(last)[1] / byCount.get(first)[1]));
            }
        }
        if (medians.size() > 1) {
            TreeMap<Integer, Map<Integer, double[]>> sorted = (TreeMap<Integer, Map<Integer, double[]>>) medians;
            int small = sorted.firstKey();
            int large = sorted.lastKey();
            for (int n : sorted.get(small).keySet()) {
                double[] a = sorted.get(small).get(n);
                double[] b = sorted.get(large).get(n);
                if (b != null) {
                    table.append(String.format(Locale.ROOT,
                            "%nAt %,d annotations per coder, %d → %d MB of text (×%d): Glossa ×%.1f, peer ×%.1f.%n",
                            n, small, large, large / small, b[0] / a[0], b[1] / a[1]));
                }
            }
        }
        return table.toString();
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–"
                : value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
