package glossa.core.io;

/**
 * How {@link SidecarFastReader} and {@link SidecarFastWriter} give up on input they do not mirror exactly, so that
 * {@link SidecarStore} uses EMF instead. It carries no stack trace: giving up is an answer, not an error, and one
 * shared instance costs nothing to throw.
 */
final class SidecarDecline extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final SidecarDecline DECLINE = new SidecarDecline();

    private SidecarDecline() {
        super(null, null, false, false);
    }

    /** Gives up unless {@code condition} holds. */
    static void require(boolean condition) {
        if (!condition) {
            throw DECLINE;
        }
    }
}
