package glossa.search.internal;

import java.util.Iterator;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Feeds terms already made by {@link glossa.search.IndexTerms} to Lucene, one token each. The index records only
 * which articles hold a term (no positions): it chooses articles, the scan finds the hits with exact offsets.
 */
public final class TermsTokenStream extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Set<String> terms;
    private Iterator<String> next;

    public TermsTokenStream(Set<String> terms) {
        this.terms = terms;
    }

    @Override
    public void reset() {
        next = terms.iterator();
    }

    @Override
    public boolean incrementToken() {
        if (next == null || !next.hasNext()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(next.next());
        return true;
    }
}
