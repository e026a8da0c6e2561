package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.benchdata.SyntheticDocuments;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.Section;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.memos.MemoCommands;
import glossa.ui.internal.memos.MemoRow;
import glossa.ui.internal.views.MemosView;
import glossa.ui.internal.views.ViewCommands;

/** The Memos view lists the memos of the document, its sections and its annotations; filter, sort, jump, undo. */
class MemosViewTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeAll() {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
    }

    @Test
    void listsFiltersSortsAndJumps() throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        GlossaEditor editor = EditorTestSupport.open(SyntheticDocuments.writeArticle(dir.resolve("a.txt"), sample, 0, 20));
        GlossaEditorContext context = EditorTestSupport.context(editor);
        Document document = context.article().document();
        Section second = document.getSections().get(Math.min(2, document.getSections().size() - 1));
        Annotation early = document.getAnnotations().stream().min((x, y) -> x.getBegin() - y.getBegin()).orElseThrow();
        Annotation late = document.getAnnotations().stream().max((x, y) -> x.getBegin() - y.getBegin()).orElseThrow();
        early.setAuthor("zhang");
        late.setAuthor("adams");

        MemosView view = (MemosView) EditorTestSupport.page().showView(MemosView.ID);
        EditorTestSupport.page().activate(view);
        EditorTestSupport.settle();
        assertEquals(0, view.shownRows().size(), "no memos yet");

        assertTrue(ViewCommands.execute(context, MemoCommands.set(context.editingDomain(), document, "Whole article: sanctions")));
        assertTrue(ViewCommands.execute(context, MemoCommands.set(context.editingDomain(), second, "Check the 2023 rules")));
        assertTrue(ViewCommands.execute(context, MemoCommands.set(context.editingDomain(), early, "Early claim, sanctions again")));
        assertTrue(ViewCommands.execute(context, MemoCommands.set(context.editingDomain(), late, "Late one")));
        assertTrue(TestSupport.waitUntil(() -> view.shownRows().size() == 4, 5_000), "four memos listed");
        // Writing a memo touches the modification time: date them afterwards, the late annotation the older.
        early.setModified(new Date(2_000_000_000_000L));
        late.setModified(new Date(1_000_000_000_000L));
        assertTrue(TestSupport.waitUntil(() -> view.shownRows().stream()
                .anyMatch(r -> r.owner() == late && r.date().getTime() == 1_000_000_000_000L), 5_000));
        List<MemoRow> rows = view.shownRows();
        assertSame(document, rows.get(0).owner(), "in text order, the document's memo first");
        assertEquals("Whole article: sanctions", document.getMemo());

        view.setQuery("sanctions");
        assertEquals(List.of(document, early), view.shownRows().stream().map(MemoRow::owner).toList(),
                "the filter matches the memos' words");
        view.setQuery("");

        view.sortByColumn(3); // author: none, none, adams, zhang
        List<Object> byAuthor = view.shownRows().stream().map(MemoRow::owner).toList();
        assertEquals(List.of(late, early), byAuthor.subList(2, 4));
        view.sortByColumn(4); // date
        List<Object> byDate = view.shownRows().stream().map(MemoRow::owner).toList();
        assertTrue(byDate.indexOf(late) < byDate.indexOf(early), "older first: " + byDate);

        MemoRow lateRow = view.shownRows().stream().filter(r -> r.owner() == late).findFirst().orElseThrow();
        view.jump(lateRow);
        EditorTestSupport.settle();
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(late.getBegin(), selection.getOffset(), "double-click goes to the annotation");

        Menu menu = view.viewer().getTable().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> labels = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "")).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("Section Memo")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("Document Memo")), labels.toString());

        OperationHistoryFactory.getOperationHistory().undo(context.undoContext(), null, null);
        OperationHistoryFactory.getOperationHistory().undo(context.undoContext(), null, null);
        OperationHistoryFactory.getOperationHistory().undo(context.undoContext(), null, null);
        assertNull(second.getMemo(), "a section memo is undone like any edit");
        assertTrue(TestSupport.waitUntil(() -> view.shownRows().size() == 1, 5_000));
        EditorTestSupport.page().hideView(view);
    }
}
