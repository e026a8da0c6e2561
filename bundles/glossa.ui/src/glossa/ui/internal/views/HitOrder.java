package glossa.ui.internal.views;

import java.util.Comparator;

import glossa.search.SearchHit;

/** The orders of the Search view's hits, one per column. */
final class HitOrder {

    private HitOrder() {
    }

    /**
     * Left context sorts by its end read backwards (the words just before the hit), as concordancers do; the other
     * columns by their text; ties keep article and text order.
     */
    static Comparator<SearchHit> of(int column, boolean ascending) {
        Comparator<SearchHit> key = switch (column) {
            case 0 -> Comparator.comparing(h -> new StringBuilder(h.left()).reverse().toString());
            case 1 -> Comparator.comparing(SearchHit::hit);
            case 2 -> Comparator.comparing(SearchHit::right);
            case 3 -> Comparator.comparing(SearchHit::article);
            default -> Comparator.comparing(SearchHit::section);
        };
        key = ascending ? key : key.reversed();
        return key.thenComparing(SearchHit::article).thenComparingInt(SearchHit::begin);
    }
}
