package glossa.ui.internal.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A sidecar that exists but cannot be read. Carries where it broke ({@code file:line:col}) so the analyst can fix it.
 * Stand-in for glossa.core's SidecarException until core lands; the editor only relies on {@link #location()}.
 */
public class SidecarProblem extends IOException {

    private static final long serialVersionUID = 1L;

    private final Path sidecar;
    private final String location;

    public SidecarProblem(Path sidecar, int line, int column, String message, Throwable cause) {
        super(sidecar + ":" + line + ":" + column + ": " + message, cause);
        this.sidecar = sidecar;
        this.location = sidecar + ":" + line + ":" + column;
    }

    public Path sidecar() {
        return sidecar;
    }

    /** {@code file:line:col} of the problem. */
    public String location() {
        return location;
    }
}
