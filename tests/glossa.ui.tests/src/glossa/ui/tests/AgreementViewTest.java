package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.agreement.Disagreement;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.io.ArticleStore;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.agreement.AcceptCodingHandler;
import glossa.ui.internal.views.AgreementView;
import glossa.ui.internal.editor.GlossaEditor;

/**
 * The Agreement view on an article two coders annotated: its figures (checked against values worked out by hand),
 * its disagreements, the side-by-side comparison, and an adjudication through the view's command, undone.
 */
class AgreementViewTest {

    /** ana annotates this claim whole, bo without its first 11 characters ("DeepSeek近期在"). */
    static final String CLAIM = "DeepSeek近期在多模态大模型、高效训练架构等领域取得突破";
    static final int CLAIM_CUT = "DeepSeek近期在".length();
    /** Both code this measure alike. */
    static final String MEASURE = "禁止持有AI相关学位的中国公民在美国科技公司担任核心研发岗位";
    /** Only bo codes this as a counter-strategy. */
    static final String COUNTER = "技术出口管制升级";

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        EditorTestSupport.page().closeAllEditors(false);
        var view = EditorTestSupport.page().findView(AgreementView.ID);
        if (view != null) {
            EditorTestSupport.page().hideView(view);
        }
    }

    /** The sample annotated by ana and bo, saved in its sidecar. */
    static Path twoCoderArticle(Path dir) throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        ArticleStore store = new ArticleStore();
        AnnotatedArticle a = store.open(article, null);
        String text = a.text();
        int claim = text.indexOf(CLAIM);
        int measure = text.indexOf(MEASURE);
        int counter = text.indexOf(COUNTER);
        assertTrue(claim >= 0 && measure >= 0 && counter >= 0);
        add(a, "claim", claim, claim + CLAIM.length(), "ana");
        add(a, "claim", claim + CLAIM_CUT, claim + CLAIM.length(), "bo");
        add(a, "policy-measure", measure, measure + MEASURE.length(), "ana");
        add(a, "policy-measure", measure, measure + MEASURE.length(), "bo");
        add(a, "counter-strategy", counter, counter + COUNTER.length(), "bo");
        store.save(a, false, null);
        return article;
    }

    private static void add(AnnotatedArticle a, String type, int begin, int end, String author) {
        a.document().getAnnotations().add(AnnotationFactory.create(a.text(),
                Codebooks.find(a.document().getCodebook(), type).orElseThrow(), begin, end, author));
    }

    static AgreementView showView() throws Exception {
        AgreementView view = (AgreementView) EditorTestSupport.page().showView(AgreementView.ID);
        assertTrue(TestSupport.waitUntil(() -> !view.isComputing() && view.figures() != null, 10_000),
                "the figures are computed");
        return view;
    }

    private static Annotation find(Document document, String author, String type) {
        return document.getAnnotations().stream()
                .filter(a -> author.equals(a.getAuthor()) && type.equals(a.getType().getId())).findFirst()
                .orElseThrow();
    }

    private static String kappa(double observed, double a, double b) {
        double chance = a * b + (1 - a) * (1 - b);
        return String.format(Locale.ROOT, "%.3f", (observed - chance) / (1 - chance));
    }

    @Test
    void showsTheFiguresTheDisagreementsAndAdjudicatesUndoably() throws Exception {
        Path article = twoCoderArticle(dir);
        GlossaEditor editor = EditorTestSupport.open(article);
        GlossaEditorContext context = EditorTestSupport.context(editor);
        Document document = context.article().document();
        double length = context.article().text().length();
        AgreementView view = showView();

        assertEquals(List.of("ana", "bo"), view.figures().all().coders());
        assertEquals("ana \u2013 bo", view.coefficientCell(0, 0));
        // Percent agreement on claim: the coders differ on CLAIM_CUT characters of the text.
        view.showCoefficient(2);
        assertEquals(String.format(Locale.ROOT, "%.1f %%", 100 * (1 - CLAIM_CUT / length)),
                view.coefficientCell(0, 1));
        // Cohen's kappa, worked out from the 2 x 2 table of characters.
        view.showCoefficient(1);
        String claimKappa = kappa(1 - CLAIM_CUT / length, CLAIM.length() / length,
                (CLAIM.length() - CLAIM_CUT) / length);
        assertEquals(claimKappa, view.coefficientCell(0, 1));
        assertEquals("1.000", view.coefficientCell(0, 2), "the measure, coded alike");
        assertEquals("0.000", view.coefficientCell(0, 3), "a type one coder never uses: chance level");

        List<Disagreement> rows = view.figures().disagreements();
        assertEquals(2, rows.size(), "the claim's boundary and bo's counter-strategy; the measure is agreed");
        assertEquals(2, view.disagreementViewer().getTable().getItemCount());
        Disagreement claim = rows.get(0);
        assertEquals(List.of("ana", "bo"), claim.standing());
        view.disagreementViewer().setSelection(new StructuredSelection(claim), true);
        EditorTestSupport.settle();
        assertEquals(2, view.comparedPassages().size(), "the two codings side by side");
        assertTrue(view.comparedPassages().get(0).getText().contains(CLAIM));

        // Accept ana's coding through the view's command, as its context menu runs it.
        EditorTestSupport.page().activate(view);
        view.disagreementViewer().setSelection(new StructuredSelection(claim), true);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        ParameterizedCommand accept = ParameterizedCommand.generateCommand(
                commands.getCommand(AcceptCodingHandler.COMMAND), Map.of(AcceptCodingHandler.CODER, "ana"));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(accept, null);
        Annotation anas = find(document, "ana", "claim");
        Annotation bos = find(document, "bo", "claim");
        assertEquals(AnnotationStatus.CONFIRMED, anas.getStatus());
        assertEquals(AnnotationStatus.REJECTED, bos.getStatus());
        assertEquals("bo", bos.getAuthor(), "the author is kept");
        assertTrue(editor.isDirty(), "an unsaved change of the article");
        assertTrue(TestSupport.waitUntil(() -> !view.isComputing()
                && view.figures().disagreements().get(0).standing().equals(List.of("ana")), 10_000),
                "the view shows the disagreement settled");
        assertEquals(claimKappa, view.coefficientCell(0, 1), "adjudication leaves the figures as they were");
        assertNotNull(view.selectedDisagreement(), "the settled disagreement stays selected");
        assertEquals(claim.begin(), view.selectedDisagreement().begin());

        EditorTestSupport.page().activate(editor);
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(AnnotationStatus.CONFIRMED, bos.getStatus(), "undo restores bo's claim");
        assertTrue(TestSupport.waitUntil(() -> !view.isComputing()
                && view.figures().disagreements().get(0).open(), 10_000), "and the view shows it open again");
        assertTrue(Files.exists(AnnotatedArticle.sidecarOf(article)));
    }

    @Test
    void exportsTheReportFromTheView() throws Exception {
        Path article = twoCoderArticle(dir);
        EditorTestSupport.open(article);
        AgreementView view = showView();
        Path csv = dir.resolve("agreement.csv");
        org.eclipse.core.runtime.jobs.Job job = view.exportReport(csv);
        assertNotNull(job);
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        List<String> rows = Files.readAllLines(csv);
        assertEquals("\uFEFFscope,depth,type,type_name,coders,characters,percent,kappa,alpha,alpha_u", rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.contains(",claim,Claim,ana; bo,")), rows.toString());
        assertEquals(null, view.exportReport(article), "an article is no report: nothing is written");
    }

    @Test
    void saysWhenThereIsNothingToCompare() throws Exception {
        Path article = EditorTestSupport.copySample(dir);
        EditorTestSupport.open(article);
        AgreementView view = showView();
        assertEquals(List.of(), view.figures().all().coders());
        assertEquals(0, view.disagreementViewer().getTable().getItemCount());
        assertEquals(0, view.figures().rows().size());
    }
}
