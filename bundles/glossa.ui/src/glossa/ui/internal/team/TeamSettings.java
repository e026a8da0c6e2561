package glossa.ui.internal.team;

import java.net.URI;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.preference.IPreferenceStore;

import glossa.team.Author;
import glossa.team.Credentials;
import glossa.ui.GlossaUiPlugin;

/**
 * Who commits (the preferences: {@link #AUTHOR_NAME}, {@link #AUTHOR_EMAIL}; the system user by default) and the HTTPS
 * credentials of a remote host, kept in Equinox secure storage (the token encrypted), never in a plain file.
 */
final class TeamSettings {

    static final String AUTHOR_NAME = "glossa.team.authorName";
    static final String AUTHOR_EMAIL = "glossa.team.authorEmail";
    private static final String NODE = "glossa.team";

    private TeamSettings() {
    }

    static Author author() {
        IPreferenceStore store = GlossaUiPlugin.getDefault().getPreferenceStore();
        String name = store.getString(AUTHOR_NAME);
        return new Author(name.isBlank() ? System.getProperty("user.name", "analyst") : name,
                store.getString(AUTHOR_EMAIL));
    }

    static Credentials credentials(String remoteUrl) {
        ISecurePreferences node = node(remoteUrl);
        if (node == null) {
            return Credentials.NONE;
        }
        try {
            return new Credentials(node.get("user", ""), node.get("token", ""));
        } catch (StorageException e) {
            return Credentials.NONE;
        }
    }

    static void saveCredentials(String remoteUrl, Credentials credentials) throws StorageException {
        ISecurePreferences node = node(remoteUrl);
        if (node == null || credentials.isEmpty()) {
            return;
        }
        node.put("user", credentials.user(), false);
        node.put("token", credentials.token(), true);
        try {
            node.flush();
        } catch (java.io.IOException e) {
            throw new StorageException(StorageException.INTERNAL_ERROR, e);
        }
    }

    /** One node per host (and user part of the URL), so one token serves every case on that server. */
    private static ISecurePreferences node(String remoteUrl) {
        if (remoteUrl == null || remoteUrl.isBlank()) {
            return null;
        }
        String host;
        try {
            URI uri = URI.create(remoteUrl.strip());
            host = uri.getHost() == null ? "local" : uri.getHost();
        } catch (IllegalArgumentException e) {
            host = "other";
        }
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        return root == null ? null : root.node(NODE).node(host.replace('/', '_'));
    }
}
