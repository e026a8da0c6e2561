package glossa.core.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where coders differ in one article, for review and adjudication.
 *
 * <p>An annotation is <em>agreed</em> when every coder taking part in the article (see {@link AgreementStudies}) has
 * one of the same type at the same offsets; agreed annotations are left out. The others are chained by overlap (an
 * annotation that shares a character with the chain joins it; merely touching ones do not) into disagreements, in
 * text order, i.e. sorted by section. Rejected annotations take part as well, so a settled disagreement stays listed
 * and shows who stands.</p>
 */
public final class Disagreements {

    private Disagreements() {
    }

    /** {@code coders == null} means all coders of the article; none when fewer than two of them took part. */
    public static List<Disagreement> find(ArticleCoding article, List<String> coders) {
        List<String> chosen = coders == null ? article.coders() : coders.stream().distinct().toList();
        Set<String> participating = new HashSet<>();
        for (CodedSpan span : article.spans()) {
            if (chosen.contains(span.coder())) {
                participating.add(span.coder());
            }
        }
        List<String> order = chosen.stream().filter(participating::contains).toList();
        if (order.size() < 2) {
            return List.of();
        }
        Map<String, Set<String>> codersOf = new HashMap<>();
        for (CodedSpan span : article.spans()) {
            if (participating.contains(span.coder())) {
                codersOf.computeIfAbsent(key(span), k -> new HashSet<>()).add(span.coder());
            }
        }
        List<CodedSpan> differing = new ArrayList<>();
        for (CodedSpan span : article.spans()) {
            if (participating.contains(span.coder()) && codersOf.get(key(span)).size() < order.size()) {
                differing.add(span);
            }
        }
        differing.sort(Comparator.comparingInt(CodedSpan::begin).thenComparingInt(CodedSpan::end));
        List<Disagreement> found = new ArrayList<>();
        List<CodedSpan> chain = new ArrayList<>();
        int chainEnd = -1;
        for (CodedSpan span : differing) {
            if (!chain.isEmpty() && span.begin() >= chainEnd) {
                found.add(disagreement(article, order, chain, chainEnd));
                chain.clear();
            }
            chain.add(span);
            chainEnd = chain.size() == 1 ? span.end() : Math.max(chainEnd, span.end());
        }
        if (!chain.isEmpty()) {
            found.add(disagreement(article, order, chain, chainEnd));
        }
        return found;
    }

    private static String key(CodedSpan span) {
        return span.type() + '\u0000' + span.begin() + ':' + span.end();
    }

    private static Disagreement disagreement(ArticleCoding article, List<String> coders, List<CodedSpan> chain,
            int end) {
        Map<String, List<CodedSpan>> byCoder = new LinkedHashMap<>();
        coders.forEach(c -> byCoder.put(c, new ArrayList<>()));
        chain.forEach(s -> byCoder.get(s.coder()).add(s));
        int begin = chain.get(0).begin();
        return new Disagreement(begin, end, article.sectionAt(begin), byCoder);
    }
}
