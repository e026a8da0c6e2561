package glossa.ui.tests;

import static glossa.ui.tests.EditorTestSupport.context;
import static glossa.ui.tests.EditorTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.text.IDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.filter.AnnotationFilter;
import glossa.core.sections.SectionIndex;
import glossa.core.stats.SectionStatistics;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.Section;
import glossa.ui.GlossaEditorContext;
import glossa.ui.OffsetsMoved;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.editor.TypeAppearance;

/**
 * Typing shifts the annotations after the caret and the sections with the text, without one EMF notification per
 * shifted offset: one {@link OffsetsMoved} stands for them, while an annotation the edit touched is notified as
 * before. Sections and annotations move together, so each annotation stays in its section and the counts hold.
 */
class TypingMovesOffsetsTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeAll() {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
    }

    @Test
    void typingShiftsAnnotationsAndSectionsWithOneNotification() throws Exception {
        GlossaEditor editor = EditorTestSupport.open(EditorTestSupport.copySample(dir));
        GlossaEditorContext context = context(editor);
        Document document = context.article().document();
        IDocument text = text(editor);
        assertTrue(document.getSections().size() > 3, "the sample has sections");
        List<AnnotationType> types = document.getCodebook().getTypes();
        // One annotation of two characters every 60 characters from offset 200 on, in turn of type.
        String all = text.get();
        for (int at = 200, i = 0; at + 2 < all.length(); at += 60, i++) {
            if (all.substring(at, at + 2).isBlank()) {
                continue;
            }
            Annotation a = AnnotationFactory.create(all, types.get(i % types.size()), at, at + 2, "test");
            assertTrue(context.execute(AnnotationCommands.add(context.editingDomain(), document, a)));
        }
        EditorTestSupport.settle();
        List<Annotation> annotations = new ArrayList<>(document.getAnnotations());
        assertTrue(annotations.size() > 20);
        Map<Annotation, List<Integer>> before = spans(annotations);
        Map<Annotation, String> sectionBefore = sectionTitles(document, annotations);
        SectionStatistics countsBefore = SectionStatistics.compute(document, AnnotationFilter.ALL);
        int firstSectionEnd = document.getSections().get(0).getEnd();
        int secondSectionBegin = document.getSections().get(1).getBegin();

        Recorder recorder = new Recorder();
        document.eAdapters().add(recorder);
        try {
            text.replace(0, 0, "甲乙");
            assertEquals(1, recorder.moved.size(), "one notification for everything the edit shifted");
            assertEquals(List.of(), recorder.offsetChanges, "no notification per shifted annotation or section");
            for (Annotation a : annotations) {
                List<Integer> span = before.get(a);
                assertEquals(span.get(0) + 2, a.getBegin(), "moved with the text");
                assertEquals(span.get(1) + 2, a.getEnd());
                assertEquals(a.getQuote(), text.get(a.getBegin(), a.getEnd() - a.getBegin()), "still on its quote");
            }
            assertEquals(firstSectionEnd + 2, document.getSections().get(0).getEnd(), "the first section grew");
            assertEquals(secondSectionBegin + 2, document.getSections().get(1).getBegin(), "the next one moved");
            assertEquals(sectionBefore, sectionTitles(document, annotations), "each annotation is in its section");
            assertEquals(counts(countsBefore, document), counts(SectionStatistics.compute(document,
                    AnnotationFilter.ALL), document), "the section counts hold");

            // Typing inside one annotation changes its length: that one is notified, the rest shift silently.
            recorder.clear();
            Annotation touched = annotations.get(annotations.size() / 2);
            text.replace(touched.getBegin() + 1, 0, "丙");
            assertEquals(1, recorder.moved.size());
            assertTrue(recorder.offsetChanges.stream().allMatch(n -> n.getNotifier() == touched)
                    && !recorder.offsetChanges.isEmpty(), "only the touched annotation is notified");
            assertEquals(3, touched.getEnd() - touched.getBegin(), "it grew by the typed character");

            // Undoing both edits puts every offset back.
            EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
            EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
            assertEquals(all, text.get(), "both edits undone");
            assertEquals(before, spans(annotations), "every annotation is back where it was");
            assertEquals(firstSectionEnd, document.getSections().get(0).getEnd());
            assertEquals(secondSectionBegin, document.getSections().get(1).getBegin());
        } finally {
            document.eAdapters().remove(recorder);
        }
    }

    @Test
    void textTypedAtTheEndBelongsToTheLastSection() throws Exception {
        GlossaEditor editor = EditorTestSupport.open(EditorTestSupport.copySample(dir));
        Document document = context(editor).article().document();
        IDocument text = text(editor);
        List<Section> top = document.getSections();
        Section last = top.get(top.size() - 1);
        int length = text.getLength();
        assertEquals(length, last.getEnd(), "the last section reaches the end of the text");
        text.replace(length, 0, "完");
        assertEquals(length + 1, last.getEnd(), "and still does after typing there");
    }

    @Test
    void theOverviewRulerWalksGlossaTypesOnly() throws Exception {
        GlossaEditor editor = EditorTestSupport.open(EditorTestSupport.copySample(dir));
        GlossaEditorContext context = context(editor);
        Document document = context.article().document();
        String all = text(editor).get();
        int at = all.indexOf("DeepSeek");
        Annotation claim = AnnotationFactory.create(all, document.getCodebook().getTypes().get(0), at, at + 8, "test");
        assertTrue(context.execute(AnnotationCommands.add(context.editingDomain(), document, claim)));
        EditorTestSupport.settle();
        assertTrue(editor.overviewRulerShows(TypeAppearance.overviewType(claim.getType().getId())),
                "the marks of Glossa's types are shown");
        assertTrue(!editor.overviewRulerShows(TypeAppearance.jfaceType(claim.getType().getId(), false)),
                "the annotations themselves are not walked: the marks stand for them, near the caret too");
        assertTrue(EditorTestSupport.jface(editor).getAnnotationIterator().hasNext());
        boolean[] marked = { false };
        EditorTestSupport.jface(editor).getAnnotationIterator().forEachRemaining(
                a -> marked[0] |= a instanceof glossa.ui.internal.editor.OverviewMark m
                        && m.typeId().equals(claim.getType().getId()));
        assertTrue(marked[0], "a short article has marks too");
        assertTrue(!editor.overviewRulerShows("org.eclipse.ui.workbench.texteditor.task"),
                "the platform's marker types are not walked on every paint");
    }

    private static Map<Annotation, List<Integer>> spans(List<Annotation> annotations) {
        Map<Annotation, List<Integer>> spans = new HashMap<>();
        annotations.forEach(a -> spans.put(a, List.of(a.getBegin(), a.getEnd())));
        return spans;
    }

    private static Map<Annotation, String> sectionTitles(Document document, List<Annotation> annotations) {
        SectionIndex index = new SectionIndex(document.getSections());
        Map<Annotation, String> titles = new HashMap<>();
        for (Annotation a : annotations) {
            Section s = index.deepestAt(a.getBegin());
            titles.put(a, s == null ? "" : s.getTitle());
        }
        return titles;
    }

    private static List<Integer> counts(SectionStatistics stats, Document document) {
        List<Integer> counts = new ArrayList<>();
        for (Section s : stats.topLevelSections()) {
            counts.add(stats.total(s));
        }
        counts.add(stats.total());
        return counts;
    }

    /** Records OffsetsMoved and the begin/end notifications of annotations and sections. */
    private static final class Recorder extends EContentAdapter {
        final List<Notification> moved = new ArrayList<>();
        final List<Notification> offsetChanges = new ArrayList<>();

        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (n instanceof OffsetsMoved) {
                moved.add(n);
            } else if ((n.getNotifier() instanceof Annotation || n.getNotifier() instanceof Section)
                    && n.getFeature() instanceof org.eclipse.emf.ecore.EAttribute attribute
                    && (attribute.getName().equals("begin") || attribute.getName().equals("end"))) {
                offsetChanges.add(n);
            }
        }

        void clear() {
            moved.clear();
            offsetChanges.clear();
        }
    }
}
