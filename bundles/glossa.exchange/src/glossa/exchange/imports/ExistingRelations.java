package glossa.exchange.imports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import glossa.model.Annotation;
import glossa.model.Relation;

/** A relation an import would add that the article already holds: same ends, kind and memo. */
final class ExistingRelations {

    private ExistingRelations() {
    }

    static Optional<Relation> same(List<Relation> existing, Annotation source, Annotation target, String kind,
            String memo) {
        for (Relation r : existing) {
            if (r.getSource() == source && r.getTarget() == target && Objects.equals(r.getKind(), kind)
                    && Objects.equals(r.getMemo(), memo)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
