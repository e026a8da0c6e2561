package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.cases.CaseMatrix;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.codebook.TypeColor;
import glossa.core.io.ArticleStore;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.GlossaPackage;
import glossa.model.Section;
import glossa.ui.internal.appearance.TypeColors;
import glossa.ui.internal.views.CaseSummaryView;
import glossa.ui.internal.editor.TypeAppearance;
import glossa.ui.internal.views.AnnotationsView;
import glossa.ui.internal.views.ChartData;
import glossa.ui.internal.views.SectionSummaryView;

/**
 * One type-appearance service: the colour every consumer draws a type in is the codebook's, overridden by the
 * annotation-colour preference of a built-in type, and a missing or malformed colour is the one documented fallback.
 */
class TypeColorsTest {

    private static final RGB OVERRIDE = new RGB(0x12, 0x34, 0x56);

    @TempDir
    Path temp;

    private final Display display = Display.getCurrent();
    private IProject project;

    @AfterEach
    void restore() throws Exception {
        TypeColors.store().setToDefault(TypeColors.colorKey(DefaultCodebook.CLAIM));
        if (project != null) {
            project.delete(true, true, null);
        }
    }

    @Test
    void aMissingOrMalformedColourIsTheOneFallback() {
        assertEquals(new RGB(0x9E, 0x9E, 0x9E), TypeColors.FALLBACK);
        assertEquals(TypeColor.FALLBACK, TypeColors.hex(TypeColors.FALLBACK), "the reports' fallback, too");
        for (String bad : new String[] { null, "", "#", "#12345", "#1234567", "123456", "#GG0000", "red", " #123456",
                "#123456 ", "#12 456" }) {
            assertEquals(TypeColors.FALLBACK, TypeColors.parse(bad), "«" + bad + "»");
        }
        assertEquals(new RGB(0xAB, 0xCD, 0xEF), TypeColors.parse("#abcdef"));
        assertEquals(new RGB(0xAB, 0xCD, 0xEF), TypeColors.parse("#ABCDEF"));
        assertEquals(TypeColors.FALLBACK, TypeColors.rgb(null));
        AnnotationType odd = glossa.model.GlossaFactory.eINSTANCE.createAnnotationType();
        odd.setId("odd");
        odd.setColor("teal");
        assertEquals(TypeColors.FALLBACK, TypeColors.rgb(odd));
        assertEquals(TypeColors.FALLBACK, TypeAppearance.rgb(odd), "the editor agrees");
    }

    @Test
    void theHeatScaleRunsFromPaleToThreeQuartersOfTheColour() {
        RGB base = new RGB(0, 0, 0);
        assertNull(TypeColors.heat(base, 0, 10), "no shade for nothing");
        assertEquals(new RGB(217, 217, 217), TypeColors.heat(base, 1, 10), "15 % for the smallest counts");
        assertEquals(new RGB(64, 64, 64), TypeColors.heat(base, 10, 10), "75 % for the largest");
        int previous = 256;
        for (int n = 1; n <= 10; n++) {
            int red = TypeColors.heat(base, n, 10).red;
            assertTrue(red <= previous, "darker as the count grows: " + n);
            previous = red;
        }
    }

    /** plugin.xml must keep a literal colorPreferenceValue; it must say what DefaultCodebook says. */
    @Test
    void pluginXmlDefaultsAreTheDefaultCodebooksColours() {
        Map<String, String> declared = new HashMap<>();
        for (IConfigurationElement spec : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.ui.editors.markerAnnotationSpecification")) {
            String key = spec.getAttribute("colorPreferenceKey");
            if ("glossa.ui".equals(spec.getContributor().getName()) && key != null) {
                declared.put(key, spec.getAttribute("colorPreferenceValue"));
            }
        }
        List<AnnotationType> builtIn = Codebooks.allTypes(DefaultCodebook.create());
        assertEquals(TypeColors.BUILT_IN.size(), builtIn.size());
        for (AnnotationType type : builtIn) {
            RGB codebook = TypeColors.parse(type.getColor());
            String value = declared.get(TypeColors.colorKey(type.getId()));
            assertNotNull(value, "plugin.xml declares " + type.getId());
            assertEquals(codebook.red + "," + codebook.green + "," + codebook.blue, value, type.getId());
            assertEquals(codebook, PreferenceConverter.getDefaultColor(TypeColors.store(),
                    TypeColors.colorKey(type.getId())), "the preference default of " + type.getId());
            assertEquals(codebook, TypeColors.rgb(type), "no override: the codebook's colour");
        }
    }

    @Test
    void aPreferenceOverrideChangesTheColourEveryConsumerGets() throws Exception {
        Path sample = temp.resolve("article.zh.txt");
        Files.copy(Path.of(System.getProperty("glossa.sample")), sample);
        AnnotatedArticle article = new ArticleStore().open(sample, null);
        FakeEditorContext context = new FakeEditorContext(article);
        AnnotationType claim = Codebooks.find(article.document().getCodebook(), DefaultCodebook.CLAIM).orElseThrow();
        String text = article.text();
        for (int at = text.indexOf("DeepSeek"); at >= 0; at = text.indexOf("DeepSeek", at + 8)) {
            Annotation a = AnnotationFactory.create(text, claim, at, at + 8, "tester");
            context.editingDomain().getCommandStack().execute(new AddCommand(context.editingDomain(),
                    article.document(), GlossaPackage.Literals.DOCUMENT__ANNOTATIONS, a));
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        SectionSummaryView summary = (SectionSummaryView) page.showView(SectionSummaryView.ID);
        AnnotationsView list = (AnnotationsView) page.showView(AnnotationsView.ID);
        CaseSummaryView cases = (CaseSummaryView) page.showView(CaseSummaryView.ID);
        try {
            summary.show(context);
            list.show(context);
            waitFor(list::isUpToDate);
            IProject shown = caseWithClaims();
            cases.show(shown);
            // lastOpen is reset by show and set after the rows of this case are shown (not a case shown before).
            waitFor(() -> shown.equals(cases.project()) && cases.lastOpen() != null && !cases.isBusy()
                    && cases.matrix() != null && cases.matrix().total() == 2);

            RGB original = TypeColors.parse(claim.getColor());
            assertEquals(original, consumers(summary, list, cases, claim).get("chart"));

            PreferenceConverter.setValue(TypeColors.store(), TypeColors.colorKey(DefaultCodebook.CLAIM), OVERRIDE);
            waitFor(() -> OVERRIDE.equals(consumers(summary, list, cases, claim).get("summary swatch")));
            Map<String, RGB> seen = consumers(summary, list, cases, claim);
            for (String consumer : List.of("service", "editor", "chart", "summary swatch", "list swatch")) {
                assertEquals(OVERRIDE, seen.get(consumer), consumer);
            }
            assertEquals(heatOf(summary, claim, OVERRIDE), seen.get("summary heat"), "the Section Summary's shade");
            CaseMatrix matrix = cases.matrix();
            int column = matrix.column(DefaultCodebook.CLAIM);
            // The Case Summary's cells, filled again (as any recount or repaint does), are in the new colour.
            cases.matrixTable().clearAll();
            RGB caseShade = cases.matrixTable().getItem(0).getBackground(1 + column).getRGB();
            assertEquals(TypeColors.heat(OVERRIDE, matrix.count(0, column), matrix.maxCell()), caseShade,
                    "the Case Summary's shade");

            TypeColors.store().setToDefault(TypeColors.colorKey(DefaultCodebook.CLAIM));
            waitFor(() -> original.equals(consumers(summary, list, cases, claim).get("summary swatch")));
            cases.matrixTable().clearAll();
            seen = consumers(summary, list, cases, claim);
            assertEquals(TypeColors.heat(original, matrix.count(0, column), matrix.maxCell()), seen.get("case heat"),
                    "the Case Summary's shade, back to the codebook's");
            for (String consumer : List.of("service", "editor", "chart", "summary swatch", "list swatch")) {
                assertEquals(original, seen.get(consumer), "back to the codebook's: " + consumer);
            }
        } finally {
            summary.show(null);
            list.show(null);
            page.hideView(cases);
        }
    }

    /**
     * The Case Summary listens to the colour preferences itself: a colour changed through the preference service
     * re-shades its cells while it stays open, without a reopen or a recount (the table and its rows are the same).
     */
    @Test
    void theCaseSummaryRepaintsLiveWhenATypeColourChanges() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CaseSummaryView cases = (CaseSummaryView) page.showView(CaseSummaryView.ID);
        try {
            IProject shown = caseWithClaims();
            cases.show(shown);
            waitFor(() -> shown.equals(cases.project()) && cases.lastOpen() != null && !cases.isBusy()
                    && cases.matrix() != null && cases.matrix().total() == 2);
            CaseMatrix matrix = cases.matrix();
            CaseSummaryView.OpenReport open = cases.lastOpen();
            int column = 1 + matrix.column(DefaultCodebook.CLAIM);
            RGB original = TypeColors.rgb(Codebooks.find(DefaultCodebook.create(), DefaultCodebook.CLAIM).orElseThrow());
            RGB before = TypeColors.heat(original, matrix.count(0, column - 1), matrix.maxCell());
            RGB after = TypeColors.heat(OVERRIDE, matrix.count(0, column - 1), matrix.maxCell());
            // The row is filled now, in the codebook's shade: only a repaint can give it another.
            assertEquals(before, cases.matrixTable().getItem(0).getBackground(column).getRGB(), "before the change");
            assertTrue(!before.equals(after), "the override shades differently");

            PreferenceConverter.setValue(TypeColors.store(), TypeColors.colorKey(DefaultCodebook.CLAIM), OVERRIDE);
            waitFor(() -> after.equals(cases.matrixTable().getItem(0).getBackground(column).getRGB()));
            assertSame(matrix, cases.matrix(), "repainted, not recounted");
            assertSame(open, cases.lastOpen(), "not reopened");

            TypeColors.store().setToDefault(TypeColors.colorKey(DefaultCodebook.CLAIM));
            waitFor(() -> before.equals(cases.matrixTable().getItem(0).getBackground(column).getRGB()));
            assertSame(matrix, cases.matrix(), "back to the codebook's shade, still not recounted");
        } finally {
            page.hideView(cases);
        }
    }

    /** What each consumer draws claims in now. */
    private static Map<String, RGB> consumers(SectionSummaryView summary, AnnotationsView list, CaseSummaryView cases,
            AnnotationType claim) {
        Map<String, RGB> seen = new HashMap<>();
        seen.put("service", TypeColors.rgb(claim));
        seen.put("editor", TypeAppearance.rgb(claim));
        ChartData chart = summary.chartData();
        seen.put("chart", chart.colors().get(chart.series().indexOf(claim.getName())));
        int column = 1 + summary.statistics().types().indexOf(claim);
        seen.put("summary swatch", centre(summary.sectionViewer().getTree().getColumn(column).getImage()));
        for (TreeItem row : summary.sectionViewer().getTree().getItems()) {
            if (summary.statistics().count((Section) row.getData(), claim) > 0) {
                seen.put("summary heat", row.getBackground(column).getRGB());
                break;
            }
        }
        for (TableItem row : list.viewer().getTable().getItems()) {
            for (int c = 0; c < list.viewer().getTable().getColumnCount(); c++) {
                if (row.getImage(c) != null) {
                    seen.put("list swatch", centre(row.getImage(c)));
                }
            }
        }
        CaseMatrix matrix = cases.matrix();
        Color cell = cases.matrixTable().getItem(0).getBackground(1 + matrix.column(DefaultCodebook.CLAIM));
        seen.put("case heat", cell.getRGB());
        return seen;
    }

    private static RGB heatOf(SectionSummaryView summary, AnnotationType claim, RGB base) {
        for (TreeItem row : summary.sectionViewer().getTree().getItems()) {
            int n = summary.statistics().count((Section) row.getData(), claim);
            if (n > 0) {
                return TypeColors.heat(base, n, summary.statistics().maxCell());
            }
        }
        throw new AssertionError("no section has a claim");
    }

    private static RGB centre(Image image) {
        ImageData data = image.getImageData();
        return data.palette.getRGB(data.getPixel(data.width / 2, data.height / 2));
    }

    /** A case of one article with two claims, written as the editor would. */
    private IProject caseWithClaims() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("colours-" + System.nanoTime());
        project.create(null);
        project.open(null);
        IFile file = project.getFile("a.txt");
        String text = "标题\n一、背景\n美国政府讨论技术出口管制。\n二、对策\n中国企业以开源模型生态应对。\n";
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        ArticleStore store = new ArticleStore();
        AnnotatedArticle article = store.open(file.getLocation().toFile().toPath(), null);
        AnnotationType claim = Codebooks.find(article.document().getCodebook(), DefaultCodebook.CLAIM).orElseThrow();
        for (String quote : new String[] { "技术出口管制", "开源模型" }) {
            int begin = article.text().indexOf(quote);
            article.document().getAnnotations().add(AnnotationFactory.create(article.text(), claim, begin,
                    begin + quote.length(), "ana"));
        }
        store.save(article, false, null);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project;
    }

    private void waitFor(BooleanSupplier condition) {
        long until = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            TestSupport.processEvents(display, 20);
        }
        TestSupport.processEvents(display, 50);
        assertTrue(condition.getAsBoolean(), "condition met within 30 s");
    }
}
