package glossa.bench;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import glossa.core.codebook.Codebooks;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.Section;

/**
 * The peer for {@link glossa.core.stats.SectionStatistics}: what one writes without an index — for each annotation,
 * scan every section for the deepest one holding its begin. O(n·s) for n annotations and s sections.
 */
public final class NaiveSectionStatistics {

    private NaiveSectionStatistics() {
    }

    /** Section → counts per type (in {@link Codebooks#allTypes} order), sub-sections included. */
    public static Map<Section, int[]> compute(Document document) {
        List<AnnotationType> types = Codebooks.allTypes(document.getCodebook());
        List<Section> all = new ArrayList<>();
        collect(document.getSections(), all);
        Map<Section, int[]> counts = new IdentityHashMap<>();
        for (Section section : all) {
            counts.put(section, new int[types.size()]);
        }
        for (Annotation annotation : document.getAnnotations()) {
            int column = types.indexOf(annotation.getType());
            if (column < 0) {
                continue;
            }
            Section deepest = null;
            for (Section section : all) {
                if (section.getBegin() <= annotation.getBegin() && annotation.getBegin() < section.getEnd()
                        && (deepest == null || section.getLevel() > deepest.getLevel())) {
                    deepest = section;
                }
            }
            for (Object s = deepest; s instanceof Section section; s = section.eContainer()) {
                counts.get(section)[column]++;
            }
        }
        return counts;
    }

    private static void collect(List<Section> sections, List<Section> into) {
        for (Section section : sections) {
            into.add(section);
            collect(section.getChildren(), into);
        }
    }
}
