package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.text.ArticleText;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.GlossaPackage;
import glossa.model.Section;
import glossa.ui.internal.views.AnnotationsView;
import glossa.ui.internal.views.FilterMenu;
import glossa.ui.internal.views.SectionSummaryView;

/**
 * The Section Summary and Annotations views on the Chinese sample with annotations made through commands, driven
 * through a stand-in editor context (the views' only contract with the editor).
 */
class ViewsTest {

    private static final String[] HEADINGS = { "一、", "二、", "三、", "四、", "五、", "结语" };

    @TempDir
    Path temp;

    private FakeEditorContext context;
    private Document document;
    private AnnotationType claim;
    private AnnotationType measure;
    private AnnotationType counter;
    private SectionSummaryView summary;
    private AnnotationsView list;
    private final Display display = Display.getCurrent();

    @BeforeEach
    void openSampleWithAnnotations() throws Exception {
        Path sample = temp.resolve("article.zh.txt");
        Files.copy(Path.of(System.getProperty("glossa.sample")), sample);
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        document = GlossaFactory.eINSTANCE.createDocument();
        document.setCodebook(DefaultCodebook.create());
        addSections(text);
        context = new FakeEditorContext(new AnnotatedArticle(sample, new ArticleText(text, StandardCharsets.UTF_8, false),
                document));
        claim = Codebooks.find(document.getCodebook(), DefaultCodebook.CLAIM).orElseThrow();
        measure = Codebooks.find(document.getCodebook(), DefaultCodebook.POLICY_MEASURE).orElseThrow();
        counter = Codebooks.find(document.getCodebook(), DefaultCodebook.COUNTER_STRATEGY).orElseThrow();
        annotateEvery(text, "DeepSeek", claim);
        annotateEvery(text, "出口管制", measure);
        annotateEvery(text, "开源", counter);

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        summary = (SectionSummaryView) page.showView(SectionSummaryView.ID);
        list = (AnnotationsView) page.showView(AnnotationsView.ID);
        summary.show(context);
        list.show(context);
        waitFor(() -> list.isUpToDate());
    }

    @AfterEach
    void closeViews() {
        summary.show(null);
        list.show(null);
        assertEquals(0, context.filterListenerCount(), "views let go of the document's filter");
        assertTrue(document.eAdapters().isEmpty(), "views let go of the document");
    }

    @Test
    void sectionSummaryNumbersMatchTheModel() {
        List<AnnotationType> types = Codebooks.allTypes(document.getCodebook());
        TreeItem[] rows = summary.sectionViewer().getTree().getItems();
        assertEquals(document.getSections().size(), rows.length);
        int grandTotal = 0;
        for (TreeItem row : rows) {
            Section section = (Section) row.getData();
            int total = 0;
            for (int t = 0; t < types.size(); t++) {
                int expected = countIn(section, types.get(t));
                assertEquals(Integer.toString(expected), row.getText(1 + t), section.getTitle() + " / " + types.get(t).getId());
                total += expected;
            }
            assertEquals(Integer.toString(total), row.getText(1 + types.size()), "total of " + section.getTitle());
            grandTotal += total;
        }
        assertTrue(grandTotal > 10, "the sample has annotations in its sections: " + grandTotal);
        assertEquals(document.getAnnotations().size(), list.index().size());
        assertEquals(document.getAnnotations().size(), list.viewer().getTable().getItemCount());
    }

    @Test
    void uncheckingATypeRemovesItsRowsAndCounts() {
        int claims = (int) document.getAnnotations().stream().filter(a -> a.getType() == claim).count();
        assertTrue(claims > 0);
        MenuManager menu = new MenuManager();
        IMenuManager filled = fillFilterMenu(menu);
        ActionContributionItem claimItem = find(filled, claim.getName());
        assertTrue(claimItem.getAction().isChecked(), "all types are shown at first");
        claimItem.getAction().setChecked(false);
        claimItem.getAction().run();

        assertFalse(context.filter().isTypeVisible(DefaultCodebook.CLAIM));
        waitFor(() -> list.isUpToDate() && list.index().size() == document.getAnnotations().size() - claims);
        Table table = list.viewer().getTable();
        assertEquals(document.getAnnotations().size() - claims, table.getItemCount());
        for (int i = 0; i < Math.min(table.getItemCount(), 50); i++) {
            TableItem item = table.getItem(i);
            assertFalse(claim.getName().equals(item.getText(0)), "row " + i + " is no claim");
        }
        for (TreeItem row : summary.sectionViewer().getTree().getItems()) {
            assertEquals("0", row.getText(1), "no claims counted in " + row.getText(0));
        }
    }

    @Test
    void newAnnotationsAppearWithoutRebuildingAndDoubleClickRevealsThem() {
        int before = list.index().size();
        String text = context.article().text();
        int at = text.indexOf("人才流动限制");
        Annotation added = AnnotationFactory.create(text, counter, at, at + "人才流动限制".length(), "tester");
        context.editingDomain().getCommandStack().execute(new AddCommand(context.editingDomain(), document,
                GlossaPackage.Literals.DOCUMENT__ANNOTATIONS, added));
        waitFor(() -> list.index().size() == before + 1);
        int row = list.index().indexOf(added);
        assertTrue(row >= 0);

        Table table = list.viewer().getTable();
        table.setSelection(row);
        table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        table.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        assertSame(added, context.revealedAnnotation);
        assertArrayEquals(new int[] { at, at + "人才流动限制".length() }, context.revealed);

        context.editingDomain().getCommandStack().undo();
        waitFor(() -> list.index().size() == before);
        assertEquals(-1, list.index().indexOf(added));
    }

    private IMenuManager fillFilterMenu(MenuManager menu) {
        new FilterMenu(() -> context, () -> summary.getSite().getShell()).fill(menu);
        return menu;
    }

    private static ActionContributionItem find(IMenuManager menu, String label) {
        for (IContributionItem item : menu.getItems()) {
            if (item instanceof ActionContributionItem a && label.equals(a.getAction().getText())) {
                return a;
            }
        }
        throw new AssertionError("no menu item " + label);
    }

    private int countIn(Section section, AnnotationType type) {
        int n = 0;
        for (Annotation a : document.getAnnotations()) {
            if (a.getType() == type && a.getBegin() >= section.getBegin() && a.getBegin() < section.getEnd()) {
                n++;
            }
        }
        return n;
    }

    /** Top-level sections at the sample's headings "一、" … "五、" and "结语", each running to the next. */
    private void addSections(String text) {
        List<Integer> starts = new ArrayList<>();
        for (String heading : HEADINGS) {
            int at = text.indexOf("\n" + heading);
            assertTrue(at >= 0, "the sample has heading " + heading);
            starts.add(at + 1);
        }
        for (int i = 0; i < starts.size(); i++) {
            int begin = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            int lineEnd = text.indexOf('\n', begin);
            Section section = GlossaFactory.eINSTANCE.createSection();
            String heading = text.substring(begin, lineEnd < 0 ? end : lineEnd).strip();
            int mark = heading.indexOf('、');
            section.setNumber(mark > 0 ? heading.substring(0, mark) : "");
            section.setTitle(mark > 0 ? heading.substring(mark + 1) : heading);
            section.setLevel(1);
            section.setBegin(begin);
            section.setEnd(end);
            document.getSections().add(section);
        }
    }

    private void annotateEvery(String text, String phrase, AnnotationType type) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
            Annotation a = AnnotationFactory.create(text, type, at, at + phrase.length(), "tester");
            context.editingDomain().getCommandStack().execute(new AddCommand(context.editingDomain(), document,
                    GlossaPackage.Literals.DOCUMENT__ANNOTATIONS, a));
        }
    }

    private void waitFor(BooleanSupplier condition) {
        long until = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            TestSupport.processEvents(display, 20);
        }
        TestSupport.processEvents(display, 50);
        assertTrue(condition.getAsBoolean(), "condition met within 10 s");
    }
}
