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
 * <li>A type both know: the case codebook's presentation wins (name, colour, shortcut, style, description, retired),
 * and so does its place: the article's type moves under the parent the case gives it (or to the top level), unless
 * that would put it inside itself.</li>
 * <li>Attribute definitions are united by name in both directions; for a name both know, the case's kind, choices
 * and description win. A definition removed from the case stays in the articles that have it (and comes back to the
 * case from them): retire a type rather than take its attributes away.</li>
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
            changed |= applyDefinitions(shared, local);
            changed |= uniteAttributes(shared, local);
            caseChanged |= uniteAttributes(local, shared);
            if (changed) {
                updated.add(shared.getId());
            }
        }
        for (String moved : placeLike(caseBook, article)) {
            if (!updated.contains(moved)) {
                updated.add(moved);
            }
        }
        return new Result(List.copyOf(addedToCase), List.copyOf(addedToArticle), List.copyOf(updated), caseChanged);
    }

    /**
     * Moves every type of {@code to} that {@code from} also knows under the parent {@code from} gives it (the type
     * of {@code to} with the parent's id, or the top level). Parents are placed before their children, so a type is
     * never moved inside itself; a place that would do so anyway (the parent is missing in {@code to}) is skipped.
     *
     * @return the ids of the moved types
     */
    static List<String> placeLike(Codebook from, Codebook to) {
        Map<String, AnnotationType> targets = byId(to);
        List<String> moved = new ArrayList<>();
        for (AnnotationType model : Codebooks.allTypes(from)) {
            AnnotationType type = hasId(model) ? targets.get(model.getId()) : null;
            if (type != null && place(type, parentIn(model, targets), model.eContainer() instanceof AnnotationType, to)) {
                moved.add(type.getId());
            }
        }
        return moved;
    }

    /**
     * Puts {@code type} under {@code parent} (the top level of {@code codebook} when null and not {@code nested}).
     * True when it moved.
     */
    static boolean place(AnnotationType type, AnnotationType parent, boolean nested, Codebook codebook) {
        if (nested && parent == null) {
            return false; // the parent has no counterpart here: leave the type where it is
        }
        Object current = type.eContainer();
        if (parent == null ? current == codebook : current == parent) {
            return false;
        }
        if (parent != null && (parent == type || EcoreUtil.isAncestor(type, parent))) {
            return false;
        }
        if (parent == null) {
            codebook.getTypes().add(type);
        } else {
            parent.getChildren().add(type);
        }
        return true;
    }

    /** The counterpart in {@code types} of {@code model}'s parent, or null when it is at the top level or unknown. */
    static AnnotationType parentIn(AnnotationType model, Map<String, AnnotationType> types) {
        return model.eContainer() instanceof AnnotationType parent && hasId(parent) ? types.get(parent.getId()) : null;
    }

    /**
     * Sets kind, choices and description of the definitions of {@code to} that {@code from} also has (by name) to
     * those of {@code from}; true when any differed.
     */
    static boolean applyDefinitions(AnnotationType from, AnnotationType to) {
        boolean changed = false;
        for (AttributeDefinition model : from.getAttributes()) {
            for (AttributeDefinition definition : to.getAttributes()) {
                if (!Objects.equals(model.getName(), definition.getName())) {
                    continue;
                }
                if (model.getKind() != definition.getKind()) {
                    definition.setKind(model.getKind());
                    changed = true;
                }
                if (!model.getChoices().equals(definition.getChoices())) {
                    definition.getChoices().clear();
                    definition.getChoices().addAll(model.getChoices());
                    changed = true;
                }
                if (!Objects.equals(model.getDescription(), definition.getDescription())) {
                    definition.setDescription(model.getDescription());
                    changed = true;
                }
            }
        }
        return changed;
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
