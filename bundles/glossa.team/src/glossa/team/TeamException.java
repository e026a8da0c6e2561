package glossa.team;

import java.io.IOException;

/** A Git operation on a case that failed; the message says what to do in one sentence and names the case folder. */
public final class TeamException extends IOException {

    private static final long serialVersionUID = 1L;

    public TeamException(String message) {
        super(message);
    }

    public TeamException(String message, Throwable cause) {
        super(message, cause);
    }
}
