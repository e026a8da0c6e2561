package glossa.core.tests.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML report's inline stylesheet the way a browser would for the report's own simple rules: the declarations
 * of every rule with a compound selector (one of a comma list, outside {@code @media}; no descendant combinator) such
 * as {@code .c}, {@code tag.c} or {@code tag.c.d} that matches the element, in stylesheet order (the report's rules
 * of one property never compete in specificity), with {@code var(--x)} replaced by the custom property the element
 * gets from the same rules. Enough to tell which colour the report gives a piece or an entry without a browser.
 */
final class ReportCss {

    private static final Pattern VAR = Pattern.compile("var\\((--[\\w-]+)\\)");

    private final Map<String, Map<String, String>> rules = new LinkedHashMap<>();

    ReportCss(Document doc) {
        String css = doc.select("head style").html();
        for (String line : css.split("\n")) {
            if (line.startsWith("@")) {
                continue; // a one-line @media block: not the screen rules looked at here
            }
            int brace = line.indexOf('{');
            if (brace < 0 || !line.endsWith("}")) {
                continue;
            }
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String declaration : line.substring(brace + 1, line.length() - 1).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    declarations.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
                }
            }
            for (String selector : line.substring(0, brace).split(",")) {
                rules.computeIfAbsent(selector.strip(), s -> new LinkedHashMap<>()).putAll(declarations);
            }
        }
    }

    /** The element's declarations from the compound-selector rules that match it, variables resolved. */
    Map<String, String> styleOf(Element element) {
        Map<String, String> style = new LinkedHashMap<>();
        rules.forEach((selector, declarations) -> {
            if (matches(selector, element)) {
                style.putAll(declarations);
            }
        });
        Map<String, String> resolved = new LinkedHashMap<>();
        style.forEach((property, value) -> {
            Matcher m = VAR.matcher(value);
            resolved.put(property, m.replaceAll(r -> Matcher.quoteReplacement(
                    style.getOrDefault(r.group(1), "<unset " + r.group(1) + ">"))));
        });
        return resolved;
    }

    private static boolean matches(String selector, Element element) {
        if (!selector.matches("[a-z]*(\\.[\\w-]+)+")) {
            return false; // descendant, pseudo-element, attribute or bare tag selectors: not what is looked at here
        }
        String[] parts = selector.split("\\.");
        if (!parts[0].isEmpty() && !parts[0].equals(element.tagName())) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (!element.hasClass(parts[i])) {
                return false;
            }
        }
        return true;
    }
}
