package glossa.core.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import glossa.model.AnnotationType;
import glossa.model.Codebook;

/** Look-ups over a codebook's type tree. */
public final class Codebooks {

    private Codebooks() {
    }

    /** Every type of the codebook, depth first, parents before children, retired ones included. */
    public static List<AnnotationType> allTypes(Codebook codebook) {
        List<AnnotationType> all = new ArrayList<>();
        if (codebook != null) {
            collect(codebook.getTypes(), all);
        }
        return all;
    }

    /** The types offered for new annotations: all but the retired ones. */
    public static List<AnnotationType> activeTypes(Codebook codebook) {
        return allTypes(codebook).stream().filter(t -> !t.isRetired()).toList();
    }

    public static Optional<AnnotationType> find(Codebook codebook, String id) {
        return allTypes(codebook).stream().filter(t -> t.getId().equals(id)).findFirst();
    }

    private static void collect(List<AnnotationType> types, List<AnnotationType> into) {
        for (AnnotationType type : types) {
            into.add(type);
            collect(type.getChildren(), into);
        }
    }
}
