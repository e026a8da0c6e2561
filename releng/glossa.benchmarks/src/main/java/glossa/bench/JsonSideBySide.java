package glossa.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import glossa.bench.peer.HandJson;
import glossa.exchange.export.JacksonWebAnnotationExporter;
import glossa.exchange.export.PeerWebAnnotationExporter;
import glossa.exchange.export.WebAnnotationExporter;
import glossa.exchange.imports.PeerWebAnnotationImporter;
import glossa.exchange.imports.WebAnnotationImporter;
import glossa.exchange.json.Json;

/**
 * Glossa's JSON against the hand-written JSON code it had before jackson-core (the peer, copied into this module),
 * side by side in one JVM: the W3C Web Annotation (JSON-LD) export of a whole article into a counting null stream,
 * its import into the same text without annotations, the bare parse of that file into a tree, and writing the tree
 * {@code list --json} prints.
 *
 * <p>On a shared two-core machine the load changes from one second to the next, so JMH's one-benchmark-after-another
 * gave ratios from 0.25 to 1.56 for two identical copies of the same code. Here each round runs Glossa and the peer
 * back to back, in alternating order, after a {@code System.gc()} each; the figure is the per-round ratio, reported
 * as median and range over the rounds.</p>
 *
 * <pre>scripts/bench --only json [--sizes 50000] [--warmups 5] [--rounds 15] [--out report.md]</pre>
 */
public final class JsonSideBySide {

    /** One operation of Glossa and the same of the peer. */
    private record Pair(String operation, Op glossa, Op peer) {
    }

    @FunctionalInterface
    private interface Op {
        long run(JsonState s) throws IOException;
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("Export JSON-LD (null stream)", JsonSideBySide::exportGlossa, JsonSideBySide::exportPeer),
            new Pair("Export JSON-LD through a jackson-core JsonGenerator (candidate, not shipped; peer = shipped)",
                    JsonSideBySide::exportCandidate, JsonSideBySide::exportGlossa),
            new Pair("Import JSON-LD (fresh article)", JsonSideBySide::importGlossa, JsonSideBySide::importPeer),
            new Pair("Parse the JSON-LD file to a tree", s -> size(Json.parse(s.jsonLdText)),
                    s -> size(HandJson.parse(s.jsonLdText))),
            new Pair("Print the `list --json` tree (UTF-8 into a null stream)", JsonSideBySide::printGlossa,
                    JsonSideBySide::printPeer));

    private static long sink;

    private JsonSideBySide() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int warmups = Integer.parseInt(options.getOrDefault("warmups", "5"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "15"));
        StringBuilder report = new StringBuilder();
        report.append("## JSON side by side, run of ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("\n\n")
                .append(String.format(Locale.ROOT, "- Machine: %d cores, load average %.2f at the start; JDK %s%n",
                        Runtime.getRuntime().availableProcessors(), load(), System.getProperty("java.version")))
                .append(String.format(Locale.ROOT, "- %d warm-up rounds, then %d rounds; each round runs Glossa and "
                        + "the peer back to back (order alternating), System.gc() before each%n%n", warmups, rounds))
                .append("| Annotations | Operation | Glossa ms, median (min–max) | Peer ms, median (min–max) "
                        + "| Glossa/peer per round, median (min–max) |\n|---:|---|---:|---:|---:|\n");
        StringBuilder notes = new StringBuilder();
        for (String size : options.getOrDefault("sizes", "50000").split(",")) {
            int n = Integer.parseInt(size.strip());
            JsonState state = new JsonState(n);
            notes.append(sameExport(state));
            for (Pair pair : PAIRS) {
                check(pair, state);
                for (int i = 0; i < warmups; i++) {
                    time(pair.glossa(), state);
                    time(pair.peer(), state);
                }
                double[] glossa = new double[rounds];
                double[] peer = new double[rounds];
                double[] ratio = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    if (r % 2 == 0) {
                        glossa[r] = time(pair.glossa(), state);
                        peer[r] = time(pair.peer(), state);
                    } else {
                        peer[r] = time(pair.peer(), state);
                        glossa[r] = time(pair.glossa(), state);
                    }
                    ratio[r] = glossa[r] / peer[r];
                }
                String row = String.format(Locale.ROOT, "| %,d | %s | %s | %s | **%s** |%n", n, pair.operation(),
                        summary(glossa, "%.0f"), summary(peer, "%.0f"), summary(ratio, "%.2f"));
                report.append(row);
                System.out.print(row);
            }
        }
        report.append('\n').append(notes);
        report.append(String.format(Locale.ROOT, "%nLoad average at the end: %.2f%n", load()));
        Path out = Path.of(options.getOrDefault("out", "target/json-side-by-side.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("\n" + report + "\nReport written to " + out.toAbsolutePath() + " (" + sink % 2 + ")");
    }

    /** Whether Glossa's JSON-LD export and the peer's are the same bytes (they should be). */
    private static String sameExport(JsonState s) throws IOException {
        java.io.ByteArrayOutputStream glossa = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream peer = new java.io.ByteArrayOutputStream();
        new WebAnnotationExporter().export(s.article, JsonState.OPTIONS, glossa, null);
        new PeerWebAnnotationExporter().export(s.article, JsonState.OPTIONS, peer, null);
        long at = Arrays.mismatch(glossa.toByteArray(), peer.toByteArray());
        String line = at < 0 ? String.format(Locale.ROOT, "- JSON-LD export: Glossa and the peer write the same %,d "
                + "bytes%n", glossa.size()) : String.format(Locale.ROOT, "- JSON-LD export: Glossa (%,d bytes) and the "
                + "peer (%,d bytes) differ from byte %,d%n", glossa.size(), peer.size(), at);
        System.out.print(line);
        return line;
    }

    /** Both sides must give the same result, or the comparison means nothing. */
    private static void check(Pair pair, JsonState state) throws IOException {
        long glossa = pair.glossa().run(state);
        long peer = pair.peer().run(state);
        if (glossa != peer) {
            System.out.println("note: " + pair.operation() + " gives " + glossa + " (Glossa) and " + peer + " (peer)");
        }
    }

    private static double time(Op op, JsonState state) throws IOException {
        System.gc();
        long start = System.nanoTime();
        sink += op.run(state);
        return (System.nanoTime() - start) / 1e6;
    }

    private static String summary(double[] values, String format) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", Stats.median(sorted), sorted[0],
                sorted[sorted.length - 1]);
    }

    /** What {@code list --json} does now: the generator's bytes straight into standard output. */
    private static long printGlossa(JsonState s) throws IOException {
        JsonState.CountingStream out = new JsonState.CountingStream();
        Json.print(s.listTree, out);
        return out.count;
    }

    /** What it did before: the tree as one String, printed (and so encoded) by a UTF-8 PrintStream. */
    private static long printPeer(JsonState s) {
        JsonState.CountingStream out = new JsonState.CountingStream();
        java.io.PrintStream print = new java.io.PrintStream(out, false, StandardCharsets.UTF_8);
        print.println(HandJson.write(s.listTree));
        print.flush();
        return out.count;
    }

    private static long exportGlossa(JsonState s) throws IOException {
        JsonState.CountingStream out = new JsonState.CountingStream();
        new WebAnnotationExporter().export(s.article, JsonState.OPTIONS, out, null);
        return out.count;
    }

    private static long exportCandidate(JsonState s) throws IOException {
        JsonState.CountingStream out = new JsonState.CountingStream();
        new JacksonWebAnnotationExporter().export(s.article, JsonState.OPTIONS, out, null);
        return out.count;
    }

    private static long exportPeer(JsonState s) throws IOException {
        JsonState.CountingStream out = new JsonState.CountingStream();
        new PeerWebAnnotationExporter().export(s.article, JsonState.OPTIONS, out, null);
        return out.count;
    }

    private static long importGlossa(JsonState s) throws IOException {
        return new WebAnnotationImporter().read(s.fresh, new ByteArrayInputStream(s.jsonLd), null).annotations().size();
    }

    private static long importPeer(JsonState s) throws IOException {
        return new PeerWebAnnotationImporter().read(s.fresh, new ByteArrayInputStream(s.jsonLd), null).annotations()
                .size();
    }

    /** The number of values in a parsed tree: equal trees give equal sizes. */
    private static long size(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            long n = 1;
            for (Object v : map.values()) {
                n += size(v);
            }
            return n;
        }
        if (tree instanceof List<?> list) {
            long n = 1;
            for (Object v : list) {
                n += size(v);
            }
            return n;
        }
        return 1;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
