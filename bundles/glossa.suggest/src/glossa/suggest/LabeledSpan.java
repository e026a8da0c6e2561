package glossa.suggest;

/** A decision of the analyst: {@code begin..end} is {@code typeId} (confirmed) or is not (rejected). */
public record LabeledSpan(String typeId, int begin, int end, boolean rejected) {
}
