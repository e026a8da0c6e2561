package glossa.convert.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * What a web page says about itself: from JSON-LD ({@code NewsArticle}, {@code Article} and kin), Open Graph and
 * {@code article:*} meta tags, {@code <meta name=author>}, the canonical link, {@code <title>} and, for a page saved
 * by a browser, its {@code <!-- saved from url=… -->} comment. Empty strings when the page does not say.
 */
record HtmlMetadata(String title, String author, String published, String site, String url) {

    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");
    private static final List<String> ARTICLE_TYPES = List.of("NewsArticle", "Article", "BlogPosting",
            "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ScholarlyArticle", "Report",
            "WebPage");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20).build())
            .build();

    static HtmlMetadata of(Document page) {
        Map<String, Object> ld = jsonLdArticle(page);
        String site = first(meta(page, "og:site_name"), name(ld.get("publisher")), meta(page, "application-name"));
        String title = titleWithoutSite(first(meta(page, "og:title"), string(ld.get("headline")),
                meta(page, "twitter:title"), meta(page, "ArticleTitle"), page.title(), h1(page)), site);
        String author = first(string(ld.get("author")), name(ld.get("author")), meta(page, "author"),
                meta(page, "article:author"), meta(page, "Author"));
        String published = first(meta(page, "article:published_time"), string(ld.get("datePublished")),
                meta(page, "pubdate"), meta(page, "PubDate"), meta(page, "publishdate"), meta(page, "date"),
                attr(page.selectFirst("time[datetime]"), "datetime"));
        String url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"),
                string(ld.get("url")), savedFrom(page));
        if (!url.matches("(?i)https?://\\S+")) {
            url = ""; // a relative or odd address says nothing once the page is saved
        }
        return new HtmlMetadata(title, author.startsWith("http") ? "" : author, published, site, url);
    }

    private static String meta(Document page, String key) {
        for (Element meta : page.select("meta[content]")) {
            if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))
                    || key.equalsIgnoreCase(meta.attr("itemprop"))) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return "";
    }

    private static String attr(Element element, String name) {
        return element == null ? "" : element.attr(name).strip();
    }

    private static String h1(Document page) {
        Element h1 = page.selectFirst("h1");
        return h1 == null ? "" : h1.text();
    }

    /**
     * "Title - Site", "Title_Channel_Site", "Title | Site" without the site's parts: a trailing part that names the
     * site, or (when the site is unknown) short trailing parts after the title's middle.
     */
    static String titleWithoutSite(String title, String site) {
        String t = title.strip();
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String separator : List.of(" - ", " | ", "_", " – ", " — ", "｜", "|")) {
                int at = t.lastIndexOf(separator);
                String tail = at > 0 ? t.substring(at + separator.length()).strip() : "";
                if (at > 0 && (tail.equals(site) || tail.codePointCount(0, tail.length()) <= 12 && at > t.length() / 2
                        && !tail.isEmpty())) {
                    t = t.substring(0, at).strip();
                    cut = true;
                    break;
                }
            }
        }
        return t;
    }

    private static String savedFrom(Document page) {
        for (Node node : page.childNodes()) {
            if (node instanceof Comment comment) {
                Matcher m = SAVED_FROM.matcher(comment.getData());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return "";
    }

    /** The first JSON-LD object of an article type (top level, in an array or in {@code @graph}), else empty. */
    private static Map<String, Object> jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try (JsonParser parser = JSON.createParser(script.data())) {
                parser.nextToken();
                Object value = read(parser);
                Map<String, Object> found = findArticle(value);
                if (found != null) {
                    return found;
                }
            } catch (IOException | RuntimeException e) {
                // A broken JSON-LD block is common on real pages; the meta tags still count.
            }
        }
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> findArticle(Object value) {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            Object type = map.get("@type");
            List<?> types = type instanceof List<?> l ? l : List.of(String.valueOf(type));
            if (types.stream().anyMatch(ARTICLE_TYPES::contains)) {
                return (Map<String, Object>) map;
            }
            return findArticle(map.get("@graph"));
        }
        return null;
    }

    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                map.put(key, read(parser));
            }
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY && parser.currentToken() != null) {
                list.add(read(parser));
            }
            return list;
        }
        return token != null && token.isScalarValue() ? parser.getValueAsString() : null;
    }

    private static String string(Object value) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            return string(list.get(0));
        }
        return value instanceof String s ? s.strip() : "";
    }

    /** The {@code name} of a JSON-LD person or organisation (or of the first of several). */
    private static String name(Object value) {
        if (value instanceof List<?> list) {
            List<String> names = list.stream().map(HtmlMetadata::name).filter(s -> !s.isEmpty()).toList();
            return String.join(", ", names);
        }
        return value instanceof Map<?, ?> map ? string(map.get("name")) : "";
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}
