package glossa.core.tests.crash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.SidecarStore;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * The two sidecar states the crash test alternates between: the same annotation ids, with different offsets, quotes
 * and memos, so that a half-written file can be told from either state. Shared by the test and the child process.
 */
public final class CrashStates {

    private CrashStates() {
    }

    /** State 0 or 1 of a document with {@code count} annotations. */
    public static Document state(int which, int count) {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setFormatVersion(SidecarStore.CURRENT_VERSION);
        document.setSourcePath("crash.txt");
        document.setTitle("crash test, state " + which);
        document.setEncoding("UTF-8");
        document.setContentHash(which == 0 ? "0".repeat(64) : "1".repeat(64));
        document.setCodebook(DefaultCodebook.create());
        AnnotationType type = document.getCodebook().getTypes().get(0);
        for (int i = 0; i < count; i++) {
            Annotation a = GlossaFactory.eINSTANCE.createAnnotation();
            a.setId(String.format("a%06d", i));
            a.setType(type);
            int begin = i * 20 + which * 7;
            a.setBegin(begin);
            a.setEnd(begin + 10 + which);
            a.setQuote((which == 0 ? "政策措施" : "反制策略") + i);
            a.setPrefix(AnnotationFactory.prefixOf("", 0));
            a.setSuffix("");
            a.setMemo("memo of state " + which + " for " + i);
            document.getAnnotations().add(a);
        }
        return document;
    }

    /** Annotation count and a SHA-256 over every id, offset and quote in order: equal for equal states. */
    public static String fingerprint(Document document) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Annotation a : document.getAnnotations()) {
                digest.update((a.getId() + '|' + a.getBegin() + '|' + a.getEnd() + '|' + a.getQuote() + '|' + a.getMemo()
                        + '\n').getBytes(StandardCharsets.UTF_8));
            }
            return document.getAnnotations().size() + ":" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
