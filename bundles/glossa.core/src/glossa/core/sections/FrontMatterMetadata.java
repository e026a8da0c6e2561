package glossa.core.sections;

import java.util.Map;

import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Provenance;

/**
 * Copies what YAML front matter says about a text (title, source URL, author, date, site) into a new document: the
 * title into {@code Document.title}, the rest into its {@link Provenance}. What the document already has (a converter's
 * provenance, the analyst's title) is kept.
 */
public final class FrontMatterMetadata {

    private FrontMatterMetadata() {
    }

    /** @return whether anything was copied */
    public static boolean apply(Document document, String text) {
        Map<String, String> values = FrontMatter.values(text);
        if (values.isEmpty()) {
            return false;
        }
        boolean changed = false;
        String title = FrontMatter.first(values, "title");
        if (!title.isEmpty() && (document.getTitle() == null || document.getTitle().isBlank())) {
            document.setTitle(title);
            changed = true;
        }
        String url = FrontMatter.first(values, "source_url", "url", "canonical", "link", "source");
        if (!url.matches("(?i)https?://\\S+")) {
            url = ""; // "source: 新华社" names a publisher, not an address
        }
        String author = FrontMatter.first(values, "author", "authors", "byline");
        String date = FrontMatter.first(values, "date", "published", "published_time", "pubdate");
        String site = FrontMatter.first(values, "site", "site_name", "publisher");
        if (document.getProvenance() == null && !(url + author + date + site).isEmpty()) {
            Provenance provenance = GlossaFactory.eINSTANCE.createProvenance();
            provenance.setUrl(url);
            provenance.setAuthor(author);
            provenance.setPublished(date);
            provenance.setSite(site);
            document.setProvenance(provenance);
            changed = true;
        }
        return changed;
    }
}
