package glossa.core.agreement;

import glossa.model.Annotation;
import glossa.model.AnnotationStatus;

/**
 * One coder's annotation as agreement sees it: a plain, immutable copy taken on the thread that owns the document
 * (the UI thread in the workbench), so that the figures can be computed in a background job. {@code annotation} is
 * kept only to adjudicate; nothing reads it off that thread.
 *
 * @param coder the annotation's author, or {@link ArticleCoding#NO_AUTHOR}; or the name of a sidecar taken as a coder
 * @param type the type's id
 */
public record CodedSpan(String coder, String type, int begin, int end, AnnotationStatus status, Annotation annotation) {

    public int length() {
        return end - begin;
    }

    /** Whether {@code [begin, end)} and {@code [otherBegin, otherEnd)} share at least one character. */
    public boolean overlaps(int otherBegin, int otherEnd) {
        return begin < otherEnd && otherBegin < end;
    }
}
