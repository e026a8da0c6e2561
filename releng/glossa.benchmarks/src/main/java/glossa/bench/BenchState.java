package glossa.bench;

import org.apache.uima.cas.CAS;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import glossa.core.AnnotatedArticle;
import glossa.model.Document;

/** Everything a benchmark needs for one size, made once per trial: both tools hold the same annotations. */
@State(Scope.Benchmark)
public class BenchState {

    @Param({ "10000", "50000", "100000" })
    public int annotations;

    public BenchDataset data;
    public Document document;
    public AnnotatedArticle article;
    public byte[] glossaXmi;
    public CAS cas;
    public UimaMirror.Features features;
    public byte[] uimaXmi;
    public byte[] uimaBinary;
    /** The CAS that deserialisation fills (reset each time), as a UIMA pipeline reuses its CAS. */
    public CAS target;

    @Setup(Level.Trial)
    public void setUp() {
        data = BenchDataset.of(annotations);
        document = GlossaDocuments.build(data);
        glossaXmi = GlossaSidecar.save(document);
        article = Exports.article(data, document);
        cas = UimaMirror.build(data);
        features = new UimaMirror.Features(cas);
        uimaXmi = UimaMirror.saveXmi(cas);
        uimaBinary = UimaMirror.saveBinary(cas);
        target = UimaMirror.newCas();
    }
}
