package glossa.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A sidecar that Glossa cannot read: malformed or truncated XML, a DOCTYPE (refused), content that does not fit the
 * model, or a format version newer than this Glossa. The file is left untouched; {@link SidecarStore#keepAside}
 * moves it out of the way so the analyst can start afresh.
 */
public class SidecarException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;

    public SidecarException(Path file, int line, int column, String reason, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
