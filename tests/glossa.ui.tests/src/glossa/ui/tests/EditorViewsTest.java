package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.GlossaPackage;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaAnnotation;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.views.AnnotationsView;
import glossa.ui.internal.views.FilterMenu;
import glossa.ui.internal.views.SectionSummaryView;

/** The views with the real editor: they follow it, the filter hides its highlights, double-click selects the range. */
class EditorViewsTest {

    @TempDir
    Path temp;

    @AfterEach
    void closeEditors() {
        EditorTestSupport.page().closeAllEditors(false);
        TestSupport.processEvents(Display.getCurrent(), 200);
    }

    @Test
    void viewsFollowTheEditorAndTheFilterHidesHighlightsAndRows() throws Exception {
        java.nio.file.Path article = EditorTestSupport.copySample(temp);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = editor.getAdapter(GlossaEditorContext.class);
        AnnotationType claim = Codebooks.find(context.article().document().getCodebook(), DefaultCodebook.CLAIM).orElseThrow();
        AnnotationType measure = Codebooks.find(context.article().document().getCodebook(), DefaultCodebook.POLICY_MEASURE).orElseThrow();
        int claims = annotateEvery(context, "DeepSeek", claim);
        int measures = annotateEvery(context, "出口管制", measure);
        AnnotationsView list = (AnnotationsView) EditorTestSupport.page().showView(AnnotationsView.ID);
        EditorTestSupport.page().showView(SectionSummaryView.ID);
        EditorTestSupport.page().activate(editor);
        waitFor(() -> list.isUpToDate() && list.index() != null && list.index().size() == claims + measures);
        assertEquals(claims, visibleInEditor(editor, claim));

        MenuManager menu = new MenuManager();
        new FilterMenu(() -> context, () -> editor.getSite().getShell()).fill(menu);
        ActionContributionItem item = find(menu, claim.getName());
        item.getAction().setChecked(false);
        item.getAction().run();

        waitFor(() -> list.isUpToDate() && list.index().size() == measures);
        assertEquals(0, visibleInEditor(editor, claim), "no claim is highlighted any more");
        assertEquals(measures, visibleInEditor(editor, measure));
        assertEquals(measures, list.viewer().getTable().getItemCount());

        Table table = list.viewer().getTable();
        table.setSelection(1);
        table.notifyListeners(SWT.Selection, new Event());
        Annotation second = list.index().get(1);
        table.notifyListeners(SWT.DefaultSelection, new Event());
        TestSupport.processEvents(Display.getCurrent(), 100);
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(second.getBegin(), selection.getOffset());
        assertEquals(second.getEnd() - second.getBegin(), selection.getLength());
        assertSame(measure, second.getType());

        // The filter is remembered per document: saved with it and in force again when it is reopened.
        assertTrue(context.article().document().getActiveFilter().getHiddenTypes().contains(DefaultCodebook.CLAIM));
        editor.doSave(null);
        EditorTestSupport.page().closeEditor(editor, false);
        GlossaEditor reopened = EditorTestSupport.open(article);
        GlossaEditorContext again = reopened.getAdapter(GlossaEditorContext.class);
        org.junit.jupiter.api.Assertions.assertFalse(again.filter().isTypeVisible(DefaultCodebook.CLAIM),
                "the remembered filter is in force after reopening");
        AnnotationType claimAgain = Codebooks.find(again.article().document().getCodebook(), DefaultCodebook.CLAIM)
                .orElseThrow();
        assertEquals(0, visibleInEditor(reopened, claimAgain), "claims stay hidden after reopening");
    }

    private static int visibleInEditor(GlossaEditor editor, AnnotationType type) {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        int n = 0;
        for (Iterator<org.eclipse.jface.text.source.Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof GlossaAnnotation g && !g.isHidden() && g.model().getType() == type) {
                n++;
            }
        }
        return n;
    }

    private static int annotateEvery(GlossaEditorContext context, String phrase, AnnotationType type) {
        String text = context.article().text();
        int n = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
            Annotation a = AnnotationFactory.create(text, type, at, at + phrase.length(), "tester");
            assertTrue(context.execute(new AddCommand(context.editingDomain(), context.article().document(),
                    GlossaPackage.Literals.DOCUMENT__ANNOTATIONS, a)));
            n++;
        }
        return n;
    }

    private static ActionContributionItem find(MenuManager menu, String label) {
        for (IContributionItem item : menu.getItems()) {
            if (item instanceof ActionContributionItem a && label.equals(a.getAction().getText())) {
                return a;
            }
        }
        throw new AssertionError("no menu item " + label);
    }

    private static void waitFor(BooleanSupplier condition) {
        long until = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            TestSupport.processEvents(Display.getCurrent(), 20);
        }
        assertTrue(condition.getAsBoolean(), "condition met within 10 s");
    }
}
