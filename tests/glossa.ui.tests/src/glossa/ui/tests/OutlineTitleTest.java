package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.PageBookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.model.Document;
import glossa.model.Section;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.properties.DocumentPropertySource;
import glossa.ui.outline.SectionOutlinePage;

/** The Outline's root is the article's title, and follows the title the analyst sets in the Properties view. */
class OutlineTitleTest {

    @TempDir
    Path temp;

    @AfterEach
    void closeAll() {
        EditorTestSupport.page().closeAllEditors(false);
    }

    @Test
    void theRootIsTheDetectedTitleWithTheChaptersBeneathAndFollowsAnOverride() throws Exception {
        Path article = EditorTestSupport.copySample(temp);
        PageBookView outline = (PageBookView) EditorTestSupport.page().showView(IPageLayout.ID_OUTLINE, null,
                IWorkbenchPage.VIEW_VISIBLE);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = EditorTestSupport.context(editor);
        assertTrue(TestSupport.waitUntil(() -> outline.getCurrentPage() instanceof SectionOutlinePage, 10_000));
        Tree tree = (Tree) ((SectionOutlinePage) outline.getCurrentPage()).getControl();

        assertEquals(1, tree.getItemCount(), "one root");
        TreeItem root = tree.getItem(0);
        assertInstanceOf(Document.class, root.getData());
        assertTrue(root.getText().contains("DeepSeek"), "the headline, not the stray 'logo' line: " + root.getText());
        assertTrue(root.getText().endsWith("(0)"), "the total of the (filtered) annotations: " + root.getText());
        assertTrue(root.getExpanded());
        String[] chapters = java.util.Arrays.stream(root.getItems()).map(TreeItem::getText)
                .toArray(String[]::new);
        assertTrue(chapters.length >= 6, String.join(" | ", chapters));
        assertTrue(java.util.Arrays.stream(root.getItems()).allMatch(i -> i.getData() instanceof Section));
        assertTrue(java.util.Arrays.stream(chapters).anyMatch(c -> c.startsWith("一")), String.join(" | ", chapters));

        CommandStack stack = context.editingDomain().getCommandStack();
        new DocumentPropertySource(context).setPropertyValue("title", "技术封锁与突围");
        assertTrue(TestSupport.waitUntil(() -> tree.getItem(0).getText().startsWith("技术封锁与突围"), 5_000),
                tree.getItem(0).getText());
        stack.undo();
        assertTrue(TestSupport.waitUntil(() -> tree.getItem(0).getText().contains("DeepSeek"), 5_000),
                tree.getItem(0).getText());
    }
}
