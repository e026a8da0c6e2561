package glossa.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What the analyst reads when talking to a remote failed: the host key case spelled out, anything else as JGit said. */
class TransportErrorsTest {

    private static final String REFUSED = "Server key did not validate [example.org:2222]";

    /** An exception that names itself as its own cause, as some transport wrappers do. */
    private static final class SelfCaused extends Exception {
        SelfCaused(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable getCause() {
            return this;
        }
    }

    @Test
    void aRefusedHostKeyNamesTheHostThePortAndHowToAcceptIt() {
        record Row(String url, String host, String keyscan) {
        }
        for (Row row : List.of(new Row("ssh://git@example.org:2222/team/case.git", "example.org",
                "ssh-keyscan -p 2222 example.org >> "),
                new Row("git@example.org:team/case.git", "example.org", "ssh-keyscan example.org >> "),
                new Row(null, "the server", "ssh-keyscan the server >> "))) {
            // The sshd message sits deep in the cause chain.
            Exception e = new Exception("fetch failed", new RuntimeException("session", new Exception(REFUSED)));
            String reason = TransportErrors.reason(e, row.url());
            assertTrue(reason.startsWith("the SSH host key of " + row.host() + " was not accepted"), reason);
            assertTrue(reason.contains(row.keyscan() + SshSessions.sshDirectory().resolve("known_hosts")), reason);
            assertTrue(reason.contains("never trusts an unknown host key without asking"), reason);
        }
    }

    @Test
    void anyOtherFailureKeepsJGitsMessageOnOneLine() {
        assertEquals("origin: not found. remote hung up",
                TransportErrors.reason(new Exception("  origin: not found.\n\tremote hung up\n"), null));
        assertEquals("IllegalStateException", TransportErrors.reason(new IllegalStateException(), "ssh://h/x"));
        assertEquals("loop", TransportErrors.reason(new SelfCaused("loop"), "ssh://h/x"),
                "a cause chain that loops ends");
        assertTrue(TransportErrors.reason(new Exception("wrapped", new SelfCaused(REFUSED)), "ssh://h/x")
                .startsWith("the SSH host key of h "), "the host key is found behind a looping cause too");
    }
}
