package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.filter.AnnotationFilter;
import glossa.core.stats.SummaryRows;
import glossa.exchange.imports.ImportReport;
import glossa.exchange.json.Json;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;
import glossa.model.Section;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.exports.ExportFilterPage;
import glossa.ui.internal.exports.ExportReportWizard;
import glossa.ui.internal.exports.ImportAnnotationsWizard;
import glossa.ui.internal.exports.ReportKind;

/**
 * The export and import wizards driven as an analyst would, through their pages in an open {@link WizardDialog}: the
 * annotated sample exported to HTML, CSV and JSON-LD, the filter defaulting to the editor's, a cancelled export, and
 * an import round trip that one undo takes back.
 */
class ExportImportWizardTest {

    /** Spans of the sample, with the type each gets. */
    private static final String[][] SPANS = { { "技术出口管制", "claim" }, { "《芯片与科学法案》", "policy-measure" },
            { "全链条封锁", "counter-strategy" } };

    @TempDir
    Path dir;

    private final LoggedErrors errors = new LoggedErrors();
    private final List<WizardDialog> dialogs = new ArrayList<>();

    @BeforeEach
    void listen() {
        errors.start();
    }

    @AfterEach
    void closeAll() {
        dialogs.forEach(d -> {
            if (d.getShell() != null && !d.getShell().isDisposed()) {
                d.close();
            }
        });
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
        errors.stopAndAssertNone();
    }

    /** Opens a copy of the sample in {@code in} and annotates {@link #SPANS}, a memo and a relation, through commands. */
    private GlossaEditorContext annotatedSample(Path in) throws Exception {
        Files.createDirectories(in);
        GlossaEditor editor = EditorTestSupport.open(EditorTestSupport.copySample(in));
        GlossaEditorContext context = editor.getAdapter(GlossaEditorContext.class);
        Document document = context.article().document();
        String text = context.article().text();
        List<Annotation> added = new ArrayList<>();
        for (String[] span : SPANS) {
            int at = text.indexOf(span[0]);
            assertTrue(at >= 0, span[0] + " is in the sample");
            Annotation a = AnnotationFactory.create(text,
                    Codebooks.find(document.getCodebook(), span[1]).orElseThrow(), at, at + span[0].length(), "tester");
            assertTrue(context.execute(AnnotationCommands.add(context.editingDomain(), document, a)));
            added.add(a);
        }
        assertTrue(context.execute(AnnotationCommands.setMemo(context.editingDomain(), added.get(0), "备注 <b>memo</b>")));
        assertTrue(context.execute(AnnotationCommands.relate(context.editingDomain(), document, added.get(2),
                added.get(0), "responds-to")));
        return context;
    }

    private <W extends IWizard> W open(W wizard, WizardDialog dialog) {
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialogs.add(dialog);
        EditorTestSupport.settle();
        return wizard;
    }

    private ExportReportWizard openExportWizard() {
        ExportReportWizard wizard = new ExportReportWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY); // finds the active Glossa editor
        return open(wizard, new WizardDialog(shell(), wizard));
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** Chooses a format and a file, switches off opening the result, and presses Finish. */
    private static boolean export(ExportReportWizard wizard, ReportKind kind, Path out) {
        wizard.formatPage().setKind(kind);
        wizard.formatPage().setDestination(out);
        wizard.finishPage().setOpenWhenDone(false);
        assertTrue(wizard.canFinish(), "the wizard can finish: " + wizard.formatPage().getErrorMessage());
        boolean finished = wizard.performFinish();
        EditorTestSupport.settle();
        return finished;
    }

    @Test
    void exportsTheAnnotatedSampleToHtmlCsvAndJsonLd() throws Exception {
        GlossaEditorContext context = annotatedSample(dir.resolve("in"));
        Path html = dir.resolve("report.html");
        Path csv = dir.resolve("report.csv");
        Path jsonld = dir.resolve("report.jsonld");

        ExportReportWizard wizard = openExportWizard();
        assertTrue(wizard.formatPage().destinationPath().getFileName().toString()
                .startsWith("openai-deepseek-policy-article.zh."), "default name from the article: "
                        + wizard.formatPage().destinationPath());
        assertTrue(export(wizard, ReportKind.of("html"), html));
        String report = Files.readString(html, StandardCharsets.UTF_8);
        for (String[] span : SPANS) {
            assertEquals(1, java.util.regex.Pattern.compile("id=\"ann-\\d+\" data-type=\"" + span[1] + "\"").matcher(report)
                    .results().count(), "one " + span[1] + " entry in " + html);
            assertTrue(report.contains(span[0]), "the report holds the quote " + span[0]);
        }
        assertTrue(report.contains("<mark"), "the full text with highlights");
        assertTrue(report.contains("&lt;b&gt;memo&lt;/b&gt;") && !report.contains("<b>memo</b>"), "the memo, escaped");

        wizard = openExportWizard();
        assertTrue(export(wizard, ReportKind.of("csv"), csv));
        List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
        assertTrue(rows.get(0).get(0).startsWith("\uFEFF"), "UTF-8 with a byte order mark");
        List<String> header = rows.get(0).stream().map(h -> h.replace("\uFEFF", "")).toList();
        int quote = header.indexOf("quote");
        int memo = header.indexOf("memo");
        assertTrue(quote >= 0 && memo >= 0, "quote and memo columns: " + header);
        assertEquals(SPANS.length, rows.size() - 1, "one row per annotation: " + rows);
        for (int i = 0; i < SPANS.length; i++) {
            String expected = SPANS[i][0];
            assertTrue(rows.stream().skip(1).anyMatch(r -> r.get(quote).equals(expected)), "a row quotes " + expected);
        }
        assertTrue(rows.stream().skip(1).anyMatch(r -> r.get(memo).equals("备注 <b>memo</b>")), "the memo as written");

        wizard = openExportWizard();
        assertTrue(export(wizard, ReportKind.of("jsonld"), jsonld));
        Map<?, ?> collection = (Map<?, ?>) Json.parse(Files.readString(jsonld, StandardCharsets.UTF_8));
        assertEquals("AnnotationCollection", collection.get("type"));
        List<?> items = (List<?>) ((Map<?, ?>) collection.get("first")).get("items");
        List<String> exact = new ArrayList<>();
        for (Object item : items) {
            Map<?, ?> annotation = (Map<?, ?>) item;
            if ("classifying".equals(annotation.get("motivation"))) {
                collectExact(annotation.get("target"), exact);
            }
        }
        assertEquals(Set.of(SPANS[0][0], SPANS[1][0], SPANS[2][0]), Set.copyOf(exact), "TextQuoteSelector.exact");
        assertEquals(SPANS.length + 1, items.size(), "three annotations and the relation");
        assertEquals(SPANS.length, context.article().document().getAnnotations().size(), "exporting changes nothing");
    }

    @Test
    void filterDefaultsToTheEditorsFilter() throws Exception {
        GlossaEditorContext context = annotatedSample(dir.resolve("in"));
        context.setFilter(new AnnotationFilter(Set.of("claim"), Set.of(AnnotationStatus.CONFIRMED), Set.of(), ""));
        ExportReportWizard wizard = openExportWizard();
        assertFalse(wizard.filterPage().isTypeChecked("claim"), "the type hidden in the editor is unchecked");
        assertTrue(wizard.filterPage().isTypeChecked("policy-measure"));
        assertTrue(wizard.filterPage().isTypeChecked("counter-strategy"));
        assertTrue(wizard.filterPage().isStatusChecked(AnnotationStatus.CONFIRMED));
        assertFalse(wizard.filterPage().isStatusChecked(AnnotationStatus.SUGGESTED));
        assertEquals(context.filter().hiddenTypes(), wizard.options().filter().hiddenTypes());
        assertEquals(context.filter().statuses(), wizard.options().filter().statuses());

        Path csv = dir.resolve("filtered.csv");
        assertTrue(export(wizard, ReportKind.of("csv"), csv));
        List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
        int quote = rows.get(0).indexOf("quote");
        List<String> quotes = rows.stream().skip(1).map(r -> r.get(quote)).toList();
        assertEquals(List.of(SPANS[1][0], SPANS[2][0]), quotes, "the hidden type is not exported");

        // Sections: only the one holding 全链条封锁 and 《芯片与科学法案》 (一、); the claim is in the introduction before it.
        wizard = openExportWizard();
        wizard.filterPage().setTypeChecked("claim", true);
        assertTrue(wizard.filterPage().sectionCount() > 1, "the sample has sections");
        int position = 1 + context.article().document().getSections().indexOf(
                glossa.core.sections.SectionIndex.of(context.article().document())
                        .topLevelAt(context.article().text().indexOf(SPANS[2][0])));
        wizard.filterPage().checkOnlySections(Set.of(position));
        assertEquals(Set.of(Integer.toString(position)), wizard.options().sections());
        Path oneSection = dir.resolve("one-section.csv");
        assertTrue(export(wizard, ReportKind.of("csv"), oneSection));
        List<List<String>> sectionRows = Csv.parse(Files.readString(oneSection, StandardCharsets.UTF_8));
        assertEquals(List.of(SPANS[1][0], SPANS[2][0]), sectionRows.stream().skip(1).map(r -> r.get(quote)).toList(),
                "only the checked section's annotations, the claim checked again but outside it");
    }

    @Test
    void pageFurnitureIsOfferedOnlyWhileItIsReported() throws Exception {
        GlossaEditorContext context = annotatedSample(dir.resolve("in"));
        List<Section> roots = context.article().document().getSections();
        Set<Integer> body = new java.util.TreeSet<>();
        for (int i = 0; i < roots.size(); i++) {
            if (!SummaryRows.isBoilerplate(roots.get(i))) {
                body.add(i + 1);
            }
        }
        assertTrue(body.size() < roots.size(), "the sample ends with a page footer");
        ExportReportWizard wizard = openExportWizard();
        ExportFilterPage page = wizard.filterPage();

        page.setBoilerplate(false);
        assertEquals(body.size(), page.sectionCount(), "the footer is not listed while page furniture is left out");
        assertEquals(Set.of(), wizard.options().sections(), "every listed section checked means the whole article");
        page.checkOnlySections(Set.of(body.iterator().next()));
        assertEquals(Set.of(Integer.toString(body.iterator().next())), wizard.options().sections());

        page.setBoilerplate(true);
        assertEquals(roots.size(), page.sectionCount(), "ticking the box lists the footer");
        assertTrue(wizard.options().boilerplate());
        Set<String> checked = new java.util.TreeSet<>(wizard.options().sections());
        assertEquals(roots.size() - body.size() + 1, checked.size(), "the footer is listed checked, the choice kept");
        page.checkOnlySections(body);
        assertEquals(body.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet()),
                wizard.options().sections(), "the footer unchecked while listed is left out by position");

        page.setBoilerplate(false);
        assertEquals(body.size(), page.sectionCount(), "clearing the box takes the footer off the list again");
    }

    @Test
    void cancelledExportWritesNothing() throws Exception {
        annotatedSample(dir.resolve("in"));
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path html = outDir.resolve("cancelled.html");
        ExportReportWizard wizard = new ExportReportWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        open(wizard, new CancellingDialog(shell(), wizard));

        assertFalse(export(wizard, ReportKind.of("html"), html), "a cancelled export does not finish the wizard");
        assertFalse(Files.exists(html), "no report");
        try (Stream<Path> files = Files.list(outDir)) {
            assertEquals(List.of(), files.toList(), "no temporary file either");
        }
        assertTrue(wizard.getContainer().getCurrentPage().getMessage().contains("cancelled"),
                "the wizard says it was cancelled");

        // A report that already exists is left as it was.
        Files.writeString(html, "previous report", StandardCharsets.UTF_8);
        wizard.setReplaceConfirmation(target -> true);
        assertFalse(export(wizard, ReportKind.of("html"), html));
        assertEquals("previous report", Files.readString(html, StandardCharsets.UTF_8));
    }

    @Test
    void existingFilesNeedAYesAndTheArticleAndSidecarAreRefused() throws Exception {
        GlossaEditorContext context = annotatedSample(dir.resolve("in"));
        Path article = context.article().articlePath();
        Path sidecar = glossa.core.AnnotatedArticle.sidecarOf(article); // not saved yet: refused all the same
        byte[] articleBytes = Files.readAllBytes(article);
        Path html = dir.resolve("existing.html");
        Files.writeString(html, "previous report", StandardCharsets.UTF_8);
        ExportReportWizard wizard = openExportWizard();
        List<Path> asked = new java.util.ArrayList<>();
        wizard.setReplaceConfirmation(target -> asked.add(target) && false);
        assertFalse(export(wizard, ReportKind.of("html"), html), "answered no");
        assertEquals(List.of(html), asked);
        assertEquals("previous report", Files.readString(html, StandardCharsets.UTF_8));
        for (Path forbidden : List.of(article, sidecar)) {
            wizard.formatPage().setDestination(forbidden);
            assertFalse(wizard.performFinish(), "never over " + forbidden);
            String error = ((org.eclipse.jface.wizard.WizardPage) wizard.getContainer().getCurrentPage())
                    .getErrorMessage();
            assertTrue(error != null && error.contains("will not write the export over"), error);
        }
        assertEquals(1, asked.size(), "the article and sidecar are refused without asking");
        assertArrayEquals(articleBytes, Files.readAllBytes(article));
        assertFalse(Files.exists(sidecar), "no report where the sidecar goes");
        wizard.setReplaceConfirmation(target -> true);
        assertTrue(export(wizard, ReportKind.of("html"), html), "answered yes");
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void exportErrorNamesTheFile() throws Exception {
        annotatedSample(dir.resolve("in"));
        Path locked = Files.createDirectories(dir.resolve("locked"));
        ExportReportWizard wizard = openExportWizard();
        wizard.formatPage().setDestination(locked); // a folder is not a file
        assertFalse(wizard.canFinish());
        assertTrue(wizard.formatPage().getErrorMessage().contains(locked.toString()));
        wizard.formatPage().setDestination(dir.resolve("missing").resolve("report.html"));
        assertFalse(wizard.canFinish(), "a folder that does not exist");
        assertTrue(wizard.formatPage().getErrorMessage().contains("missing"));
    }

    @Test
    void importRoundTripIsOneUndoableStep() throws Exception {
        GlossaEditorContext source = annotatedSample(dir.resolve("in"));
        List<String> expected = describe(source.article().document().getAnnotations());
        Document annotated = source.article().document();
        assertTrue(source.execute(SetCommand.create(source.editingDomain(), annotated, Literals.DOCUMENT__MEMO,
                "全文备忘 document memo")));
        Section second = annotated.getSections().get(2);
        assertTrue(source.execute(SetCommand.create(source.editingDomain(), second, Literals.SECTION__MEMO,
                "本节备忘 section memo")));
        Path jsonld = dir.resolve("export.jsonld");
        assertTrue(export(openExportWizard(), ReportKind.of("jsonld"), jsonld));
        EditorTestSupport.page().closeAllEditors(false);

        Files.createDirectories(dir.resolve("fresh"));
        GlossaEditor editor = EditorTestSupport.open(EditorTestSupport.copySample(dir.resolve("fresh")));
        GlossaEditorContext context = editor.getAdapter(GlossaEditorContext.class);
        Document document = context.article().document();
        assertEquals(0, document.getAnnotations().size(), "a fresh copy");

        ImportAnnotationsWizard wizard = new ImportAnnotationsWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(shell(), wizard);
        open(wizard, dialog);
        assertFalse(wizard.canFinish(), "nothing read yet");
        wizard.sourcePage().setPath(jsonld);
        assertEquals("jsonld", wizard.sourcePage().format().id(), "JSON-LD guessed from the extension");
        dialog.showPage(wizard.reportPage()); // Next: reads the file
        EditorTestSupport.settle();
        assertNotNull(wizard.result(), "the file was read: " + wizard.sourcePage().getErrorMessage());
        assertTrue(wizard.result().report().isClean(), wizard.result().report().toString());
        assertEquals(0, document.getAnnotations().size(), "nothing is added before Finish");
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        dialog.close();
        EditorTestSupport.settle();

        assertEquals(expected, describe(document.getAnnotations()), "the same annotations");
        assertEquals(1, document.getRelations().size(), "and the relation");
        assertEquals("responds-to", document.getRelations().get(0).getKind());
        assertEquals("全文备忘 document memo", document.getMemo(), "the document's memo");
        assertEquals("本节备忘 section memo", document.getSections().get(2).getMemo(), "and the section's");

        EditorTestSupport.focus(editor);
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertEquals(0, document.getAnnotations().size(), "one undo removes every imported annotation");
        assertEquals(0, document.getRelations().size(), "and the relation");
        assertNull(document.getMemo(), "and the memos");
        assertNull(document.getSections().get(2).getMemo());
    }

    @Test
    void aFileWithOnlyAMemoOfTheArticleCanBeImportedAndUndone() throws Exception {
        Path jsonld = dir.resolve("note.jsonld");
        Files.writeString(jsonld, "{\"type\": \"Annotation\", \"motivation\": \"commenting\", \"body\": "
                + "{\"type\": \"TextualBody\", \"value\": \"页面笔记 page note\"}, \"target\": \"https://example.org/a\"}",
                StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("fresh"));
        GlossaEditor editor = EditorTestSupport.open(EditorTestSupport.copySample(dir.resolve("fresh")));
        Document document = editor.getAdapter(GlossaEditorContext.class).article().document();

        ImportAnnotationsWizard wizard = new ImportAnnotationsWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(shell(), wizard);
        open(wizard, dialog);
        wizard.sourcePage().setPath(jsonld);
        dialog.showPage(wizard.reportPage());
        EditorTestSupport.settle();
        assertEquals(1, wizard.result().memos().size(), wizard.result().report().toString());
        assertTrue(wizard.canFinish(), "a memo alone is something to import");
        assertTrue(wizard.performFinish());
        dialog.close();
        EditorTestSupport.settle();
        assertEquals("页面笔记 page note", document.getMemo());

        EditorTestSupport.focus(editor);
        EditorTestSupport.executeCommand(EditorTestSupport.UNDO);
        assertNull(document.getMemo(), "one undo takes it back");
    }

    @Test
    void importReportsRecordsItCannotPlace() throws Exception {
        Files.createDirectories(dir.resolve("fresh"));
        GlossaEditor editor = EditorTestSupport.open(EditorTestSupport.copySample(dir.resolve("fresh")));
        Document document = editor.getAdapter(GlossaEditorContext.class).article().document();
        Path csv = dir.resolve("hand-made.csv");
        Files.writeString(csv, "type,quote,begin,end\nClaim,技术出口管制,0,0\nClaim,这句话不在文章里,0,0\n"
                + "No such type,全链条封锁,0,0\n", StandardCharsets.UTF_8);

        ImportAnnotationsWizard wizard = new ImportAnnotationsWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(shell(), wizard);
        open(wizard, dialog);
        wizard.sourcePage().setPath(csv);
        assertEquals("csv", wizard.sourcePage().format().id());
        dialog.showPage(wizard.reportPage());
        EditorTestSupport.settle();

        List<ImportReport.Problem> shown = wizard.reportPage().shownProblems();
        assertTrue(shown.stream().anyMatch(p -> p.severity() == ImportReport.Severity.ERROR && p.record() == 2
                && p.line() == 3), "the missing quote is reported with record 2, line 3: " + shown);
        assertTrue(shown.stream().anyMatch(p -> p.severity() == ImportReport.Severity.ERROR && p.record() == 3
                && p.line() == 4), "the unknown type with record 3, line 4: " + shown);
        assertTrue(wizard.performFinish());
        assertEquals(1, document.getAnnotations().size(), "only the record that could be placed");
        assertEquals("技术出口管制", document.getAnnotations().get(0).getQuote());
    }

    private static List<String> describe(List<Annotation> annotations) {
        return annotations.stream().sorted(Comparator.comparingInt(Annotation::getBegin))
                .map(a -> a.getType().getId() + " " + a.getBegin() + ".." + a.getEnd() + " " + a.getQuote() + " "
                        + a.getMemo() + " " + a.getAuthor())
                .toList();
    }

    private static void collectExact(Object node, List<String> exact) {
        if (node instanceof Map<?, ?> map) {
            if ("TextQuoteSelector".equals(map.get("type"))) {
                exact.add((String) map.get("exact"));
            }
            map.values().forEach(v -> collectExact(v, exact));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectExact(v, exact));
        }
    }

    /** A wizard dialog whose progress monitor is cancelled as soon as the export reports its first progress. */
    private static final class CancellingDialog extends WizardDialog {

        CancellingDialog(Shell shell, IWizard wizard) {
            super(shell, wizard);
        }

        @Override
        public void run(boolean fork, boolean cancelable, IRunnableWithProgress runnable)
                throws InvocationTargetException, InterruptedException {
            super.run(fork, cancelable, monitor -> runnable.run(new ProgressMonitorWrapper(monitor) {
                private volatile boolean cancelled;

                @Override
                public void worked(int work) {
                    super.worked(work);
                    cancelled = true;
                }

                @Override
                public void internalWorked(double work) {
                    super.internalWorked(work);
                    cancelled = true;
                }

                @Override
                public boolean isCanceled() {
                    return cancelled || super.isCanceled();
                }

                @Override
                public void setCanceled(boolean value) {
                    cancelled = value;
                }
            }));
        }
    }

    /** RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
