package glossa.core.tests.anchor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;

import glossa.core.anchor.AnchorResult;
import glossa.core.anchor.ReanchorReport;
import glossa.core.anchor.Reanchorer;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.annotations.Spans;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * The anchoring corpus: the sample article annotated synthetically (quotes of 4–80 characters at random places, and
 * repeated uses of frequent phrases), revised in every way {@link RevisionGenerator} knows, re-anchored, and checked
 * against the ground truth of each revision. Deterministic for a seed; {@link #main} prints the figures reported in
 * docs/reliability.md.
 */
public final class AnchoringCorpus {

    /** What a quote went through in a revision, judged from the ground truth. */
    enum Category {
        /** Every character survived (possibly rewritten as equivalent punctuation, with whitespace changed). */
        INTACT,
        /** Up to 10% of its characters edited. */
        EDITED,
        /** More than 10% edited, or deleted. */
        DESTROYED
    }

    /** Counts of one run or of many, merged. */
    static final class Metrics {
        final Map<Category, int[]> cases = new EnumMap<>(Category.class); // {total, right place, exact-or-moved}
        int placed;
        int falseAnchors;
        /** Quotes whose text occurs at least twice in the old text. */
        int repeated;
        final Map<AnchorState, Integer> states = new EnumMap<>(AnchorState.class);
        final List<String> failures = new ArrayList<>();
        /** The false anchors among the failures, kept apart so that a long list of orphans does not hide them. */
        final List<String> falseAnchorCases = new ArrayList<>();

        Metrics() {
            for (Category c : Category.values()) {
                cases.put(c, new int[3]);
            }
            for (AnchorState s : AnchorState.VALUES) {
                states.put(s, 0);
            }
        }

        void add(Metrics other) {
            for (Category c : Category.values()) {
                for (int i = 0; i < 3; i++) {
                    cases.get(c)[i] += other.cases.get(c)[i];
                }
            }
            placed += other.placed;
            falseAnchors += other.falseAnchors;
            repeated += other.repeated;
            other.states.forEach((s, n) -> states.merge(s, n, Integer::sum));
            if (falseAnchorCases.size() < 40) {
                falseAnchorCases.addAll(other.falseAnchorCases.subList(0,
                        Math.min(other.falseAnchorCases.size(), 40 - falseAnchorCases.size())));
            }
            if (failures.size() < 40) {
                failures.addAll(other.failures.subList(0, Math.min(other.failures.size(), 40 - failures.size())));
            }
        }

        int total(Category c) {
            return cases.get(c)[0];
        }

        double rightPlaceRate(Category c) {
            return rate(cases.get(c)[1], cases.get(c)[0]);
        }

        double exactOrMovedRate(Category c) {
            return rate(cases.get(c)[2], cases.get(c)[0]);
        }

        int annotations() {
            return states.values().stream().mapToInt(Integer::intValue).sum();
        }

        double repeatedShare() {
            return rate(repeated, annotations());
        }

        double falseAnchorRate() {
            return rate(falseAnchors, placed);
        }

        private static double rate(int n, int of) {
            return of == 0 ? 1 : (double) n / of;
        }
    }

    private final String text;
    private final Random random;
    private final AnnotationType type = DefaultCodebook.create().getTypes().get(0);

    AnchoringCorpus(String text, long seed) {
        this.text = text;
        this.random = new Random(seed);
    }

    /** Reads the sample named by the {@code glossa.sample} system property. */
    static String sample() throws IOException {
        String path = System.getProperty("glossa.sample");
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("set -Dglossa.sample to the Chinese sample article");
        }
        return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    }

    /** A document over the text with its sections and {@code count} synthetic annotations. */
    Document annotate(int count) {
        return annotate(count, 0.2, 3);
    }

    /**
     * As {@link #annotate(int)}, with a share {@code repeatedShare} of the quotes on phrases of 4–8 characters that
     * occur at least {@code minOccurrences} times.
     */
    Document annotate(int count, double repeatedShare, int minOccurrences) {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.getSections().addAll(sections(text));
        List<String> frequent = frequentPhrases(text, minOccurrences);
        for (int i = 0; i < count; i++) {
            int begin;
            int end;
            if (random.nextDouble() < repeatedShare && !frequent.isEmpty()) {
                String phrase = frequent.get(random.nextInt(frequent.size()));
                List<Integer> at = occurrences(text, phrase);
                begin = at.get(random.nextInt(at.size()));
                end = begin + phrase.length();
            } else {
                double r = random.nextDouble();
                int length = r < 0.35 ? 4 + random.nextInt(7) : r < 0.75 ? 11 + random.nextInt(20) : 31 + random.nextInt(50);
                begin = random.nextInt(text.length() - length);
                end = begin + length;
            }
            int[] span = Spans.normalize(text, begin, end);
            if (span[1] - span[0] < 4) {
                i--;
                continue;
            }
            Annotation a = AnnotationFactory.create(text, type, span[0], span[1], "corpus");
            document.getAnnotations().add(a);
        }
        return document;
    }

    /** Phrases of 4–8 characters that occur at least {@code min} times: the hard cases for choosing among duplicates. */
    private static List<String> frequentPhrases(String text, int min) {
        Map<String, Integer> counts = new HashMap<>();
        for (int length = 4; length <= 8; length++) {
            for (int i = 0; i + length <= text.length(); i++) {
                String s = text.substring(i, i + length);
                if (s.chars().noneMatch(Character::isWhitespace)) {
                    counts.merge(s, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= min).map(Map.Entry::getKey).sorted().toList();
    }

    private static List<Integer> occurrences(String text, String phrase) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            at.add(i);
        }
        return at;
    }

    private static final Pattern HEADING = Pattern.compile("(?m)^(?:([一二三四五六七八九十]+)、|  (\\d+)\\. |(结语))(.*)$");

    /** Sections of the sample as the detector would find them: 一、… top level, "  1. …" below, 结语 closing. */
    static List<Section> sections(String text) {
        List<Section> top = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        Section current = null;
        Section preamble = section("", "", 1, 0, SectionKind.PREAMBLE);
        top.add(preamble);
        while (m.find()) {
            if (m.group(2) != null) {
                if (current != null) {
                    current.getChildren().add(section(m.group(2) + ".", m.group(4).strip(), 2, m.start(), SectionKind.BODY));
                }
                continue;
            }
            boolean closing = m.group(3) != null;
            current = section(closing ? "" : m.group(1), closing ? m.group(0).strip() : m.group(4).strip(), 1, m.start(),
                    closing ? SectionKind.CLOSING : SectionKind.BODY);
            top.add(current);
        }
        // Each section ends where the next one at its level (or above) begins.
        for (int i = 0; i < top.size(); i++) {
            int end = i + 1 < top.size() ? top.get(i + 1).getBegin() : text.length();
            top.get(i).setEnd(end);
            List<Section> children = top.get(i).getChildren();
            for (int j = 0; j < children.size(); j++) {
                children.get(j).setEnd(j + 1 < children.size() ? children.get(j + 1).getBegin() : end);
            }
        }
        preamble.setEnd(top.size() > 1 ? top.get(1).getBegin() : text.length());
        return top;
    }

    private static Section section(String number, String title, int level, int begin, SectionKind kind) {
        Section s = GlossaFactory.eINSTANCE.createSection();
        s.setNumber(number);
        s.setTitle(title);
        s.setLevel(level);
        s.setBegin(begin);
        s.setKind(kind);
        return s;
    }

    /** Annotates, revises with {@code kind}, re-anchors and judges every annotation against the ground truth. */
    Metrics run(RevisionGenerator.Kind kind, int annotations, boolean passOldText) {
        Document document = kind.repeatedPhrases() ? annotate(annotations, 0.3, 2) : annotate(annotations);
        List<int[]> spans = document.getAnnotations().stream().map(a -> new int[] { a.getBegin(), a.getEnd() }).toList();
        Revision revision = new RevisionGenerator(random).generate(kind, text, spans);
        ReanchorReport report = new Reanchorer().reanchor(revision.text(), document, passOldText ? text : null,
                new NullProgressMonitor());
        Metrics metrics = new Metrics();
        for (AnchorResult r : report.results()) {
            judge(revision, r, metrics, kind);
            if (ContextRewriter.occursTwice(text, text.substring(r.oldBegin(), r.oldEnd()))) {
                metrics.repeated++;
            }
        }
        return metrics;
    }

    private static void judge(Revision revision, AnchorResult r, Metrics metrics, RevisionGenerator.Kind kind) {
        metrics.states.merge(r.state(), 1, Integer::sum);
        String newText = revision.text();
        int quoteChars = 0;
        int surviving = 0;
        int gtBegin = Integer.MAX_VALUE;
        int gtEnd = -1;
        for (int i = r.oldBegin(); i < r.oldEnd(); i++) {
            if (Spans.isBlank(revision.oldText().charAt(i))) {
                continue;
            }
            quoteChars++;
            int to = revision.map()[i];
            if (to >= 0) {
                surviving++;
                gtBegin = Math.min(gtBegin, to);
                gtEnd = Math.max(gtEnd, to + 1);
            }
        }
        Category category;
        int edits = quoteChars - surviving;
        if (surviving > 0) {
            int nonBlankInSpan = 0;
            for (int i = gtBegin; i < gtEnd; i++) {
                if (!Spans.isBlank(newText.charAt(i))) {
                    nonBlankInSpan++;
                }
            }
            edits += nonBlankInSpan - surviving; // characters inserted inside the quote
        }
        if (surviving == 0) {
            category = Category.DESTROYED;
        } else if (edits == 0 && gtEnd - gtBegin >= 0 && isInOrder(revision, r)) {
            category = Category.INTACT;
        } else if (edits <= 0.10 * quoteChars) {
            category = Category.EDITED;
        } else {
            category = Category.DESTROYED;
        }
        int[] counts = metrics.cases.get(category);
        counts[0]++;
        boolean placed = r.state() != AnchorState.ORPHANED;
        if (placed) {
            metrics.placed++;
        }
        boolean right;
        if (category == Category.INTACT) {
            right = placed && r.newBegin() == gtBegin && r.newEnd() == gtEnd;
        } else {
            right = placed && surviving > 0 && jaccard(r.newBegin(), r.newEnd(), gtBegin, gtEnd) >= 0.75;
        }
        if (right) {
            counts[1]++;
            if (r.state() == AnchorState.EXACT || r.state() == AnchorState.MOVED) {
                counts[2]++;
            }
        }
        boolean falseAnchor = placed && precision(revision, r) < 0.5;
        if (falseAnchor) {
            metrics.falseAnchors++;
        }
        if ((falseAnchor || (!right && category != Category.DESTROYED)) && metrics.failures.size() < 40) {
            metrics.failures.add(describe(kind, category, r, surviving, gtBegin, gtEnd));
        }
        if (falseAnchor && metrics.falseAnchorCases.size() < 40) {
            metrics.falseAnchorCases.add(describe(kind, category, r, surviving, gtBegin, gtEnd));
        }
    }

    private static String describe(RevisionGenerator.Kind kind, Category category, AnchorResult r, int surviving,
            int gtBegin, int gtEnd) {
        return String.format(Locale.ROOT, "%s %s %s old=%d..%d gt=%d..%d new=%d..%d score=%.2f quote=[%s] new=[%s]%s",
                kind, category, r.state(), r.oldBegin(), r.oldEnd(), surviving == 0 ? -1 : gtBegin,
                surviving == 0 ? -1 : gtEnd, r.newBegin(), r.newEnd(), r.score(), r.oldQuote(), r.newQuote(),
                r.reason() == null ? "" : " (" + r.reason() + ")");
    }

    /**
     * The share of the placed text (non-blank characters) that is the annotation's own text, by the ground truth: a
     * placement mostly on other characters is a false anchor.
     */
    private static double precision(Revision revision, AnchorResult r) {
        int[] newToOld = revision.inverse();
        int own = 0;
        int all = 0;
        for (int j = r.newBegin(); j < r.newEnd(); j++) {
            if (Spans.isBlank(revision.text().charAt(j))) {
                continue;
            }
            all++;
            int from = newToOld[j];
            if (from >= r.oldBegin() && from < r.oldEnd()) {
                own++;
            }
        }
        return all == 0 ? 0 : (double) own / all;
    }

    /** The surviving characters kept their order and nothing but whitespace came between them. */
    private static boolean isInOrder(Revision revision, AnchorResult r) {
        int last = -1;
        for (int i = r.oldBegin(); i < r.oldEnd(); i++) {
            int to = revision.map()[i];
            if (to >= 0 && !Spans.isBlank(revision.oldText().charAt(i))) {
                if (to < last) {
                    return false;
                }
                last = to;
            }
        }
        return true;
    }

    private static double jaccard(int b1, int e1, int b2, int e2) {
        int inter = Math.max(0, Math.min(e1, e2) - Math.max(b1, b2));
        int union = Math.max(e1, e2) - Math.min(b1, b2);
        return union <= 0 ? 0 : (double) inter / union;
    }

    /** Runs every kind for seeds {@code 1..seeds}; returns per-kind metrics plus the total under key null. */
    static Map<RevisionGenerator.Kind, Metrics> runAll(String text, int seeds, int annotations, boolean passOldText) {
        Map<RevisionGenerator.Kind, Metrics> byKind = new EnumMap<>(RevisionGenerator.Kind.class);
        for (RevisionGenerator.Kind kind : RevisionGenerator.Kind.values()) {
            Metrics m = new Metrics();
            for (int seed = 1; seed <= seeds; seed++) {
                m.add(new AnchoringCorpus(text, seed * 1_000_003L + kind.ordinal()).run(kind, annotations, passOldText));
            }
            byKind.put(kind, m);
        }
        return byKind;
    }

    static Metrics total(Map<RevisionGenerator.Kind, Metrics> byKind) {
        Metrics total = new Metrics();
        byKind.values().forEach(total::add);
        return total;
    }

    static String table(Map<RevisionGenerator.Kind, Metrics> byKind) {
        StringBuilder out = new StringBuilder();
        out.append("| revision | annotations | intact | intact right place | intact exact/moved | edited ≤10% | edited right place | destroyed | placed | false anchors |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        byKind.forEach((kind, m) -> row(out, kind.name().toLowerCase(Locale.ROOT), m));
        row(out, "**all**", total(byKind));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Metrics m) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f%% | %.2f%% | %d | %.2f%% | %d | %d | %d (%.2f%%) |%n", name,
                m.annotations(), m.total(Category.INTACT), 100 * m.rightPlaceRate(Category.INTACT),
                100 * m.exactOrMovedRate(Category.INTACT), m.total(Category.EDITED), 100 * m.rightPlaceRate(Category.EDITED),
                m.total(Category.DESTROYED), m.placed, m.falseAnchors, 100 * m.falseAnchorRate()));
    }

    /** Prints the corpus figures: {@code seeds [annotations]} (defaults 30 and 300). */
    public static void main(String[] args) throws IOException {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int annotations = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Map<RevisionGenerator.Kind, Metrics> byKind = runAll(sample(), seeds, annotations, false);
        System.out.println(table(byKind));
        System.out.printf(Locale.ROOT, "repeated-phrase kind: %.1f%% of quotes occur twice or more%n",
                100 * byKind.get(RevisionGenerator.Kind.REPEATED_PHRASE_NEIGHBOURHOOD).repeatedShare());
        byKind.values().forEach(m -> m.failures.stream().limit(12).forEach(System.out::println));
        System.out.println("False anchors:");
        byKind.values().forEach(m -> m.falseAnchorCases.forEach(System.out::println));
    }
}
