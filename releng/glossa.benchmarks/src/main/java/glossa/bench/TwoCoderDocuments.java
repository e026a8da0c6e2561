package glossa.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.annotations.Spans;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * A document holding two coders' work on one article, as after a merge: coder A's annotations from
 * {@link AnnotationGenerator}; coder B's derived from them so that the coders agree the way real coders do, mostly
 * and not exactly: 55 % the very same span, 25 % the same passage with boundaries moved by up to six characters,
 * 10 % the same span with another type, 10 % somewhere else entirely.
 */
public final class TwoCoderDocuments {

    public static final String CODER_A = "coder-a";
    public static final String CODER_B = "coder-b";

    private TwoCoderDocuments() {
    }

    /** {@code perCoder} annotations for each of the two coders on {@code text}; the same for the same arguments. */
    public static Document build(String text, int perCoder, long seed) {
        GlossaFactory f = GlossaFactory.eINSTANCE;
        Document document = f.createDocument();
        Codebook codebook = DefaultCodebook.create();
        document.setCodebook(codebook);
        document.setTitle("Two coders");
        document.getSections().addAll(SectionLayout.sections(text));
        List<AnnotationSpec> a = AnnotationGenerator.generate(text, perCoder, seed);
        List<AnnotationSpec> elsewhere = AnnotationGenerator.generate(text, perCoder, seed + 1);
        SplittableRandom random = new SplittableRandom(seed + 2);
        List<Annotation> annotations = new ArrayList<>(2 * perCoder);
        int id = 0;
        for (int i = 0; i < a.size(); i++) {
            AnnotationSpec spec = a.get(i);
            annotations.add(annotation(text, codebook, "a" + id++, CODER_A, spec.typeId(), spec.begin(), spec.end()));
            double roll = random.nextDouble();
            String type = spec.typeId();
            int begin = spec.begin();
            int end = spec.end();
            if (roll < 0.25) {
                begin = Math.min(text.length() - 1, Math.max(0, begin + random.nextInt(13) - 6));
                end = Math.min(text.length(), Math.max(begin + 1, end + random.nextInt(13) - 6));
            } else if (roll < 0.35) {
                type = AnnotationGenerator.TYPES[(indexOf(type) + 1 + random.nextInt(2)) % 3];
            } else if (roll < 0.45) {
                AnnotationSpec other = elsewhere.get(i);
                type = other.typeId();
                begin = other.begin();
                end = other.end();
            }
            int[] span = Spans.normalize(text, begin, end);
            if (span[0] == span[1]) {
                span = new int[] { spec.begin(), spec.end() };
            }
            annotations.add(annotation(text, codebook, "b" + id++, CODER_B, type, span[0], span[1]));
        }
        document.getAnnotations().addAll(annotations);
        return document;
    }

    private static int indexOf(String type) {
        for (int t = 0; t < AnnotationGenerator.TYPES.length; t++) {
            if (AnnotationGenerator.TYPES[t].equals(type)) {
                return t;
            }
        }
        return 0;
    }

    private static Annotation annotation(String text, Codebook codebook, String id, String author, String type,
            int begin, int end) {
        Annotation annotation = GlossaFactory.eINSTANCE.createAnnotation();
        annotation.setId(id);
        annotation.setType(Codebooks.find(codebook, type).orElseThrow());
        annotation.setStatus(AnnotationStatus.CONFIRMED);
        annotation.setAuthor(author);
        annotation.setCreated(new Date(0));
        AnnotationFactory.setSpan(annotation, text, begin, end);
        return annotation;
    }
}
