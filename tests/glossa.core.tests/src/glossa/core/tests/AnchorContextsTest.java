package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.anchor.AnchorResult;
import glossa.core.anchor.ReanchorReport;
import glossa.core.annotations.AnchorContexts;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.ArticleStore;
import glossa.core.io.ArticleStore.ReanchorPolicy;
import glossa.core.io.SidecarStore;
import glossa.core.text.ArticleText;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.GlossaPackage.Literals;
import glossa.model.util.AnchorTexts;

/**
 * Annotations that share the article text instead of holding their quote, prefix and suffix ({@link AnchorContexts},
 * {@link AnchorTexts}) must look exactly like annotations that store them, to every reader and through every change.
 */
class AnchorContextsTest {

    private static final List<EStructuralFeature> ANCHOR = List.of(Literals.ANNOTATION__QUOTE,
            Literals.ANNOTATION__PREFIX, Literals.ANNOTATION__SUFFIX);

    @TempDir
    Path dir;

    private final SidecarStore sidecars = new SidecarStore();
    private final ArticleStore store = new ArticleStore();

    // ---- derived values equal stored ones ----

    @Test
    void onTheSampleEveryDerivedQuoteAndContextEqualsTheStoredOne() throws Exception {
        String text = Files.readString(TestFiles.sample(), StandardCharsets.UTF_8);
        Document document = documentWithSpans(text, spansAcross(text, new Random(1), 2_000));
        assertSharesAndDerivesTheStoredValues(document, text);
    }

    /**
     * Emoji and CJK Extension B characters are surrogate pairs: the 32-character context must not cut one in half,
     * whether its edge falls inside a pair or the quote itself starts or ends inside one.
     */
    @Test
    void withSurrogatePairsAndAtTheTextsEdgesDerivedEqualsStored() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            String text = mixedText(random, 40 + random.nextInt(300));
            List<int[]> spans = new ArrayList<>();
            spans.add(new int[] { 0, Math.min(3, text.length()) }); // at the start: empty prefix
            spans.add(new int[] { Math.max(0, text.length() - 3), text.length() }); // at the end: empty suffix
            spans.add(new int[] { 0, text.length() }); // the whole text
            spans.add(new int[] { text.length(), text.length() }); // empty, at the very end
            for (int i = 0; i < 200; i++) { // any offsets at all, inside pairs included
                int begin = random.nextInt(text.length() + 1);
                spans.add(new int[] { begin, begin + random.nextInt(text.length() - begin + 1) });
            }
            assertSharesAndDerivesTheStoredValues(documentWithSpans(text, spans), text);
        }
    }

    @Test
    void contextEdgesInsideASurrogatePairAreMovedAsTheFactoryMovesThem() {
        String pair = new String(Character.toChars(0x20BB7)); // 𠮷, CJK Extension B
        // 31 characters, then a pair whose low half is the 32nd character before the quote.
        String text = pair + "一".repeat(31) + "引文" + "二".repeat(31) + pair + "尾";
        int begin = text.indexOf("引文");
        Annotation annotation = annotation(text, begin, begin + 2);
        assertEquals(31, annotation.getPrefix().length(), "the prefix starts after the pair, not in its middle");
        assertEquals(33, annotation.getSuffix().length(), "the suffix takes the whole pair");
        Annotation shared = EcoreUtil.copy(annotation);
        assertTrue(AnchorTexts.share(shared, text));
        assertEquals(annotation.getPrefix(), shared.getPrefix());
        assertEquals(annotation.getSuffix(), shared.getSuffix());
    }

    @Test
    void onlyAnnotationsMatchingTheTextCharacterForCharacterShareIt() {
        String text = "美国对华芯片出口管制升级，DeepSeek 的回应引起关注。OpenAI 提出建议，限制其申请联邦科研基金。";
        int begin = text.indexOf("DeepSeek");
        Annotation exact = annotation(text, begin, begin + 8);
        Annotation otherPrefix = annotation(text, begin, begin + 8);
        otherPrefix.setPrefix("美国对华芯片出口管制升级。"); // one character differs
        Annotation shorterSuffix = annotation(text, begin, begin + 8);
        shorterSuffix.setSuffix(shorterSuffix.getSuffix().substring(1));
        Annotation otherQuote = annotation(text, begin, begin + 8);
        otherQuote.setQuote("DeepSeeq");
        Annotation noQuote = annotation(text, begin, begin + 8);
        noQuote.setQuote(null);
        Annotation outside = annotation(text, begin, begin + 8);
        outside.setEnd(text.length() + 1);
        Annotation backwards = annotation(text, begin, begin + 8);
        backwards.setBegin(begin + 9);

        assertTrue(AnchorTexts.share(exact, text));
        for (Annotation a : List.of(otherPrefix, shorterSuffix, otherQuote, noQuote, outside, backwards)) {
            Annotation before = EcoreUtil.copy(a);
            assertFalse(AnchorTexts.share(a, text), a.toString());
            assertFalse(AnchorTexts.isSharing(a, text));
            assertTrue(EcoreUtil.equals(before, a), "left exactly as it was: " + a);
        }
        assertFalse(AnchorTexts.share(exact, null));
        assertTrue(AnchorTexts.isSharing(exact, text), "a null text does not undo the sharing");
        // Equal text in another String is another text: sharing is by instance, and re-checked.
        String copy = new String(text.toCharArray());
        assertFalse(AnchorTexts.isSharing(exact, copy));
        assertTrue(AnchorTexts.share(exact, copy));
        assertTrue(AnchorTexts.isSharing(exact, copy));
        assertEquals("DeepSeek", exact.getQuote());
    }

    // ---- readers that go around the getters ----

    @Test
    void reflectionSeesTheDerivedValuesAndReportsThemSet() {
        String text = "开头几个字，然后是引文所在的句子，最后是结尾。";
        Annotation atStart = annotation(text, 0, 2);
        Annotation atEnd = annotation(text, text.length() - 3, text.length());
        for (Annotation a : List.of(atStart, atEnd)) {
            Annotation stored = EcoreUtil.copy(a);
            assertTrue(AnchorTexts.share(a, text));
            for (EStructuralFeature feature : ANCHOR) {
                assertEquals(stored.eGet(feature), a.eGet(feature), feature.getName());
                assertTrue(a.eIsSet(feature), feature.getName() + " is set, even when empty");
            }
            assertEquals(stored.toString().replaceAll("@[0-9a-f]+", ""), a.toString().replaceAll("@[0-9a-f]+", ""));
        }
        assertEquals("", atStart.getPrefix());
        assertEquals("", atEnd.getSuffix());
    }

    @Test
    void copiesAreEqualAndStoreTheirOwnValues() throws Exception {
        String text = Files.readString(TestFiles.sample(), StandardCharsets.UTF_8);
        Document document = documentWithSpans(text, spansAcross(text, new Random(3), 300));
        Document stored = EcoreUtil.copy(document);
        assertEquals(300, AnchorContexts.share(document, text));
        Document copy = EcoreUtil.copy(document);
        assertTrue(EcoreUtil.equals(stored, document));
        assertTrue(EcoreUtil.equals(document, copy));
        for (Annotation a : copy.getAnnotations()) {
            assertFalse(AnchorTexts.isSharing(a, text), "a copy holds its own strings");
        }
    }

    @Test
    void savingAfterSharingWritesTheSameBytes() throws Exception {
        String text = Files.readString(TestFiles.sample(), StandardCharsets.UTF_8);
        byte[] saved = sidecars.toBytes(documentWithSpans(text, spansAcross(text, new Random(5), 500)));
        Document loaded = sidecars.load(saved, Path.of("a.txt.glossa"));
        assertEquals(500, AnchorContexts.share(loaded, text));
        assertArrayEquals(saved, sidecars.toBytes(loaded));
    }

    @Test
    void openingSharesTheArticlesOwnTextAndSavingWritesTheSameSidecar() throws Exception {
        String text = Files.readString(TestFiles.sample(), StandardCharsets.UTF_8);
        Path article = dir.resolve("article.txt");
        Files.writeString(article, text);
        AnnotatedArticle first = store.open(article, null);
        addSpans(first.document(), text, spansAcross(text, new Random(9), 400));
        store.save(first, false, null);
        byte[] sidecar = Files.readAllBytes(AnnotatedArticle.sidecarOf(article));

        AnnotatedArticle opened = store.open(article, null);
        for (Annotation a : opened.document().getAnnotations()) {
            assertTrue(AnchorTexts.isSharing(a, opened.text()), "the very String the article holds: " + a);
        }
        store.save(opened, false, null);
        assertArrayEquals(sidecar, Files.readAllBytes(AnnotatedArticle.sidecarOf(article)));
    }

    // ---- changes store the values first ----

    @Test
    void changingAnOffsetKeepsTheValuesOfTheOldOffsets() {
        String text = "第一句话说明背景。第二句话提出措施：限制其申请联邦科研基金。第三句话是结论。";
        int begin = text.indexOf("限制");
        for (EStructuralFeature offset : List.of(Literals.ANNOTATION__BEGIN, Literals.ANNOTATION__END)) {
            Annotation a = annotation(text, begin, begin + 4);
            Annotation stored = EcoreUtil.copy(a);
            assertTrue(AnchorTexts.share(a, text));
            a.eSet(offset, (Integer) a.eGet(offset) + 2);
            assertFalse(AnchorTexts.isSharing(a, text));
            assertAnchorEquals(stored, a);
            assertNotEquals(text.substring(a.getBegin(), a.getEnd()), a.getQuote(),
                    "the quote does not follow the offsets: only re-anchoring or the editor set it");
        }
        Annotation a = annotation(text, begin, begin + 4);
        assertTrue(AnchorTexts.share(a, text));
        a.setBegin(a.getBegin());
        a.setEnd(a.getEnd());
        assertTrue(AnchorTexts.isSharing(a, text), "setting an offset to its value changes nothing");
    }

    @Test
    void settingOrUnsettingOneOfQuotePrefixSuffixKeepsTheOtherTwo() {
        String text = "第一句话说明背景。第二句话提出措施：限制其申请联邦科研基金。第三句话是结论。";
        int begin = text.indexOf("限制");
        for (EStructuralFeature feature : ANCHOR) {
            for (boolean unset : new boolean[] { false, true }) {
                Annotation a = annotation(text, begin, begin + 4);
                Annotation stored = EcoreUtil.copy(a);
                assertTrue(AnchorTexts.share(a, text));
                List<Object> notified = new ArrayList<>();
                a.eAdapters().add(new AdapterImpl() {
                    @Override
                    public void notifyChanged(Notification n) {
                        notified.add(n.getOldValue());
                    }
                });
                if (unset) {
                    a.eUnset(feature);
                } else {
                    a.eSet(feature, "新值");
                }
                assertEquals(List.of(stored.eGet(feature)), notified, "the old value notified is the derived one");
                assertEquals(unset ? null : "新值", a.eGet(feature));
                assertEquals(!unset, a.eIsSet(feature));
                for (EStructuralFeature other : ANCHOR) {
                    if (other != feature) {
                        assertEquals(stored.eGet(other), a.eGet(other), other.getName());
                    }
                }
            }
        }
    }

    @Test
    void undoAndRedoOfSetCommandsRestoreTheValues() {
        String text = "第一句话说明背景。第二句话提出措施：限制其申请联邦科研基金。第三句话是结论。";
        int begin = text.indexOf("限制");
        Document document = documentWithSpans(text, List.of(new int[] { begin, begin + 4 }));
        Annotation a = document.getAnnotations().get(0);
        Annotation stored = EcoreUtil.copy(a);
        assertEquals(1, AnchorContexts.share(document, text));
        EditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());

        // The review's "accept the new place": offsets, quote and context in one command (see ReviewCommands).
        int to = text.indexOf("科研");
        CompoundCommand move = new CompoundCommand();
        move.append(SetCommand.create(domain, a, Literals.ANNOTATION__BEGIN, to));
        move.append(SetCommand.create(domain, a, Literals.ANNOTATION__END, to + 2));
        move.append(SetCommand.create(domain, a, Literals.ANNOTATION__QUOTE, "科研"));
        move.append(SetCommand.create(domain, a, Literals.ANNOTATION__PREFIX, AnnotationFactory.prefixOf(text, to)));
        move.append(SetCommand.create(domain, a, Literals.ANNOTATION__SUFFIX, AnnotationFactory.suffixOf(text, to + 2)));
        domain.getCommandStack().execute(move);
        Annotation moved = EcoreUtil.copy(a);
        assertEquals("科研", a.getQuote());

        domain.getCommandStack().undo();
        assertEquals(begin, a.getBegin());
        assertAnchorEquals(stored, a);
        domain.getCommandStack().redo();
        assertAnchorEquals(moved, a);
        domain.getCommandStack().undo();
        assertAnchorEquals(stored, a);

        // One offset only, and the quote only.
        assertTrue(AnchorTexts.share(a, text));
        Command shift = SetCommand.create(domain, a, Literals.ANNOTATION__END, begin + 6);
        domain.getCommandStack().execute(shift);
        assertAnchorEquals(stored, a);
        domain.getCommandStack().undo();
        assertEquals(begin + 4, a.getEnd());
        assertAnchorEquals(stored, a);
        assertTrue(AnchorTexts.share(a, text));
        domain.getCommandStack().execute(SetCommand.create(domain, a, Literals.ANNOTATION__QUOTE, "别的"));
        domain.getCommandStack().undo();
        assertAnchorEquals(stored, a);
    }

    @Test
    void aChangeRecordersReverseRestoresTheValues() {
        String text = "第一句话说明背景。第二句话提出措施：限制其申请联邦科研基金。第三句话是结论。";
        int begin = text.indexOf("限制");
        Document document = documentWithSpans(text, List.of(new int[] { begin, begin + 4 }));
        Annotation a = document.getAnnotations().get(0);
        Annotation stored = EcoreUtil.copy(a);
        assertEquals(1, AnchorContexts.share(document, text));
        ChangeRecorder recorder = new ChangeRecorder(document);
        a.setBegin(begin + 1);
        a.setSuffix("后文");
        ChangeDescription change = recorder.endRecording();
        change.applyAndReverse();
        assertEquals(begin, a.getBegin());
        assertAnchorEquals(stored, a);
        change.apply();
        assertEquals(begin + 1, a.getBegin());
        assertEquals("后文", a.getSuffix());
        assertEquals(stored.getQuote(), a.getQuote());
    }

    // ---- text changed outside Glossa ----

    @Test
    void afterARevisionOutsideGlossaOnlyMatchingAnnotationsShareAndReanchoringIsUnchanged() throws Exception {
        String text = Files.readString(TestFiles.sample(), StandardCharsets.UTF_8);
        Path article = dir.resolve("revised.txt");
        Files.writeString(article, text);
        AnnotatedArticle first = store.open(article, null);
        addSpans(first.document(), text, spansAcross(text, new Random(11), 300));
        store.save(first, false, null);
        // The revision: one character edited in the second half, one phrase deleted near the end.
        int edit = text.length() / 2;
        int cut = text.length() * 7 / 8;
        String revised = text.substring(0, edit) + "改" + text.substring(edit + 1, cut) + text.substring(cut + 12);
        Files.writeString(article, revised);

        AnnotatedArticle deferred = store.open(article, ReanchorPolicy.DEFER, null);
        assertTrue(deferred.textChangedSinceAnnotated());
        Document stored = sidecars.load(AnnotatedArticle.sidecarOf(article));
        int sharing = 0;
        for (int i = 0; i < stored.getAnnotations().size(); i++) {
            Annotation a = deferred.document().getAnnotations().get(i);
            Annotation s = stored.getAnnotations().get(i);
            assertAnchorEquals(s, a);
            boolean matches = AnchorTexts.matches(revised, s.getBegin(), s.getEnd(), s.getQuote(), s.getPrefix(),
                    s.getSuffix());
            assertEquals(matches, AnchorTexts.isSharing(a, deferred.text()), "shares exactly when it matches: " + s);
            sharing += matches ? 1 : 0;
        }
        assertTrue(sharing > 100 && sharing < 300, "both kinds present: " + sharing + " of 300 share");

        // The same re-anchoring as over annotations that hold their own strings.
        AnnotatedArticle unshared = new AnnotatedArticle(article, deferred.articleText(),
                EcoreUtil.copy(deferred.document()));
        unshared.setTextChangedSinceAnnotated(true);
        unshared.setSectionsAnnotatedOn(deferred.sectionsAnnotatedOn());
        ReanchorReport report = deferred.reanchor(null, null);
        ReanchorReport expected = unshared.reanchor(null, null);
        assertEquals(expected.results().size(), report.results().size());
        for (int i = 0; i < report.results().size(); i++) {
            AnchorResult r = report.results().get(i);
            AnchorResult e = expected.results().get(i);
            assertEquals(List.of(e.state(), e.newBegin(), e.newEnd(), e.score()),
                    List.of(r.state(), r.newBegin(), r.newEnd(), r.score()), "result " + i);
        }
        assertTrue(report.count(AnchorState.EXACT) < report.results().size(), "the revision moved some");

        // Applied on open (the command line): every annotation found again shares the new text afterwards.
        AnnotatedArticle applied = store.open(article, ReanchorPolicy.APPLY, null);
        for (Annotation a : applied.document().getAnnotations()) {
            if (a.getAnchor() == AnchorState.ORPHANED) {
                assertFalse(AnchorTexts.isSharing(a, applied.text()), "an orphan keeps its old quote: " + a);
            } else {
                assertTrue(AnchorTexts.isSharing(a, applied.text()), a.toString());
                assertEquals(revised.substring(a.getBegin(), a.getEnd()), a.getQuote());
            }
        }
    }

    @Test
    void anEditedTextDoesNotChangeWhatSharingAnnotationsSay() {
        String text = "第一句话说明背景。第二句话提出措施：限制其申请联邦科研基金。第三句话是结论。";
        int begin = text.indexOf("限制");
        Document document = documentWithSpans(text, List.of(new int[] { begin, begin + 4 }));
        Annotation stored = EcoreUtil.copy(document.getAnnotations().get(0));
        AnnotatedArticle article = new AnnotatedArticle(null, new ArticleText(text, StandardCharsets.UTF_8, false),
                document);
        assertEquals(1, AnchorContexts.share(document, article.text()));
        // The editor replaces the text after an edit next to the quote, without moving the annotation.
        article.setArticleText(article.articleText().withText(text.replace("措施", "办法")));
        assertAnchorEquals(stored, document.getAnnotations().get(0));
    }

    // ---- helpers ----

    private static void assertSharesAndDerivesTheStoredValues(Document document, String text) {
        Document stored = EcoreUtil.copy(document);
        assertEquals(document.getAnnotations().size(), AnchorContexts.share(document, text));
        for (int i = 0; i < stored.getAnnotations().size(); i++) {
            Annotation s = stored.getAnnotations().get(i);
            Annotation a = document.getAnnotations().get(i);
            assertTrue(AnchorTexts.isSharing(a, text));
            assertAnchorEquals(s, a);
        }
    }

    private static void assertAnchorEquals(Annotation expected, Annotation actual) {
        String where = expected.getBegin() + ".." + expected.getEnd();
        assertEquals(expected.getQuote(), actual.getQuote(), "quote at " + where);
        assertEquals(expected.getPrefix(), actual.getPrefix(), "prefix at " + where);
        assertEquals(expected.getSuffix(), actual.getSuffix(), "suffix at " + where);
        for (EStructuralFeature feature : ANCHOR) {
            assertEquals(expected.eIsSet(feature), actual.eIsSet(feature), feature.getName() + " at " + where);
        }
    }

    private static Annotation annotation(String text, int begin, int end) {
        Annotation a = GlossaFactory.eINSTANCE.createAnnotation();
        a.setId(AnnotationFactory.newId());
        AnnotationFactory.setSpan(a, text, begin, end);
        return a;
    }

    private static Document documentWithSpans(String text, List<int[]> spans) {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setCodebook(DefaultCodebook.create());
        return addSpans(document, text, spans);
    }

    private static Document addSpans(Document document, String text, List<int[]> spans) {
        AnnotationType type = document.getCodebook().getTypes().get(0);
        for (int[] span : spans) {
            Annotation a = annotation(text, span[0], span[1]);
            a.setType(type);
            a.setAuthor("tester");
            document.getAnnotations().add(a);
        }
        return document;
    }

    /** Random spans of 1–40 characters, plus the text's first and last characters. */
    private static List<int[]> spansAcross(String text, Random random, int count) {
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] { 0, 1 });
        spans.add(new int[] { text.length() - 1, text.length() });
        while (spans.size() < count) {
            int begin = random.nextInt(text.length() - 1);
            spans.add(new int[] { begin, Math.min(text.length(), begin + 1 + random.nextInt(40)) });
        }
        return spans;
    }

    /** Chinese, ASCII, emoji and CJK Extension B characters, so that surrogate pairs fall everywhere. */
    private static String mixedText(Random random, int codePoints) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.appendCodePoint(0x4E00 + random.nextInt(0x5000));
                case 1 -> text.append((char) ('a' + random.nextInt(26)));
                case 2 -> text.appendCodePoint(0x1F600 + random.nextInt(0x40));
                case 3 -> text.appendCodePoint(0x20000 + random.nextInt(0xA000));
                default -> text.append(random.nextBoolean() ? '\n' : '，');
            }
        }
        return text.toString();
    }
}
