package glossa.core.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds agreement studies from articles: the whole article, some of its sections, or every article of a case.
 *
 * <p><b>Who took part where.</b> A coder takes part in an article when at least one of their annotations counts
 * there ({@link ArticleCoding#counts}); elsewhere their values are missing, not "no type". So a case where each
 * article was double-coded by a different pair compares each article's pair, and a coder who never opened an
 * article does not count as disagreeing with everything in it. Within an article that a coder took part in,
 * every character the coder left unannotated is "no type".</p>
 *
 * <p><b>Types.</b> The study's types are those the chosen coders used inside the scope, in codebook order.</p>
 */
public final class AgreementStudies {

    private AgreementStudies() {
    }

    /** Every coder of the articles, sorted by name. */
    public static List<String> coders(List<ArticleCoding> articles) {
        TreeSet<String> coders = new TreeSet<>();
        articles.forEach(a -> coders.addAll(a.coders()));
        return List.copyOf(coders);
    }

    /** Each article whole, as one continuum; {@code coders == null} means all. */
    public static AgreementStudy ofArticles(List<ArticleCoding> articles, List<String> coders) {
        List<Part> parts = new ArrayList<>();
        for (ArticleCoding article : articles) {
            parts.add(new Part(article, List.of(new int[] { 0, article.length() }), article.name()));
        }
        return build(parts, coders == null ? coders(articles) : coders);
    }

    public static AgreementStudy ofArticle(ArticleCoding article, List<String> coders) {
        return ofArticles(List.of(article), coders);
    }

    /**
     * Some stretches of one article, e.g. sections; nested or overlapping ones are merged so that no character
     * counts twice. {@code coders == null} means all coders of the article.
     */
    public static AgreementStudy ofScopes(ArticleCoding article, List<String> coders, List<Scope> scopes) {
        List<int[]> ranges = new ArrayList<>();
        scopes.stream().sorted(Comparator.comparingInt(Scope::begin)).forEach(s -> {
            int begin = Math.max(0, s.begin());
            int end = Math.min(article.length(), s.end());
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && begin <= last[1]) {
                last[1] = Math.max(last[1], end);
            } else if (begin < end) {
                ranges.add(new int[] { begin, end });
            }
        });
        String label = String.join(", ", scopes.stream().map(Scope::label).toList());
        return build(List.of(new Part(article, ranges, label)), coders == null ? article.coders() : coders);
    }

    private record Part(ArticleCoding article, List<int[]> ranges, String label) {
    }

    private static AgreementStudy build(List<Part> parts, List<String> coders) {
        List<String> codersInOrder = coders.stream().distinct().toList();
        Map<String, Integer> coderIndex = new HashMap<>();
        for (String coder : codersInOrder) {
            coderIndex.put(coder, coderIndex.size());
        }
        Set<String> used = new HashSet<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Part part : parts) {
            names.putAll(part.article().typeNames());
            for (CodedSpan span : part.article().spans()) {
                if (coderIndex.containsKey(span.coder()) && inside(span, part.ranges())) {
                    used.add(span.type());
                }
            }
        }
        List<String> types = new ArrayList<>();
        List<String> typeNames = new ArrayList<>();
        Map<String, Integer> typeIndex = new HashMap<>();
        names.forEach((id, name) -> {
            if (used.contains(id)) {
                typeIndex.put(id, types.size());
                types.add(id);
                typeNames.add(name);
            }
        });
        AgreementStudy.Builder builder = AgreementStudy.builder(codersInOrder, types, typeNames);
        for (Part part : parts) {
            boolean[] covered = new boolean[codersInOrder.size()];
            for (CodedSpan span : part.article().spans()) {
                Integer c = coderIndex.get(span.coder());
                if (c != null) {
                    covered[c] = true;
                }
            }
            for (int[] range : part.ranges()) {
                builder.continuum(part.label(), range[0], range[1]);
                for (int c = 0; c < covered.length; c++) {
                    if (covered[c]) {
                        builder.cover(c);
                    }
                }
                for (CodedSpan span : part.article().spans()) {
                    Integer c = coderIndex.get(span.coder());
                    if (c != null && span.overlaps(range[0], range[1])) {
                        builder.span(c, span.begin(), span.end(), typeIndex.get(span.type()));
                    }
                }
            }
        }
        return builder.build();
    }

    private static boolean inside(CodedSpan span, List<int[]> ranges) {
        for (int[] range : ranges) {
            if (span.overlaps(range[0], range[1])) {
                return true;
            }
        }
        return false;
    }
}
