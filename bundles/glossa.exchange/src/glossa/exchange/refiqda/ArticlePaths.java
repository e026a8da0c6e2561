package glossa.exchange.refiqda;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Safe, unique relative paths for imported articles from source names, which are untrusted text: separators other
 * than {@code /}, empty, {@code .} and {@code ..} segments are dropped, characters that Windows or the shell refuse
 * become {@code _}, segments are cut to 100 characters, and the file ends in {@code .txt} or {@code .md} (a
 * {@code .docx} name gets {@code .txt}: its plain text is what is imported). Names taken already (in any case) get
 * " (2)", " (3)", ...
 */
public final class ArticlePaths {

    private final Set<String> taken = new HashSet<>();

    public String next(String sourceName) {
        StringBuilder path = new StringBuilder();
        String[] segments = sourceName.replace('\\', '/').split("/");
        for (String segment : segments) {
            String clean = segment.replaceAll("[\\x00-\\x1F<>:\"|?*]", "_").strip();
            while (clean.endsWith(".")) {
                clean = clean.substring(0, clean.length() - 1); // Windows drops trailing dots; ".." is gone too
            }
            if (clean.isEmpty() || clean.startsWith(".")) {
                clean = clean.replaceFirst("^\\.+", "");
                if (clean.isEmpty()) {
                    continue;
                }
            }
            if (clean.length() > 100) {
                clean = clean.substring(0, 100);
            }
            path.append(path.length() == 0 ? "" : "/").append(clean);
        }
        String name = path.length() == 0 ? "article" : path.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".txt") && !lower.endsWith(".md")) {
            int dot = name.lastIndexOf('.');
            boolean hasExtension = dot > name.lastIndexOf('/') + 1 && name.length() - dot <= 6;
            name = (hasExtension ? name.substring(0, dot) : name) + ".txt";
        }
        String unique = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
        }
        return unique;
    }
}
