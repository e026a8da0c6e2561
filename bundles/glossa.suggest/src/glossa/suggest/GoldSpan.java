package glossa.suggest;

/** One annotation of a gold file: type and UTF-16 span. */
public record GoldSpan(String typeId, int begin, int end, String quote) {
}
