package glossa.core.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures for a methods appendix: one row for the whole scope, then one per part of it (the sections directly
 * under it, or the articles of a case), each with its figures per type and over all types. Written as HTML or CSV
 * by {@code glossa.exchange.agreement}.
 *
 * @param title the article's or the case's name
 * @param coders the coders compared in every row
 */
public record AgreementReport(String title, List<String> coders, List<Row> rows) {

    /**
     * One scope's figures.
     *
     * @param depth 0 for the whole scope, 1 for its parts
     */
    public record Row(String scope, int depth, AgreementResult result) {
    }

    public AgreementReport {
        coders = List.copyOf(coders);
        rows = List.copyOf(rows);
    }

    /**
     * An article, or some of its sections ({@code scopes} non-empty): the scope, then each section directly under it.
     * {@code coders == null} means all coders of the article.
     */
    public static AgreementReport forArticle(ArticleCoding article, List<String> coders, List<Scope> scopes) {
        List<String> chosen = coders == null ? article.coders() : coders;
        List<Row> rows = new ArrayList<>();
        List<Scope> parts;
        if (scopes == null || scopes.isEmpty()) {
            rows.add(new Row(article.name(), 0, Agreement.compute(AgreementStudies.ofArticle(article, chosen))));
            parts = article.sections();
        } else {
            AgreementStudy whole = AgreementStudies.ofScopes(article, chosen, scopes);
            rows.add(new Row(whole.continua().isEmpty() ? "" : whole.continua().get(0).label(), 0,
                    Agreement.compute(whole)));
            parts = scopes.stream().flatMap(s -> s.children().stream()).toList();
        }
        for (Scope part : parts) {
            rows.add(new Row(part.label(), 1,
                    Agreement.compute(AgreementStudies.ofScopes(article, chosen, List.of(part)))));
        }
        return new AgreementReport(article.name(), chosen, rows);
    }

    /** A case: all its articles together, then each article. {@code coders == null} means all. */
    public static AgreementReport forCase(String name, List<ArticleCoding> articles, List<String> coders) {
        List<String> chosen = coders == null ? AgreementStudies.coders(articles) : coders;
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(name, 0, Agreement.compute(AgreementStudies.ofArticles(articles, chosen))));
        for (ArticleCoding article : articles) {
            rows.add(new Row(article.name(), 1, Agreement.compute(AgreementStudies.ofArticle(article, chosen))));
        }
        return new AgreementReport(name, chosen, rows);
    }
}
