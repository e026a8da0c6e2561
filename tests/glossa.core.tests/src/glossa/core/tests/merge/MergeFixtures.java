package glossa.core.tests.merge;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.merge.MergeResult;
import glossa.core.merge.ThreeWayMerge;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.AttributeValue;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Relation;

/** Small documents for merge tests, and a view of a document as plain values to compare independently of the merge. */
final class MergeFixtures {

    static final String TEXT = "一、技术出口管制升级。美国要求限制AI芯片出口，中国加快国产算力替代。OpenAI 称 DeepSeek 的成本已降至十分之一。"
            .repeat(20);

    private MergeFixtures() {
    }

    static Document document() {
        Document d = GlossaFactory.eINSTANCE.createDocument();
        d.setTitle("sample");
        d.setCodebook(DefaultCodebook.create());
        return d;
    }

    /** A document with annotations a (claim 0..10), b (policy-measure 20..30), c (counter-strategy 40..50) and r: a -> b. */
    static Document sample() {
        Document d = document();
        Annotation a = annotate(d, "a", "claim", 0, 10);
        Annotation b = annotate(d, "b", "policy-measure", 20, 30);
        annotate(d, "c", "counter-strategy", 40, 50);
        relate(d, "r", a, b);
        return d;
    }

    /** Merges theirs into ours and applies the result to ours. */
    static MergeResult apply(Document base, Document ours, Document theirs) {
        MergeResult result = ThreeWayMerge.merge(base, ours, theirs);
        result.apply();
        return result;
    }

    static AnnotationType type(Document d, String id) {
        for (var it = d.getCodebook().eAllContents(); it.hasNext();) {
            if (it.next() instanceof AnnotationType t && id.equals(t.getId())) {
                return t;
            }
        }
        throw new AssertionError("no type " + id);
    }

    static Annotation annotate(Document d, String id, String type, int begin, int end) {
        Annotation a = AnnotationFactory.create(TEXT, type(d, type), begin, end, "tester");
        a.setId(id);
        d.getAnnotations().add(a);
        return a;
    }

    static Relation relate(Document d, String id, Annotation source, Annotation target) {
        Relation r = GlossaFactory.eINSTANCE.createRelation();
        r.setId(id);
        r.setKind("counters");
        r.setSource(source);
        r.setTarget(target);
        d.getRelations().add(r);
        return r;
    }

    static void attribute(Annotation a, String name, String value) {
        for (AttributeValue v : a.getAttributes()) {
            if (name.equals(v.getName())) {
                v.setValue(value);
                return;
            }
        }
        AttributeValue v = GlossaFactory.eINSTANCE.createAttributeValue();
        v.setName(name);
        v.setValue(value);
        a.getAttributes().add(v);
    }

    static Annotation annotation(Document d, String id) {
        return d.getAnnotations().stream().filter(a -> id.equals(a.getId())).findFirst().orElse(null);
    }

    static Document copy(Document d) {
        return EcoreUtil.copy(d);
    }

    /** Every annotation as "type begin..end status memo author attributes", by id; relations by id. */
    static Map<String, String> view(Document d) {
        Map<String, String> view = new TreeMap<>();
        for (Annotation a : d.getAnnotations()) {
            Map<String, String> attributes = new TreeMap<>();
            a.getAttributes().forEach(v -> attributes.put(v.getName(), v.getValue()));
            String previous = view.put("a:" + a.getId(), (a.getType() == null ? null : a.getType().getId()) + " "
                    + a.getBegin() + ".." + a.getEnd() + " " + a.getStatus() + " " + a.getMemo() + " " + a.getAuthor()
                    + " " + attributes);
            if (previous != null) {
                throw new AssertionError("annotation " + a.getId() + " twice");
            }
        }
        for (Relation r : d.getRelations()) {
            view.put("r:" + r.getId(), r.getKind() + " " + (r.getSource() == null ? null : r.getSource().getId())
                    + " -> " + (r.getTarget() == null ? null : r.getTarget().getId()) + " " + r.getMemo());
        }
        for (var it = d.getCodebook().eAllContents(); it.hasNext();) {
            if (it.next() instanceof AnnotationType t) {
                view.put("t:" + t.getId(), t.getName() + " " + t.getColor() + " " + t.isRetired() + " parent="
                        + (t.eContainer() instanceof AnnotationType p ? p.getId() : "-"));
            }
        }
        return view;
    }
}
