package glossa.team;

import org.eclipse.jgit.transport.CredentialsProvider;

/**
 * An HTTPS user and password or access token for a remote, and optionally a {@code prompt}: a JGit credentials
 * provider that asks the user what the stored ones do not answer (a password, an SSH key's passphrase, whether to
 * trust an unknown SSH host key). Callers keep user and token in secure storage (the workbench) or take them from the
 * environment (the command line); they are never written to a file by this bundle. Without a prompt, a question the
 * stored credentials cannot answer is refused.
 */
public record Credentials(String user, String token, CredentialsProvider prompt) {

    /** No credentials and no prompt: file:// remotes, public HTTPS ones, SSH with keys and known host keys. */
    public static final Credentials NONE = new Credentials("", "");

    public Credentials {
        user = user == null ? "" : user;
        token = token == null ? "" : token;
    }

    public Credentials(String user, String token) {
        this(user, token, null);
    }

    /** The same user and token, asking {@code newPrompt} for anything else. */
    public Credentials withPrompt(CredentialsProvider newPrompt) {
        return new Credentials(user, token, newPrompt);
    }

    public boolean isEmpty() {
        return user.isEmpty() && token.isEmpty();
    }

    CredentialsProvider provider() {
        return isEmpty() && prompt == null ? null : new TeamCredentialsProvider(this, prompt);
    }

    /** Never shows the token (records print all their fields by default). */
    @Override
    public String toString() {
        return "Credentials[user=" + user + ", token=" + (token.isEmpty() ? "" : "***") + ", prompt="
                + (prompt != null) + "]";
    }
}
