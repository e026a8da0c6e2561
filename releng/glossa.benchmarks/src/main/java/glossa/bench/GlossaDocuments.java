package glossa.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/** Builds the Glossa {@link Document} of a dataset, the way the editor would after the analysts' work. */
public final class GlossaDocuments {

    private GlossaDocuments() {
    }

    public static Document build(BenchDataset data) {
        GlossaFactory f = GlossaFactory.eINSTANCE;
        Document document = f.createDocument();
        document.setSourcePath("bench-article.txt");
        document.setTitle("OpenAI“技术封锁”风波 (benchmark edition)");
        document.setContentHash(sha256(data.text()));
        Codebook codebook = DefaultCodebook.create();
        document.setCodebook(codebook);
        document.getSections().addAll(SectionLayout.sections(data.text()));
        for (AnnotationSpec spec : data.annotations()) {
            Annotation annotation = f.createAnnotation();
            annotation.setId(spec.id());
            annotation.setType(Codebooks.find(codebook, spec.typeId()).orElseThrow());
            annotation.setStatus(AnnotationStatus.get(spec.status()));
            annotation.setAuthor(spec.author());
            annotation.setMemo(spec.memo());
            annotation.setCreated(new Date(spec.createdMillis()));
            annotation.setModified(new Date(spec.createdMillis()));
            AnnotationFactory.setSpan(annotation, data.text(), spec.begin(), spec.end());
            for (Map.Entry<String, String> attribute : spec.attributes().entrySet()) {
                annotation.getAttributes().add(AnnotationFactory.attribute(attribute.getKey(), attribute.getValue()));
            }
            document.getAnnotations().add(annotation);
        }
        return document;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
