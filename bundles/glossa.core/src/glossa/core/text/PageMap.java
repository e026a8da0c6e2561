package glossa.core.text;

import java.util.List;

import glossa.model.Document;
import glossa.model.Provenance;

/** Pages of an article converted from a paged source (a PDF): which page an offset lies on, for "p. 12". */
public final class PageMap {

    private PageMap() {
    }

    /** The page (1-based) holding {@code offset}, or 0 when the document has no page map. */
    public static int pageOf(Document document, int offset) {
        Provenance provenance = document == null ? null : document.getProvenance();
        return provenance == null ? 0 : pageOf(provenance.getPageStarts(), offset);
    }

    /** The page (1-based) holding {@code offset} by page start offsets (page 1 first), or 0 when there are none. */
    public static int pageOf(List<Integer> pageStarts, int offset) {
        int low = 0;
        int high = pageStarts.size() - 1;
        int page = 0;
        while (low <= high) { // the last page that starts at or before the offset
            int mid = (low + high) >>> 1;
            if (pageStarts.get(mid) <= offset) {
                page = mid + 1;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return pageStarts.isEmpty() ? 0 : Math.max(1, page);
    }
}
