package glossa.core.tests.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import glossa.core.anchor.AnchorResult;
import glossa.core.anchor.ReanchorReport;
import glossa.core.anchor.Reanchorer;
import glossa.core.anchor.Reanchoring;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;

class ReanchorerTest {

    private static final String OLD = "前言。OpenAI向美国政府提交了一份长达15页的紧急提案,矛头直指中国AI企业DeepSeek。\n\n"
            + "一、提案背景:中美AI竞争的“技术卡位战”\n\n这一动作并非孤立事件,而是中美AI竞争白热化的直接体现。\n\n"
            + "二、提案内容\n\n要求将“多模态大模型训练框架”等12项技术列入《商业控制清单》,限制向中国出口。\n";

    private final AnnotationType type = DefaultCodebook.create().getTypes().get(0);

    private Document document(String text, String... quotes) {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.getSections().addAll(AnchoringCorpus.sections(text));
        document.setContentHash(Reanchoring.contentHash(text));
        for (String quote : quotes) {
            int at = text.indexOf(quote);
            document.getAnnotations().add(AnnotationFactory.create(text, type, at, at + quote.length(), "t"));
        }
        return document;
    }

    private static AnchorResult only(ReanchorReport report) {
        assertEquals(1, report.results().size());
        return report.results().get(0);
    }

    private static ReanchorReport reanchor(String text, Document document) {
        return new Reanchorer().reanchor(text, document, null, new NullProgressMonitor());
    }

    @Test
    void unchangedTextIsExact() {
        Document d = document(OLD, "中美AI竞争白热化");
        AnchorResult r = only(reanchor(OLD, d));
        assertEquals(AnchorState.EXACT, r.state());
        assertEquals(r.oldBegin(), r.newBegin());
        assertFalse(r.spanChanged());
    }

    @Test
    void textInsertedBeforeMovesTheAnnotationAndApplyUpdatesContext() {
        Document d = document(OLD, "中美AI竞争白热化");
        String revised = "新增的一段说明文字。\n\n" + OLD;
        ReanchorReport report = reanchor(revised, d);
        AnchorResult r = only(report);
        assertEquals(AnchorState.MOVED, r.state());
        assertEquals(revised.indexOf("中美AI竞争白热化"), r.newBegin());
        report.apply();
        Annotation a = d.getAnnotations().get(0);
        assertEquals(r.newBegin(), a.getBegin());
        assertEquals(AnnotationFactory.prefixOf(revised, a.getBegin()), a.getPrefix());
        assertEquals(AnchorState.MOVED, a.getAnchor());
        assertEquals(Reanchoring.contentHash(revised), d.getContentHash());
        assertFalse(Reanchoring.isNeeded(d, revised));
    }

    @Test
    void amongDuplicatesTheContextDecides() {
        // "中美AI竞争" occurs twice; the annotation is on the second one.
        Document d = document(OLD);
        int second = OLD.indexOf("中美AI竞争白热化");
        d.getAnnotations().add(AnnotationFactory.create(OLD, type, second, second + 6, "t"));
        // Swap sections so positions alone would mislead.
        String revised = OLD.replace("一、提案背景", "〇、背景").replace("这一动作并非孤立事件", "这一动作并非偶然");
        AnchorResult r = only(reanchor("补充:中美AI竞争加剧。\n" + revised, d));
        String text = "补充:中美AI竞争加剧。\n" + revised;
        assertEquals(text.indexOf("中美AI竞争白热化"), r.newBegin());
    }

    @Test
    void fullWidthPunctuationAndCrlfStillMatch() {
        Document d = document(OLD, "提案背景:中美AI竞争的“技术卡位战”", "矛头直指中国AI企业DeepSeek");
        String revised = OLD.replace(':', '：').replace(',', '，').replace("\n", "\r\n").replace("“技术卡位战”", "\"技术卡位战\"");
        ReanchorReport report = reanchor(revised, d);
        AnchorResult heading = report.results().get(0);
        assertEquals(AnchorState.MOVED, heading.state());
        assertEquals("提案背景：中美AI竞争的\"技术卡位战\"", heading.newQuote());
        // On the first line, before any changed character: still in place.
        assertEquals(AnchorState.EXACT, report.results().get(1).state());
        assertEquals(revised.indexOf("矛头直指"), report.results().get(1).newBegin());
        AnchorResult later = new Reanchorer().reanchor("前\r\n" + revised, d, null, null).results().get(1);
        assertEquals(AnchorState.MOVED, later.state());
        assertEquals(revised.indexOf("矛头直指") + 3, later.newBegin());
    }

    @Test
    void editedQuoteIsFuzzyWithItsScore() {
        String quote = "要求将“多模态大模型训练框架”等12项技术列入《商业控制清单》";
        Document d = document(OLD, quote);
        String edited = quote.replace("训练框架", "训练架构").replace("12项", "十二项");
        String revised = OLD.replace(quote, edited);
        AnchorResult r = only(reanchor(revised, d));
        assertEquals(AnchorState.FUZZY, r.state());
        assertEquals(revised.indexOf(edited), r.newBegin());
        assertEquals(revised.indexOf(edited) + edited.length(), r.newEnd());
        assertTrue(r.score() > 0.7 && r.score() < 1, "score " + r.score());
    }

    @Test
    void longQuotesUseSeveralMatchWords() {
        String body = "OpenAI此次提案的核心诉求,是推动美国政府将DeepSeek列入“实体清单”,并限制其获取美国AI技术、数据及人才资源。"
                + "这一动作并非孤立事件,而是中美AI竞争白热化的直接体现,技术代差缩小引发的焦虑正在蔓延。";
        String text = OLD + "\n" + body + "\n";
        Document d = document(text, body);
        assertTrue(body.length() > 100);
        String edited = body.replace("核心诉求", "核心要求").replace("实体清单", "实体名单").replace("正在蔓延", "正在扩散");
        String revised = "前置段落。\n" + text.replace(body, edited);
        AnchorResult r = only(reanchor(revised, d));
        assertEquals(AnchorState.FUZZY, r.state());
        assertEquals(revised.indexOf(edited), r.newBegin());
        assertEquals(edited, r.newQuote());
    }

    @Test
    void deletedTextIsOrphanedAndKeepsEverything() {
        Document d = document(OLD, "要求将“多模态大模型训练框架”");
        Annotation a = d.getAnnotations().get(0);
        a.setMemo("重要");
        a.getAttributes().add(AnnotationFactory.attribute("confidence", "high"));
        String revised = OLD.substring(0, OLD.indexOf("二、提案内容"));
        ReanchorReport report = reanchor(revised, d);
        assertEquals(AnchorState.ORPHANED, only(report).state());
        assertNull(only(report).newQuote());
        report.apply();
        assertEquals(1, d.getAnnotations().size());
        assertEquals("要求将“多模态大模型训练框架”", a.getQuote());
        assertEquals("重要", a.getMemo());
        assertEquals("high", AnnotationFactory.attributeValue(a, "confidence"));
        assertEquals(AnnotationStatus.ORPHANED, a.getStatus());
        assertEquals(AnchorState.ORPHANED, a.getAnchor());
        assertTrue(a.getBegin() <= revised.length() && a.getEnd() == a.getBegin());
    }

    @Test
    void shortQuoteWhoseParagraphWasDeletedDoesNotJumpToAnotherUse() {
        String paragraph = "分析认为中美AI竞争将长期持续,各方需要更多对话。\n";
        String text = OLD + "\n三、结论\n\n" + paragraph;
        Document d = document(text);
        int at = text.lastIndexOf("中美AI竞争");
        d.getAnnotations().add(AnnotationFactory.create(text, type, at, at + 6, "t")); // "中美AI竞争" is used thrice
        String revised = text.replace(paragraph, "");
        assertEquals(AnchorState.ORPHANED, only(reanchor(revised, d)).state());
    }

    @Test
    void theWholeReanchoringIsOneUndoableCommand() {
        Document d = document(OLD, "中美AI竞争白热化", "要求将“多模态大模型训练框架”", "矛头直指中国AI企业");
        List<String> before = d.getAnnotations().stream().map(ReanchorerTest::state).toList();
        String hashBefore = d.getContentHash();
        String revised = "插入。\n" + OLD.replace("要求将“多模态大模型训练框架”等12项技术", "已删除");
        ReanchorReport report = reanchor(revised, d);
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(
                ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack);
        Command command = report.toCommand(domain);
        assertTrue(command.canExecute());
        stack.execute(command);
        assertEquals(report.results().get(0).newBegin(), d.getAnnotations().get(0).getBegin());
        assertEquals(AnnotationStatus.ORPHANED, d.getAnnotations().get(1).getStatus());
        stack.undo();
        assertEquals(before, d.getAnnotations().stream().map(ReanchorerTest::state).toList());
        assertEquals(hashBefore, d.getContentHash());
        assertFalse(stack.canUndo(), "one step undid everything");
        stack.redo();
        assertEquals(report.results().get(0).newBegin(), d.getAnnotations().get(0).getBegin());
    }

    private static String state(Annotation a) {
        return a.getBegin() + ".." + a.getEnd() + " " + a.getQuote() + " " + a.getPrefix() + " " + a.getSuffix() + " "
                + a.getStatus() + " " + a.getAnchor() + " " + a.getAnchorScore();
    }

    @Test
    void cancellingStops() {
        Document d = document(OLD, "中美AI竞争白热化");
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> new Reanchorer().reanchor(OLD, d, null, monitor));
    }

    @Test
    void garbageAnnotationsNeverBreakTheRunAndNeverLeaveTheText() {
        java.util.Random random = new java.util.Random(3);
        String[] pool = { null, "", " ", "\u0000", "\uD83D", OLD.substring(10, 30), OLD.substring(5, 120), "中", "xyz" };
        for (int round = 0; round < 50; round++) {
            Document d = GlossaFactory.eINSTANCE.createDocument();
            for (int i = 0; i < 40; i++) {
                Annotation a = GlossaFactory.eINSTANCE.createAnnotation();
                a.setBegin(random.nextInt(400) - 100);
                a.setEnd(random.nextInt(400) - 100);
                a.setQuote(pool[random.nextInt(pool.length)]);
                a.setPrefix(pool[random.nextInt(pool.length)]);
                a.setSuffix(pool[random.nextInt(pool.length)]);
                d.getAnnotations().add(a);
            }
            String text = round % 5 == 0 ? "" : OLD.substring(random.nextInt(OLD.length()));
            ReanchorReport report = new Reanchorer().reanchor(text, d, null, null);
            assertEquals(40, report.results().size());
            report.apply();
            assertEquals(40, d.getAnnotations().size());
            for (Annotation a : d.getAnnotations()) {
                assertTrue(0 <= a.getBegin() && a.getBegin() <= a.getEnd() && a.getEnd() <= text.length(), state(a));
            }
        }
    }

    @Test
    void reanchoringIsNeededOnlyWhenTheRecordedHashDiffers() {
        Document d = document(OLD, "中美AI竞争白热化");
        assertFalse(Reanchoring.isNeeded(d, OLD));
        assertTrue(Reanchoring.isNeeded(d, OLD + "x"));
        d.setContentHash(null);
        assertFalse(Reanchoring.isNeeded(d, OLD + "x"));
    }
}
