package glossa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseCodebook;
import glossa.core.codebook.Codebooks;
import glossa.model.AnnotationType;
import glossa.search.CodingUnit;
import glossa.search.HitCoder;
import glossa.search.SearchHit;

/** {@code search --code}: codes the hits article by article, each saved through the atomic sidecar save. */
final class HitCoding {

    private final Path root;
    private final String typeId;
    private final CodingUnit unit;
    private final String author;
    private final boolean suggest;
    private final PrintStream err;

    HitCoding(Path root, String typeId, CodingUnit unit, String author, boolean suggest, PrintStream err) {
        this.root = root;
        this.typeId = typeId;
        this.unit = unit;
        this.author = author;
        this.suggest = suggest;
        this.err = err;
    }

    /** Returns how many annotations were added. */
    int code(List<SearchHit> hits) throws UsageException {
        Map<String, List<SearchHit>> byArticle = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            byArticle.computeIfAbsent(hit.article(), a -> new ArrayList<>()).add(hit);
        }
        CaseCodebook caseCodebook = caseCodebook();
        int added = 0;
        for (Map.Entry<String, List<SearchHit>> entry : byArticle.entrySet()) {
            AnnotatedArticle article = CliArticles.open(root.resolve(entry.getKey()).toString(), err);
            if (caseCodebook != null) {
                caseCodebook.mergeInto(article.document());
            }
            AnnotationType type = Codebooks.find(article.document().getCodebook(), typeId).orElseThrow(
                    () -> new UsageException("unknown type '" + typeId + "' in " + entry.getKey() + " (types: "
                            + String.join(", ", Codebooks.activeTypes(article.document().getCodebook()).stream()
                                    .map(t -> t.getId()).toList()) + ")"));
            if (type.isRetired()) {
                throw new UsageException("type '" + typeId + "' is retired; it takes no new annotations");
            }
            HitCoder.Plan plan = HitCoder.plan(article, type, entry.getValue(), unit, author, suggest);
            if (plan.stale() > 0) {
                err.println("glossa: " + entry.getKey() + ": " + plan.stale()
                        + " hit(s) skipped: the text changed since the search");
            }
            if (!plan.annotations().isEmpty()) {
                article.document().getAnnotations().addAll(plan.annotations());
                CliArticles.saveSidecar(article);
                added += plan.annotations().size();
            }
        }
        return added;
    }

    private CaseCodebook caseCodebook() throws UsageException {
        try {
            return CaseCodebook.load(root);
        } catch (IOException e) {
            throw new UsageException("cannot read the case codebook " + CaseCodebook.fileOf(root) + ": "
                    + CliArticles.oneLine(String.valueOf(e.getMessage())));
        }
    }
}
