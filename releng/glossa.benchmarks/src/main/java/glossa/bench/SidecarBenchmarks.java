package glossa.bench;

import java.util.concurrent.TimeUnit;

import org.apache.uima.cas.CAS;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Save and load of all annotations: Glossa's XMI sidecar against UIMA's XMI and binary CAS forms. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SidecarBenchmarks {

    @Benchmark
    public byte[] glossaSave(BenchState s) {
        return GlossaSidecar.save(s.document);
    }

    @Benchmark
    public glossa.model.Document glossaLoad(BenchState s) {
        return GlossaSidecar.load(s.glossaXmi);
    }

    @Benchmark
    public byte[] uimaXmiSave(BenchState s) {
        return UimaMirror.saveXmi(s.cas);
    }

    @Benchmark
    public CAS uimaXmiLoad(BenchState s) {
        return UimaMirror.loadXmi(s.uimaXmi, s.target);
    }

    @Benchmark
    public byte[] uimaBinarySave(BenchState s) {
        return UimaMirror.saveBinary(s.cas);
    }

    @Benchmark
    public CAS uimaBinaryLoad(BenchState s) {
        return UimaMirror.loadBinary(s.uimaBinary, s.target);
    }
}
