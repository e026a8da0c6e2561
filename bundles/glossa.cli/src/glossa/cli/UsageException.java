package glossa.cli;

/** Bad input to a subcommand: the message becomes the one line {@code glossa: <message>}, exit code 2. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
