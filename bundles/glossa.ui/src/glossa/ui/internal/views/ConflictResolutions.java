package glossa.ui.internal.views;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;
import glossa.model.MergeConflict;
import glossa.model.Relation;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.merge.Messages;

/**
 * The resolutions of a recorded merge conflict, each one EMF command (for the editor's undo history) that removes the
 * {@link MergeConflict} record and, where it applies, sets the field:
 * <ul>
 * <li><b>Keep mine</b>: the merged document already holds my value, so only the record goes; when I had deleted the
 * annotation or relation that the other writer changed (and the merge kept), it is deleted now.</li>
 * <li><b>Take theirs</b>: the field gets their value (type, offsets, status, memo, author, dates, an attribute; a
 * relation's kind or memo); when they deleted it, it is deleted; when they changed what I deleted, it stays.</li>
 * <li><b>Keep both</b>: for a field of an annotation, mine stays and a copy of the annotation with their value and a
 * new id is added; for a deletion against a change, the changed object is kept (the same as keeping the change).</li>
 * </ul>
 * A resolution that does not apply to a conflict (a codebook, filter or section conflict can only be kept as it is)
 * gives null.
 */
public final class ConflictResolutions {

    /** What the analyst chose. */
    public enum Resolution {
        KEEP_MINE, TAKE_THEIRS, KEEP_BOTH
    }

    static final String ANNOTATION = "annotation";
    static final String RELATION = "relation";
    static final String DELETED = "deleted";
    private static final String ATTRIBUTE_PREFIX = "attributes/";
    private static final Pattern OFFSETS = Pattern.compile("^(\\d+)\\.\\.(\\d+)");

    private ConflictResolutions() {
    }

    /**
     * The command resolving {@code conflict} as chosen, or null when that resolution does not apply.
     *
     * @param text the article's text (for offsets taken from theirs)
     */
    public static Command resolve(EditingDomain domain, Document document, String text, MergeConflict conflict,
            Resolution resolution) {
        Command change = change(domain, document, text, conflict, resolution);
        if (change == null) {
            return null;
        }
        CompoundCommand compound = new CompoundCommand(label(resolution));
        if (change != NOTHING) {
            compound.append(change);
        }
        compound.append(RemoveCommand.create(domain, document, Literals.DOCUMENT__CONFLICTS, conflict));
        return compound;
    }

    /** Whether {@link #resolve} gives a command for this conflict and resolution. */
    public static boolean applies(Document document, MergeConflict conflict, Resolution resolution) {
        return change(null, document, "", conflict, resolution) != null;
    }

    private static String label(Resolution resolution) {
        return switch (resolution) {
            case KEEP_MINE -> Messages.Resolve_keepMine;
            case TAKE_THEIRS -> Messages.Resolve_takeTheirs;
            case KEEP_BOTH -> Messages.Resolve_keepBoth;
        };
    }

    /** Marks "only the record goes". */
    private static final Command NOTHING = new org.eclipse.emf.common.command.IdentityCommand();

    private static Command change(EditingDomain domain, Document document, String text, MergeConflict c,
            Resolution resolution) {
        String kind = c.getObjectKind();
        if (ANNOTATION.equals(kind)) {
            Annotation a = annotation(document, c.getObjectId());
            return a == null ? NOTHING : annotationChange(domain, document, text, a, c, resolution);
        }
        if (RELATION.equals(kind)) {
            Relation r = relation(document, c.getObjectId());
            return r == null ? NOTHING : relationChange(domain, document, r, c, resolution);
        }
        // Codebook, filter and section conflicts: the merged document holds mine; it can be kept, nothing else.
        return resolution == Resolution.KEEP_MINE ? NOTHING : null;
    }

    private static Command annotationChange(EditingDomain domain, Document document, String text, Annotation a,
            MergeConflict c, Resolution resolution) {
        if (DELETED.equals(c.getFeature())) {
            // One side deleted it, the other changed it; the merge kept it.
            boolean deletedBy = DELETED.equals(resolution == Resolution.KEEP_MINE ? c.getOurs() : c.getTheirs());
            return resolution != Resolution.KEEP_BOTH && deletedBy
                    ? domain == null ? NOTHING : AnnotationCommands.delete(domain, document, List.of(a))
                    : NOTHING;
        }
        if (resolution == Resolution.KEEP_MINE) {
            return NOTHING;
        }
        if (resolution == Resolution.TAKE_THEIRS) {
            return setField(domain, document, text, a, c.getFeature(), c.getTheirs());
        }
        Annotation copy = EcoreUtil.copy(a);
        copy.setId(AnnotationFactory.newId());
        Command set = setField(domain, document, text, copy, c.getFeature(), c.getTheirs());
        if (set == null || domain == null) {
            return set;
        }
        CompoundCommand both = new CompoundCommand();
        both.append(AddCommand.create(domain, document, Literals.DOCUMENT__ANNOTATIONS, copy));
        both.append(set);
        return both;
    }

    /** A command setting one field (as the merge names it) to a recorded value; null when it cannot be set. */
    private static Command setField(EditingDomain domain, Document document, String text, Annotation a, String field,
            String value) {
        if (field.startsWith(ATTRIBUTE_PREFIX)) {
            return domain == null ? NOTHING
                    : AnnotationCommands.setAttribute(domain, a, field.substring(ATTRIBUTE_PREFIX.length()), value);
        }
        switch (field) {
            case "memo":
                return set(domain, a, Literals.ANNOTATION__MEMO, value);
            case "author":
                return set(domain, a, Literals.ANNOTATION__AUTHOR, value);
            case "status": {
                AnnotationStatus status = value == null ? null : AnnotationStatus.get(value);
                return status == null ? null : set(domain, a, Literals.ANNOTATION__STATUS, status);
            }
            case "type": {
                AnnotationType type = value == null || document.getCodebook() == null ? null
                        : Codebooks.find(document.getCodebook(), value).orElse(null);
                return type == null ? null : set(domain, a, Literals.ANNOTATION__TYPE, type);
            }
            case "created":
            case "modified": {
                Date date = date(value);
                if (value != null && date == null) {
                    return null;
                }
                return set(domain, a, "created".equals(field) ? Literals.ANNOTATION__CREATED
                        : Literals.ANNOTATION__MODIFIED, date);
            }
            case "offsets":
                return offsets(domain, text, a, value);
            default:
                return null;
        }
    }

    /** Their span ("begin..end “quote”"): the place with the text there now, as when re-placing an annotation. */
    private static Command offsets(EditingDomain domain, String text, Annotation a, String value) {
        Matcher m = value == null ? null : OFFSETS.matcher(value);
        if (m == null || !m.find()) {
            return null;
        }
        if (domain == null) {
            return NOTHING;
        }
        int begin = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (end > text.length() || begin > end) {
            return null;
        }
        CompoundCommand c = new CompoundCommand();
        c.append(SetCommand.create(domain, a, Literals.ANNOTATION__BEGIN, begin));
        c.append(SetCommand.create(domain, a, Literals.ANNOTATION__END, end));
        c.append(SetCommand.create(domain, a, Literals.ANNOTATION__QUOTE, text.substring(begin, end)));
        c.append(SetCommand.create(domain, a, Literals.ANNOTATION__PREFIX, AnnotationFactory.prefixOf(text, begin)));
        c.append(SetCommand.create(domain, a, Literals.ANNOTATION__SUFFIX, AnnotationFactory.suffixOf(text, end)));
        c.append(SetCommand.create(domain, a, Literals.ANNOTATION__ANCHOR, AnchorState.EXACT));
        return c;
    }

    private static Command relationChange(EditingDomain domain, Document document, Relation r, MergeConflict c,
            Resolution resolution) {
        String field = c.getFeature();
        if (DELETED.equals(field)) {
            boolean deletedBy = DELETED.equals(resolution == Resolution.KEEP_MINE ? c.getOurs() : c.getTheirs());
            return resolution != Resolution.KEEP_BOTH && deletedBy
                    ? domain == null ? NOTHING
                            : RemoveCommand.create(domain, document, Literals.DOCUMENT__RELATIONS, r)
                    : NOTHING;
        }
        if (resolution == Resolution.KEEP_MINE) {
            return NOTHING;
        }
        if (resolution == Resolution.TAKE_THEIRS && ("memo".equals(field) || "kind".equals(field))) {
            return set(domain, r, "memo".equals(field) ? Literals.RELATION__MEMO : Literals.RELATION__KIND,
                    c.getTheirs());
        }
        return null; // a relation's end, or both of a relation: the analyst relates anew
    }

    private static Command set(EditingDomain domain, org.eclipse.emf.ecore.EObject owner,
            org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        return domain == null ? NOTHING : SetCommand.create(domain, owner, feature, value);
    }

    private static Date date(String value) {
        try {
            return value == null ? null : Date.from(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Annotation annotation(Document document, String id) {
        for (Annotation a : document.getAnnotations()) {
            if (a.getId() != null && a.getId().equals(id)) {
                return a;
            }
        }
        return null;
    }

    private static Relation relation(Document document, String id) {
        for (Relation r : document.getRelations()) {
            if (r.getId() != null && r.getId().equals(id)) {
                return r;
            }
        }
        return null;
    }
}
