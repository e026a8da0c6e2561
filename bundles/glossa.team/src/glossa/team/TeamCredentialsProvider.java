package glossa.team;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * What a transport asks for, answered from the stored {@link Credentials} first and by the user's prompt (if any)
 * after that: a user and password the stored ones do not give, a key's passphrase, and whether to trust an unknown
 * SSH host key. Without a prompt, a question it cannot answer is refused (false), never answered "yes". Once the
 * stored user and token were rejected ({@link #reset}), the prompt is asked instead of trying them again.
 * <p>
 * The stored user and token answer the question an HTTPS remote asks: a user name and a password together. A password
 * asked alone is an SSH key's passphrase or an SSH login password, which the stored token is not: it goes to the
 * prompt, and without one it is refused (JGit then tries the next key) instead of being given the token.
 */
final class TeamCredentialsProvider extends CredentialsProvider {

    private final Credentials stored;
    private final CredentialsProvider prompt;
    private boolean storedRejected;

    TeamCredentialsProvider(Credentials stored, CredentialsProvider prompt) {
        this.stored = stored;
        this.prompt = prompt;
    }

    @Override
    public boolean isInteractive() {
        return prompt != null && prompt.isInteractive();
    }

    @Override
    public boolean supports(CredentialItem... items) {
        if (prompt != null && prompt.supports(items)) {
            return true;
        }
        return !stored.isEmpty() && isUserQuestion(items);
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        if (!storedRejected && !stored.isEmpty() && fillFromStored(items)) {
            return true;
        }
        return prompt != null && prompt.get(uri, items);
    }

    /** Whether {@code items} ask for a user name (and password), as HTTPS does, and for nothing else. */
    private static boolean isUserQuestion(CredentialItem... items) {
        boolean user = false;
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username) {
                user = true;
            } else if (!(item instanceof CredentialItem.Password
                    || item instanceof CredentialItem.InformationalMessage)) {
                return false;
            }
        }
        return user;
    }

    /** Fills a user/password question from the stored credentials; false when the items ask for anything else. */
    private boolean fillFromStored(CredentialItem... items) {
        if (!isUserQuestion(items)) {
            return false;
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username user) {
                user.setValue(stored.user());
            } else if (item instanceof CredentialItem.Password password) {
                password.setValue(stored.token().toCharArray());
            }
        }
        return true;
    }

    @Override
    public void reset(URIish uri) {
        storedRejected = true;
        if (prompt != null) {
            prompt.reset(uri);
        }
    }
}
