package glossa.team;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * An HTTPS user and password or access token for a remote. Callers keep it in secure storage (the workbench) or take
 * it from the environment (the command line); it is never written to a file by this bundle.
 */
public record Credentials(String user, String token) {

    /** No credentials: file:// remotes and public HTTPS ones. */
    public static final Credentials NONE = new Credentials("", "");

    public Credentials {
        user = user == null ? "" : user;
        token = token == null ? "" : token;
    }

    public boolean isEmpty() {
        return user.isEmpty() && token.isEmpty();
    }

    CredentialsProvider provider() {
        return isEmpty() ? null : new UsernamePasswordCredentialsProvider(user, token);
    }

    /** Never shows the token (records print all their fields by default). */
    @Override
    public String toString() {
        return "Credentials[user=" + user + ", token=" + (token.isEmpty() ? "" : "***") + "]";
    }
}
