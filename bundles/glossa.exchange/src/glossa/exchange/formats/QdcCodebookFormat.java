package glossa.exchange.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import glossa.exchange.CodebookFormat;
import glossa.exchange.refiqda.CodebookBuilder;
import glossa.exchange.refiqda.QdcExporter;
import glossa.exchange.refiqda.QdeReader;
import glossa.model.Codebook;
import glossa.model.GlossaFactory;

/** A REFI-QDA codebook ({@code .qdc}): the exchange format of MAXQDA, NVivo and ATLAS.ti. */
public final class QdcCodebookFormat implements CodebookFormat {

    @Override
    public String id() {
        return "qdc";
    }

    @Override
    public String extension() {
        return "qdc";
    }

    @Override
    public String label() {
        return "REFI-QDA codebook (.qdc)";
    }

    @Override
    public void write(Codebook codebook, OutputStream out) throws IOException {
        QdcExporter.write(codebook, out);
    }

    @Override
    public Codebook read(byte[] bytes) throws IOException {
        Codebook codebook = GlossaFactory.eINSTANCE.createCodebook();
        codebook.getTypes().addAll(new CodebookBuilder(List.of()).build(QdeReader.readCodebook(bytes, "")));
        return codebook;
    }
}
