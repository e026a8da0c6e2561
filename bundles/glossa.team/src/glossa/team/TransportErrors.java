package glossa.team;

import java.net.URISyntaxException;

import org.eclipse.jgit.transport.URIish;

/**
 * Says in the analyst's words why talking to a remote failed, where JGit's own message would leave them guessing:
 * an SSH host key that was not accepted. Other failures keep JGit's message.
 */
final class TransportErrors {

    /** What sshd reports when the host key verifier said no (JGit's SshdText.kexServerKeyInvalid). */
    private static final String HOST_KEY_REFUSED = "Server key did not validate";

    private TransportErrors() {
    }

    /** One line for {@code e}, naming the host of {@code url} (may be null) where that helps. */
    static String reason(Throwable e, String url) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(HOST_KEY_REFUSED)) {
                return hostKeyRefused(url);
            }
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return reason.replaceAll("\\s+", " ").strip();
    }

    private static String hostKeyRefused(String url) {
        String host = "the server";
        String port = "";
        try {
            URIish uri = new URIish(url);
            host = uri.getHost() == null ? host : uri.getHost();
            port = uri.getPort() > 0 ? "-p " + uri.getPort() + " " : "";
        } catch (URISyntaxException | RuntimeException e) {
            // keep "the server"
        }
        String knownHosts = SshSessions.sshDirectory().resolve("known_hosts").toString();
        return "the SSH host key of " + host + " was not accepted: it is not in " + knownHosts
                + " (or differs from the key there), and Glossa never trusts an unknown host key without asking."
                + " Check the key's fingerprint with the server's administrator, then accept it when the workbench"
                + " asks, or add it to known_hosts (ssh-keyscan " + port + host + " >> " + knownHosts
                + ", or connect once with ssh)";
    }
}
