package glossa.core.io;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import glossa.core.codebook.DefaultCodebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;

/**
 * Version 0 to 1. Version 0 sidecars (the pre-release prototype) kept no codebook: annotations named the built-in
 * types by id ({@code type="claim"}). Version 1 stores the codebook in the sidecar, so this step adds the default
 * codebook, which makes those references resolve.
 */
final class AddDefaultCodebook implements SidecarMigration {

    @Override
    public int fromVersion() {
        return 0;
    }

    @Override
    public String description() {
        return "adds the default codebook (claim, policy-measure, counter-strategy)";
    }

    @Override
    public void migrate(Element document) throws Exception {
        for (Node child = document.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && "codebook".equals(e.getLocalName())) {
                return; // a hand-made v0 file that already has one
            }
        }
        Document carrier = GlossaFactory.eINSTANCE.createDocument();
        // English names whatever the machine: a migration gives the same result everywhere.
        carrier.setCodebook(DefaultCodebook.create(Locale.ROOT));
        byte[] xmi = new SidecarStore().toBytes(carrier);
        Element source = SafeXml.documentBuilderFactory().newDocumentBuilder().parse(new ByteArrayInputStream(xmi))
                .getDocumentElement();
        for (Node child = source.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && "codebook".equals(e.getLocalName())) {
                document.insertBefore(document.getOwnerDocument().importNode(e, true), document.getFirstChild());
                return;
            }
        }
        throw new IllegalStateException("the default codebook did not serialise");
    }
}
