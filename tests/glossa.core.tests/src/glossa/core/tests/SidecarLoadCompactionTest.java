package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.SidecarStore;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.GlossaPackage;
import glossa.model.Relation;

/** What {@link SidecarStore#load} does to save memory must not change what the document holds. */
class SidecarLoadCompactionTest {

    private static final String TEXT = "美国对华芯片出口管制升级，DeepSeek 的回应引起关注。OpenAI 提出建议。";

    private final SidecarStore store = new SidecarStore();

    @Test
    void repeatedAuthorsAndAttributeStringsAreSharedAfterLoad() throws Exception {
        Document loaded = store.load(store.toBytes(sample()), Path.of("a.txt.glossa"));
        List<Annotation> annotations = loaded.getAnnotations();
        assertEquals(4, annotations.size());
        Annotation first = annotations.get(0);
        Annotation second = annotations.get(1);
        Annotation third = annotations.get(2);
        // Equal values: one instance. Different values stay different.
        assertSame(first.getAuthor(), third.getAuthor());
        assertEquals("li.wei", first.getAuthor());
        assertEquals("a.smith", second.getAuthor());
        assertSame(first.getAttributes().get(0).getName(), second.getAttributes().get(0).getName());
        assertSame(first.getAttributes().get(0).getValue(), third.getAttributes().get(0).getValue());
        assertEquals("OpenAI", first.getAttributes().get(0).getValue());
        assertEquals("DeepSeek", second.getAttributes().get(0).getValue());
        assertSame(loaded.getRelations().get(0).getKind(), loaded.getRelations().get(1).getKind());
        assertSame(first.getCreated(), first.getModified());
        // Quotes are left as parsed: sharing them would cost a map entry for nearly every annotation.
        assertNotSame(first.getQuote(), third.getQuote());
        assertEquals(first.getQuote(), third.getQuote());
    }

    @Test
    void modifiedDateDifferentFromCreatedStaysItsOwn() throws Exception {
        Document document = sample();
        Annotation edited = document.getAnnotations().get(1);
        edited.setModified(new java.util.Date(edited.getCreated().getTime() + 60_000));
        Annotation loaded = store.load(store.toBytes(document), Path.of("a.txt.glossa")).getAnnotations().get(1);
        assertNotSame(loaded.getCreated(), loaded.getModified());
        assertEquals(edited.getModified(), loaded.getModified());
        assertEquals(edited.getCreated(), loaded.getCreated());
    }

    @Test
    void compactionChangesNothingThatIsSaved() throws Exception {
        byte[] saved = store.toBytes(sample());
        Document loaded = store.load(saved, Path.of("a.txt.glossa"));
        assertArrayEquals(saved, store.toBytes(loaded));
    }

    @Test
    void annotationWithoutAttributesGetsNoEmptyList() throws Exception {
        Document loaded = store.load(store.toBytes(sample()), Path.of("a.txt.glossa"));
        Annotation bare = loaded.getAnnotations().get(3);
        assertFalse(bare.eIsSet(GlossaPackage.Literals.ANNOTATION__ATTRIBUTES));
    }

    @Test
    void idMapIsDroppedAfterLoadButLookupByIdAndReferencesStillWork() throws Exception {
        Document original = sample();
        Document loaded = store.load(store.toBytes(original), Path.of("a.txt.glossa"));
        ResourceImpl resource = (ResourceImpl) loaded.eResource();
        assertNull(resource.getIntrinsicIDToEObjectMap());
        Annotation second = loaded.getAnnotations().get(1);
        assertSame(second, resource.getEObject(original.getAnnotations().get(1).getId()));
        assertSame(loaded.getCodebook().getTypes().get(1), second.getType());
        Relation relation = loaded.getRelations().get(0);
        assertSame(loaded.getAnnotations().get(0), relation.getSource());
        assertSame(second, relation.getTarget());
        // An annotation added afterwards is found by id too (by walking the contents).
        Annotation added = AnnotationFactory.create(TEXT, second.getType(), 0, 2, "x");
        loaded.getAnnotations().add(added);
        assertSame(added, resource.getEObject(added.getId()));
    }

    private static Document sample() {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setCodebook(DefaultCodebook.create());
        List<AnnotationType> types = document.getCodebook().getTypes();
        Annotation a = AnnotationFactory.create(TEXT, types.get(0), 0, 4, "li.wei");
        a.getAttributes().add(AnnotationFactory.attribute("actor", "OpenAI"));
        Annotation b = AnnotationFactory.create(TEXT, types.get(1), 14, 22, "a.smith");
        b.getAttributes().add(AnnotationFactory.attribute("actor", "DeepSeek"));
        Annotation c = AnnotationFactory.create(TEXT, types.get(0), 0, 4, "li.wei");
        c.getAttributes().add(AnnotationFactory.attribute("actor", "OpenAI"));
        Annotation d = AnnotationFactory.create(TEXT, types.get(2), 30, 36, "j.doe");
        document.getAnnotations().addAll(List.of(a, b, c, d));
        document.getRelations().add(relation("r-1", "supports", a, b));
        document.getRelations().add(relation("r-2", "supports", b, a));
        return document;
    }

    private static Relation relation(String id, String kind, Annotation source, Annotation target) {
        Relation relation = GlossaFactory.eINSTANCE.createRelation();
        relation.setId(id);
        relation.setKind(kind);
        relation.setSource(source);
        relation.setTarget(target);
        return relation;
    }
}
