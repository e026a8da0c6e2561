package glossa.exchange.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import glossa.core.cases.CodebookFileMerge;
import glossa.core.io.GlossaResources;
import glossa.exchange.CodebookFormat;
import glossa.exchange.imports.ImportFormatException;
import glossa.model.Codebook;

/**
 * Glossa's own codebook file: XMI with a {@link Codebook} root, the format of a case's shared codebook
 * ({@code .glossa-codebook.xmi}). Everything a type has (attribute schemas, styles, shortcuts) survives a round trip.
 * Read with the sidecars' safe parser settings (no DTD, no external entities).
 */
public final class GlossaCodebookFormat implements CodebookFormat {

    @Override
    public String id() {
        return "glossa";
    }

    @Override
    public String extension() {
        return "xmi";
    }

    @Override
    public String label() {
        return "Glossa codebook (.xmi), as a case shares it";
    }

    @Override
    public void write(Codebook codebook, OutputStream out) throws IOException {
        XMLResource resource = GlossaResources.newResource(URI.createURI("codebook.xmi"));
        resource.getContents().add(EcoreUtil.copy(codebook));
        out.write(GlossaResources.toBytes(resource, 8 * 1024));
    }

    @Override
    public Codebook read(byte[] bytes) throws IOException {
        if (!CodebookFileMerge.isCodebookFile(bytes)) {
            throw new ImportFormatException(1, 1, "not a Glossa codebook (its first element is not a Codebook)");
        }
        XMLResource resource = GlossaResources.newResource(URI.createURI("codebook.xmi"));
        try {
            resource.load(new ByteArrayInputStream(bytes), null);
        } catch (IOException | RuntimeException e) {
            throw new ImportFormatException(1, 1, "not a readable Glossa codebook: " + e.getMessage());
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic error = resource.getErrors().get(0);
            throw new ImportFormatException(error.getLine(), error.getColumn(), error.getMessage());
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Codebook codebook)) {
            throw new ImportFormatException(1, 1, "holds no Glossa codebook");
        }
        resource.getContents().remove(codebook);
        return codebook;
    }
}
