package glossa.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;

import glossa.core.io.AtomicFileWriter;

/**
 * The files that make a folder a shared case: {@code .gitattributes} sends sidecars to the semantic merge driver,
 * {@code .gitignore} keeps Glossa's lock, temporary and set-aside files out, and the repository's own config names
 * the driver (plain {@code git} runs {@code glossa-cli merge}; Glossa's own sync merges sidecars itself). Lines the
 * analyst wrote in those files are kept; only missing lines are appended.
 */
final class ShareFiles {

    static final String ATTRIBUTES = "*.glossa merge=glossa";
    /** The case codebook file goes to the same driver, which tells it from a sidecar by its content. */
    static final String CODEBOOK_ATTRIBUTES = glossa.core.cases.CaseCodebook.FILE_NAME + " merge=glossa";
    static final String DRIVER_NAME = "Glossa semantic sidecar merge";
    static final String DRIVER = "glossa-cli merge %O %A %B";

    /**
     * Lock files (SidecarLock), unfinished atomic saves (AtomicFileWriter), set-aside unreadable sidecars, the
     * workspace metadata and the search index (glossa.search's CaseIndex: each clone builds its own).
     */
    static final List<String> IGNORED = List.of(
            ".*.glossa.lock",
            ".*.tmp",
            "*.glossa.broken-*",
            ".metadata/",
            ".glossa-index/");

    private ShareFiles() {
    }

    /** Writes what is missing of the three; returns the files it changed (relative names). */
    static List<String> write(Repository repository, Path root) throws IOException {
        List<String> changed = new ArrayList<>();
        if (appendMissing(root.resolve(".gitattributes"), List.of(ATTRIBUTES, CODEBOOK_ATTRIBUTES))) {
            changed.add(".gitattributes");
        }
        if (appendMissing(root.resolve(".gitignore"), IGNORED)) {
            changed.add(".gitignore");
        }
        StoredConfig config = repository.getConfig();
        if (!DRIVER.equals(config.getString("merge", "glossa", "driver"))) {
            config.setString("merge", "glossa", "name", DRIVER_NAME);
            config.setString("merge", "glossa", "driver", DRIVER);
            config.save();
            changed.add(".git/config");
        }
        return changed;
    }

    private static boolean appendMissing(Path file, List<String> lines) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        List<String> present = text.lines().map(String::strip).toList();
        StringBuilder out = new StringBuilder(text);
        boolean added = false;
        for (String line : lines) {
            if (!present.contains(line)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                out.append(line).append('\n');
                added = true;
            }
        }
        if (added) {
            new AtomicFileWriter().write(file, out.toString().getBytes(StandardCharsets.UTF_8));
        }
        return added;
    }
}
