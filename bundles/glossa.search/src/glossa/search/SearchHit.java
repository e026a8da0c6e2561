package glossa.search;

/**
 * One hit in keyword-in-context form. {@code begin}/{@code end} are UTF-16 offsets into the article's decoded text and
 * {@code hit} is exactly the text between them; {@code left} and {@code right} are the context on either side, with
 * line breaks shown as spaces.
 *
 * @param article the article's path relative to the case folder, with {@code /}
 * @param section the path of the deepest section holding the hit ("二 › 1."), empty outside any section
 */
public record SearchHit(String article, String section, int begin, int end, String left, String hit, String right) {
}
