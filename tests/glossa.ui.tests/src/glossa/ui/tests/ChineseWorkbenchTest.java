package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.exports.ExportReportWizard;
import glossa.ui.internal.views.AnnotationsView;
import glossa.ui.internal.views.SectionSummaryView;

/**
 * The workbench in Chinese, as an analyst starts it with {@code -nl zh_CN}: the menu bar, the views' titles, the
 * export wizard and the built-in types of a new document. Runs in the {@code chinese-workbench} execution of
 * tycho-surefire (pom.xml), which launches the product's workbench with {@code -nl zh_CN} and sets
 * {@code glossa.nl}; the English execution skips it.
 */
class ChineseWorkbenchTest {

    @TempDir
    Path dir;

    @BeforeEach
    void launchedInChinese() {
        assumeTrue(System.getProperty("glossa.nl") != null, "runs in the -nl zh_CN execution only");
        assertEquals("zh_CN", Platform.getNL(), "the workbench was launched with -nl zh_CN");
        assertEquals("zh", Locale.getDefault().getLanguage(), "-nl sets the JVM's default locale");
    }

    @AfterEach
    void closeEditors() {
        if (System.getProperty("glossa.nl") != null) {
            EditorTestSupport.page().closeAllEditors(false);
        }
    }

    @Test
    void menuBarIsChinese() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Menu bar = shell.getMenuBar();
        List<String> top = Arrays.stream(bar.getItems()).map(item -> withoutMnemonic(item.getText())).toList();
        assertEquals(List.of("文件", "编辑", "标注", "窗口", "帮助"), top, "the menu bar");

        List<String> file = itemsOf(bar.getItem(0).getMenu());
        // The analyst's File menu (issue 19): one Import and one Export list, no direct report or case items.
        assertTrue(file.containsAll(List.of("打开文章...", "新建案例...", "导入...", "导出...", "保存", "关闭", "退出")),
                "the File menu: " + file);
        assertTrue(!file.contains("导出报告...") && !file.contains("全部保存"), "the File menu: " + file);
        List<String> annotate = itemsOf(bar.getItem(2).getMenu());
        assertTrue(annotate.containsAll(List.of("主张", "政策措施", "应对策略", "其他类型…", "更改类型…", "编辑备忘录…",
                "下一条标注", "上一条标注")), "the Annotate menu: " + annotate);
        List<String> window = itemsOf(bar.getItem(3).getMenu());
        assertTrue(window.containsAll(List.of("显示视图...", "首选项")), "the Window menu: " + window);
    }

    @Test
    void viewTitlesAreChinese() throws Exception {
        EditorTestSupport.page().closeAllEditors(false);
        IViewPart summary = EditorTestSupport.page().showView(SectionSummaryView.ID);
        IViewPart annotations = EditorTestSupport.page().showView(AnnotationsView.ID);
        EditorTestSupport.settle();
        assertEquals("章节摘要", ((IWorkbenchPart2) summary).getPartName());
        assertEquals("标注", ((IWorkbenchPart2) annotations).getPartName());
        // And as the analyst sees them: on the tabs of the window.
        List<String> tabs = new ArrayList<>();
        collectTabs(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), tabs);
        assertTrue(tabs.containsAll(List.of("章节摘要", "标注")), "the view tabs: " + tabs);
        assertEquals("打开一篇文章以查看其标注。", ((IWorkbenchPart2) annotations).getContentDescription(), "the view's message without an article");
    }

    @Test
    void exportWizardIsChinese() throws Exception {
        EditorTestSupport.open(EditorTestSupport.copySample(dir));
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        ExportReportWizard wizard = new ExportReportWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(window, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            TestSupport.processEvents(Display.getCurrent(), 300);
            assertEquals("导出报告", dialog.getShell().getText(), "the wizard's title");
            assertEquals("导出报告", wizard.formatPage().getTitle());
            assertEquals("选择格式和要写入的文件。", wizard.formatPage().getDescription());
            List<String> buttons = new ArrayList<>();
            collectButtons(wizard.formatPage().getControl(), buttons);
            assertTrue(buttons.contains("HTML 报告（文章全文及高亮）"), "the formats: " + buttons);
            assertTrue(buttons.contains("浏览(&R)…"), "the browse button: " + buttons);
            dialog.showPage(wizard.filterPage());
            assertEquals("标注与章节", wizard.filterPage().getTitle());
            List<String> filterButtons = new ArrayList<>();
            collectButtons(wizard.filterPage().getControl(), filterButtons);
            assertTrue(filterButtons.containsAll(List.of("已确认", "建议", "已失锚", "全选(&A)")),
                    "the filter page: " + filterButtons);
        } finally {
            dialog.close();
        }
    }

    @Test
    void newDocumentGetsChineseBuiltInTypesWithTheSameIds() throws Exception {
        GlossaEditor editor = EditorTestSupport.open(EditorTestSupport.copySample(dir));
        Codebook codebook = EditorTestSupport.context(editor).article().document().getCodebook();
        assertEquals("政策分析", codebook.getName());
        assertEquals(List.of("claim", "policy-measure", "counter-strategy"),
                codebook.getTypes().stream().map(AnnotationType::getId).toList());
        assertEquals(List.of("主张", "政策措施", "应对策略"),
                codebook.getTypes().stream().map(AnnotationType::getName).toList());
        assertEquals("针对某项措施的回应。", codebook.getTypes().get(2).getDescription());
        assertEquals(List.of("actor", "domain", "responds-to"),
                codebook.getTypes().get(2).getAttributes().stream().map(a -> a.getName()).toList(),
                "attribute names are ids and stay English");
    }

    /** The texts of a menu's items as it shows them when it opens (the workbench fills menus on SWT.Show). */
    private static List<String> itemsOf(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        TestSupport.processEvents(Display.getCurrent(), 100);
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (item.getStyle() != SWT.SEPARATOR && (item.getStyle() & SWT.SEPARATOR) == 0) {
                String text = item.getText();
                int tab = text.indexOf('\t'); // the key binding follows a tab
                texts.add(withoutMnemonic(tab < 0 ? text : text.substring(0, tab)));
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return texts;
    }

    /** "文件(&F)" and "Save &All" as the analyst reads them: "文件", "Save All". */
    private static String withoutMnemonic(String text) {
        return text.replaceAll("\\(&.\\)", "").replace("&", "");
    }

    private static void collectTabs(Control control, List<String> tabs) {
        if (control instanceof CTabFolder folder) {
            for (CTabItem item : folder.getItems()) {
                tabs.add(item.getText());
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTabs(child, tabs);
            }
        }
    }

    private static void collectButtons(Control control, List<String> texts) {
        if (control instanceof org.eclipse.swt.widgets.Button button) {
            texts.add(button.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectButtons(child, texts);
            }
        }
    }
}
