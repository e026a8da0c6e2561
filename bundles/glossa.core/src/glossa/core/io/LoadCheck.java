package glossa.core.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import glossa.core.annotations.AnnotationFactory;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.Relation;

/**
 * What a sidecar that loads can still get wrong, found when an article is opened ({@link ArticleStore#open}):
 * annotations whose offsets lie outside the text (negative, inverted, past the end), and ids used twice. Both are
 * reported, never dropped: an out-of-range annotation is re-anchored by its quote (or orphaned) by the caller, a
 * second holder of an id gets a new one, so that the next save writes a sidecar that is right.
 */
public final class LoadCheck {

    private final List<String> problems = new ArrayList<>();
    private boolean outOfRange;

    private LoadCheck() {
    }

    /** Checks {@code document} against {@code text}, fixing duplicate ids in place. */
    public static LoadCheck run(Document document, String text) {
        LoadCheck check = new LoadCheck();
        check.offsets(document, text.length());
        check.duplicateIds(document);
        return check;
    }

    /** One line per problem found, for the command line and the editor's log. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** True when some annotation's offsets lie outside the text: the caller re-anchors by quote. */
    public boolean outOfRange() {
        return outOfRange;
    }

    private void offsets(Document document, int length) {
        for (Annotation a : document.getAnnotations()) {
            int begin = a.getBegin();
            int end = a.getEnd();
            if (begin < 0 || end < begin || end > length) {
                outOfRange = true;
                problems.add("annotation " + a.getId() + " has offsets " + begin + ".." + end
                        + " outside the text (0.." + length + "); re-anchored by its quote");
            }
        }
    }

    private void duplicateIds(Document document) {
        Set<String> seen = new HashSet<>();
        for (Annotation a : document.getAnnotations()) {
            if (a.getId() != null && !seen.add(a.getId())) {
                String old = a.getId();
                String fresh = freshId(seen);
                a.setId(fresh);
                seen.add(fresh);
                problems.add("annotation id " + old + " is used twice; the second one now has the id " + fresh);
            }
        }
        Set<String> relationIds = new HashSet<>();
        for (Relation r : document.getRelations()) {
            if (r.getId() != null && !relationIds.add(r.getId())) {
                String old = r.getId();
                String fresh;
                do {
                    fresh = "r-" + AnnotationFactory.newId().substring(2);
                } while (relationIds.contains(fresh));
                r.setId(fresh);
                relationIds.add(fresh);
                problems.add("relation id " + old + " is used twice; the second one now has the id " + fresh);
            }
        }
    }

    private static String freshId(Set<String> taken) {
        String id;
        do {
            id = AnnotationFactory.newId();
        } while (taken.contains(id));
        return id;
    }
}
