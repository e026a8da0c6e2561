package glossa.core.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

import glossa.core.filter.AnnotationFilter;
import glossa.core.query.SavedFilters;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.model.GlossaPackage;

class SavedFiltersTest {

    private final Fixture f = new Fixture();
    private final AnnotationFilter filter = new AnnotationFilter(Set.of("claim", "counter-strategy"),
            Set.of(AnnotationStatus.SUGGESTED, AnnotationStatus.CONFIRMED), Set.of("陈静"), "出口管制");

    @Test
    void specRoundTripsToAnEquivalentFilter() {
        AnnotationFilter back = AnnotationFilter.of(SavedFilters.toSpec(filter, "n"));
        assertTrue(SavedFilters.same(filter, back));
        assertEquals(List.of("claim", "counter-strategy"), SavedFilters.toSpec(filter, "n").getHiddenTypes());
        assertFalse(SavedFilters.same(filter, AnnotationFilter.ALL));
        assertNull(SavedFilters.toSpec(AnnotationFilter.ALL, "all").getText());
    }

    @Test
    void savingReplacesByNameInPlaceAndUndoes() {
        EditingDomain domain = Fixture.domain();
        domain.getCommandStack().execute(SavedFilters.saveCommand(domain, f.document, "A", filter));
        domain.getCommandStack().execute(SavedFilters.saveCommand(domain, f.document, "B", AnnotationFilter.ALL));
        AnnotationFilter other = new AnnotationFilter(Set.of(), Set.of(), Set.of(), "人才");
        Command replace = SavedFilters.saveCommand(domain, f.document, "A", other);
        domain.getCommandStack().execute(replace);
        assertEquals(List.of("A", "B"), SavedFilters.names(f.document));
        assertTrue(SavedFilters.same(other, AnnotationFilter.of(SavedFilters.find(f.document, "A").orElseThrow())));

        domain.getCommandStack().undo();
        assertEquals(List.of("A", "B"), SavedFilters.names(f.document));
        assertTrue(SavedFilters.same(filter, AnnotationFilter.of(SavedFilters.find(f.document, "A").orElseThrow())));

        domain.getCommandStack().execute(SavedFilters.deleteCommand(domain, f.document, "A"));
        assertEquals(List.of("B"), SavedFilters.names(f.document));
        assertFalse(SavedFilters.deleteCommand(domain, f.document, "nope").canExecute());
    }

    @Test
    void rememberedFilterSurvivesTheSidecarFormat() throws IOException {
        SavedFilters.remember(f.document, filter);
        EditingDomain domain = Fixture.domain();
        domain.getCommandStack().execute(SavedFilters.saveCommand(domain, f.document, "出口", filter));

        Document loaded = roundTrip(f.document);
        assertTrue(SavedFilters.same(filter, SavedFilters.remembered(loaded)));
        assertEquals(List.of("出口"), SavedFilters.names(loaded));

        SavedFilters.remember(f.document, AnnotationFilter.ALL);
        assertNull(f.document.getActiveFilter(), "an empty filter is not stored");
        assertTrue(SavedFilters.remembered(f.document).isEmpty());
    }

    private static Document roundTrip(Document document) throws IOException {
        GlossaPackage.eINSTANCE.eClass();
        XMIResourceImpl out = new XMIResourceImpl(URI.createURI("memory:/a.txt.glossa"));
        out.getContents().add(document);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.save(bytes, Map.of());
        XMIResourceImpl in = new XMIResourceImpl(URI.createURI("memory:/b.txt.glossa"));
        in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
        return (Document) in.getContents().get(0);
    }
}
