package glossa.core.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;

import glossa.core.codebook.Codebooks;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.Codebook;

/**
 * The merge rules between a case codebook and an article's codebook. Types are matched by id; nothing is ever removed
 * (retired types stay, so old annotations stay readable).
 *
 * <ul>
 * <li>A type whose id only the article knows is copied into the case codebook, under the parent with the same id
 * (else at the top level).</li>
 * <li>A type whose id only the case knows is copied into the article's codebook the same way.</li>
 * <li>A type both know: the case codebook's presentation wins (name, colour, shortcut, style, description, retired);
 * attribute definitions are united by name in both directions.</li>
 * </ul>
 *
 * Existing type objects of the article are updated in place, never replaced, so its annotations keep their types.
 */
public final class CodebookMerge {

    /** What a merge changed, as type ids. */
    public record Result(List<String> addedToCase, List<String> addedToArticle, List<String> updatedInArticle,
            boolean caseChanged) {

        public boolean articleChanged() {
            return !addedToArticle.isEmpty() || !updatedInArticle.isEmpty();
        }
    }

    private CodebookMerge() {
    }

    /** Merges both ways; see the class comment for the rules. */
    public static Result merge(Codebook caseBook, Codebook article) {
        List<String> addedToCase = copyMissing(article, caseBook);
        List<String> addedToArticle = copyMissing(caseBook, article);
        List<String> updated = new ArrayList<>();
        boolean caseChanged = !addedToCase.isEmpty();
        Map<String, AnnotationType> articleTypes = byId(article);
        for (AnnotationType shared : Codebooks.allTypes(caseBook)) {
            AnnotationType local = articleTypes.get(shared.getId());
            if (local == null || addedToArticle.contains(shared.getId())) {
                continue;
            }
            boolean changed = applyPresentation(shared, local);
            changed |= uniteAttributes(shared, local);
            caseChanged |= uniteAttributes(local, shared);
            if (changed) {
                updated.add(shared.getId());
            }
        }
        return new Result(List.copyOf(addedToCase), List.copyOf(addedToArticle), List.copyOf(updated), caseChanged);
    }

    /** Copies into {@code to} every type of {@code from} whose id {@code to} lacks; returns their ids. */
    static List<String> copyMissing(Codebook from, Codebook to) {
        Map<String, AnnotationType> known = byId(to);
        List<String> added = new ArrayList<>();
        for (AnnotationType type : Codebooks.allTypes(from)) {
            if (!hasId(type) || known.containsKey(type.getId())) {
                continue;
            }
            AnnotationType copy = EcoreUtil.copy(type);
            copy.getChildren().clear(); // children follow one by one, so each is checked on its own
            AnnotationType parent = type.eContainer() instanceof AnnotationType p && hasId(p) ? known.get(p.getId()) : null;
            if (parent != null) {
                parent.getChildren().add(copy);
            } else {
                to.getTypes().add(copy);
            }
            known.put(copy.getId(), copy);
            added.add(copy.getId());
        }
        return added;
    }

    /** Sets the case's presentation on the article's type; true when anything differed. */
    static boolean applyPresentation(AnnotationType from, AnnotationType to) {
        boolean changed = false;
        if (!Objects.equals(from.getName(), to.getName())) {
            to.setName(from.getName());
            changed = true;
        }
        if (!Objects.equals(from.getColor(), to.getColor())) {
            to.setColor(from.getColor());
            changed = true;
        }
        if (!Objects.equals(from.getShortcut(), to.getShortcut())) {
            to.setShortcut(from.getShortcut());
            changed = true;
        }
        if (!Objects.equals(from.getDescription(), to.getDescription())) {
            to.setDescription(from.getDescription());
            changed = true;
        }
        if (from.getStyle() != to.getStyle()) {
            to.setStyle(from.getStyle());
            changed = true;
        }
        if (from.isRetired() != to.isRetired()) {
            to.setRetired(from.isRetired());
            changed = true;
        }
        return changed;
    }

    /** Adds to {@code to} the attribute definitions of {@code from} it lacks (by name); true when any was added. */
    static boolean uniteAttributes(AnnotationType from, AnnotationType to) {
        boolean changed = false;
        for (AttributeDefinition definition : from.getAttributes()) {
            boolean present = to.getAttributes().stream().anyMatch(d -> Objects.equals(d.getName(), definition.getName()));
            if (!present) {
                to.getAttributes().add(EcoreUtil.copy(definition));
                changed = true;
            }
        }
        return changed;
    }

    static Map<String, AnnotationType> byId(Codebook codebook) {
        Map<String, AnnotationType> map = new HashMap<>();
        for (AnnotationType type : Codebooks.allTypes(codebook)) {
            if (hasId(type)) {
                map.putIfAbsent(type.getId(), type);
            }
        }
        return map;
    }

    private static boolean hasId(AnnotationType type) {
        return type.getId() != null && !type.getId().isBlank();
    }
}
