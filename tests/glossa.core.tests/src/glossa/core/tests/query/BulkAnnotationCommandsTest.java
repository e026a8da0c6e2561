package glossa.core.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

import glossa.core.annotations.BulkAnnotationCommands;
import glossa.model.Annotation;
import glossa.model.GlossaFactory;
import glossa.model.Relation;

class BulkAnnotationCommandsTest {

    private final Fixture f = new Fixture();
    private final EditingDomain domain = Fixture.domain();

    @Test
    void deleteTakesTheRelationsAlongAndUndoRestoresBoth() {
        Annotation a = f.add(f.claim, 120, "a");
        Annotation b = f.add(f.measure, 200, "b");
        Annotation c = f.add(f.counter, 300, "c");
        Relation counters = relation(c, b);
        Relation unrelated = relation(a, a);

        domain.getCommandStack().execute(BulkAnnotationCommands.delete(domain, f.document, List.of(b, c)));
        assertEquals(List.of(a), f.document.getAnnotations());
        assertEquals(List.of(unrelated), f.document.getRelations());

        domain.getCommandStack().undo();
        assertEquals(List.of(a, b, c), f.document.getAnnotations());
        assertEquals(List.of(counters, unrelated), f.document.getRelations());
        assertSame(b, counters.getTarget());
        assertFalse(BulkAnnotationCommands.delete(domain, f.document, List.of()).canExecute());
    }

    @Test
    void retypeChangesTypeAndModifiedAndUndoes() {
        Annotation a = f.add(f.claim, 120, "a");
        Annotation b = f.add(f.measure, 200, "b");
        Date before = a.getModified();
        domain.getCommandStack().execute(BulkAnnotationCommands.retype(domain, List.of(a, b), f.counter));
        assertSame(f.counter, a.getType());
        assertSame(f.counter, b.getType());
        assertNotEquals(before, a.getModified());
        domain.getCommandStack().undo();
        assertSame(f.claim, a.getType());
        assertSame(f.measure, b.getType());
        assertEquals(before, a.getModified());
        assertFalse(BulkAnnotationCommands.retype(domain, List.of(a), f.claim).canExecute(), "nothing to change");
    }

    private Relation relation(Annotation source, Annotation target) {
        Relation r = GlossaFactory.eINSTANCE.createRelation();
        r.setSource(source);
        r.setTarget(target);
        r.setKind("counters");
        f.document.getRelations().add(r);
        return r;
    }
}
