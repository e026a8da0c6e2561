package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.benchdata.SyntheticDocuments;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.views.AnnotationsView;

/** The Annotations view's Delete (Edit &gt; Delete) and Change Type are commands, executed here as a key or menu would. */
class AnnotationsViewCommandsTest {

    private static final String DELETE = "org.eclipse.ui.edit.delete";
    private static final String CHANGE_TYPE = "glossa.ui.annotations.changeType";

    @TempDir
    Path dir;

    @AfterEach
    void closeAll() {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
    }

    private static IHandlerService handlers() {
        return PlatformUI.getWorkbench().getService(IHandlerService.class);
    }

    private static ParameterizedCommand changeTypeTo(String typeId) throws Exception {
        return ParameterizedCommand.generateCommand(
                PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(CHANGE_TYPE),
                Map.of("type", typeId));
    }

    @Test
    void deleteAndChangeTypeAreUndoableCommands() throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        GlossaEditor editor = EditorTestSupport.open(SyntheticDocuments.writeArticle(dir.resolve("a.txt"), sample, 0, 60));
        GlossaEditorContext context = editor.getAdapter(GlossaEditorContext.class);
        Document document = context.article().document();
        AnnotationsView view = (AnnotationsView) EditorTestSupport.page().showView(AnnotationsView.ID);
        EditorTestSupport.page().activate(view);
        assertTrue(TestSupport.waitUntil(() -> view.isUpToDate() && view.index() != null, 10_000));

        Annotation a = view.index().get(0);
        Annotation b = view.index().get(1);
        String target = "counter-strategy".equals(a.getType().getId()) ? "claim" : "counter-strategy";
        String before = a.getType().getId();

        view.getSite().getSelectionProvider().setSelection(StructuredSelection.EMPTY);
        EditorTestSupport.settle();
        assertThrows(NotEnabledException.class, () -> handlers().executeCommand(DELETE, null),
                "Delete is disabled without a selection");

        view.getSite().getSelectionProvider().setSelection(new StructuredSelection(List.of(a, b)));
        EditorTestSupport.settle();
        assertContextMenuOffersTheCommands(view);
        handlers().executeCommand(changeTypeTo(target), null);
        assertEquals(target, a.getType().getId());
        assertEquals(target, b.getType().getId());
        OperationHistoryFactory.getOperationHistory().undo(context.undoContext(), null, null);
        assertEquals(before, a.getType().getId(), "Change Type is undone in one step");
        assertNotEquals(target, before);

        view.getSite().getSelectionProvider().setSelection(new StructuredSelection(List.of(a, b)));
        EditorTestSupport.settle();
        handlers().executeCommand(DELETE, null);
        assertEquals(58, document.getAnnotations().size());
        assertTrue(!document.getAnnotations().contains(a) && !document.getAnnotations().contains(b));
        OperationHistoryFactory.getOperationHistory().undo(context.undoContext(), null, null);
        assertEquals(60, document.getAnnotations().size(), "Delete is undone in one step");
    }

    /** The context menu, as shown to the analyst: Delete, and Change Type with one entry per active type. */
    private static void assertContextMenuOffersTheCommands(AnnotationsView view) {
        org.eclipse.swt.widgets.Menu menu = view.viewer().getTable().getMenu();
        menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        List<String> labels = java.util.Arrays.stream(menu.getItems()).map(item -> item.getText()).toList();
        assertTrue(labels.stream().anyMatch(l -> l.replace("&", "").startsWith("Delete")), "Delete: " + labels);
        org.eclipse.swt.widgets.MenuItem changeType = java.util.Arrays.stream(menu.getItems())
                .filter(item -> item.getText().replace("&", "").equals("Change Type")).findFirst().orElseThrow();
        org.eclipse.swt.widgets.Menu types = changeType.getMenu();
        types.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        List<String> typeLabels = java.util.Arrays.stream(types.getItems()).map(item -> item.getText())
                .filter(l -> !l.isEmpty()).toList();
        assertEquals(3, typeLabels.size(), "one entry per active type of the default codebook: " + typeLabels);
        types.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
    }
}
