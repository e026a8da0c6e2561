package glossa.ide.probe;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the probe saw: {@code PASS name: detail} or {@code FAIL name: detail} per check, then the verdict. */
final class ProbeReport {

    private final List<String> lines = new ArrayList<>();
    private boolean failed;

    void check(boolean ok, String name, String detail) {
        lines.add((ok ? "PASS " : "FAIL ") + name + ": " + detail);
        failed |= !ok;
    }

    void fail(String name, String detail) {
        check(false, name, detail);
    }

    boolean failed() {
        return failed;
    }

    /** Written to a temporary file first and moved, so a watcher never reads half a report. */
    void writeTo(Path file) {
        List<String> all = new ArrayList<>(lines);
        all.add(lines.isEmpty() || failed ? "RESULT FAIL" : "RESULT PASS");
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, all, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString().replace('\n', ' ');
    }
}
