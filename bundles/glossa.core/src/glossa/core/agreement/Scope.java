package glossa.core.agreement;

import java.util.ArrayList;
import java.util.List;

import glossa.core.sections.SectionIndex;
import glossa.model.Section;

/**
 * A stretch of an article that agreement is computed on: a section (with its sub-sections), copied out of the EMF
 * tree so that a background job can read it.
 *
 * @param label the section's number and title, e.g. "二 提案背景"
 * @param path the section path, e.g. "二 › 1." ({@link SectionIndex#path})
 */
public record Scope(String label, String path, int begin, int end, List<Scope> children) {

    public Scope {
        children = List.copyOf(children);
    }

    public static Scope of(Section section) {
        List<Scope> children = new ArrayList<>();
        for (Section child : section.getChildren()) {
            children.add(of(child));
        }
        String number = section.getNumber() == null ? "" : section.getNumber();
        String title = section.getTitle() == null ? "" : section.getTitle();
        String label = number.isEmpty() ? title : title.isEmpty() ? number : number + " " + title;
        return new Scope(label, SectionIndex.path(section), section.getBegin(), section.getEnd(), children);
    }

    public static List<Scope> of(List<Section> sections) {
        return sections.stream().map(Scope::of).toList();
    }

    /** The scopes and all their descendants, parents before children (document order). */
    public static List<Scope> flatten(List<Scope> scopes) {
        List<Scope> all = new ArrayList<>();
        for (Scope scope : scopes) {
            all.add(scope);
            all.addAll(flatten(scope.children()));
        }
        return all;
    }

    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }
}
