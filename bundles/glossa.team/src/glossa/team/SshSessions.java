package glossa.team;

import java.io.File;
import java.nio.file.Path;

import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * SSH remotes ({@code ssh://host/path}, {@code git@host:path}) through JGit's Apache MINA sshd transport, configured
 * like OpenSSH: keys {@code id_ed25519}, {@code id_ecdsa}, {@code id_rsa} and {@code ~/.ssh/config} from the user's
 * SSH folder, host keys checked against {@code ~/.ssh/known_hosts}. An unknown or changed host key is never accepted
 * silently: JGit asks the transport's credentials provider, and without one (the command line) it refuses.
 * <p>
 * The factory is set on each SSH transport explicitly rather than found through {@code ServiceLoader}, which neither
 * OSGi nor glossa-cli's plain class path would resolve across bundles. It is created on the first SSH URL only, so
 * file:// and https:// remotes never load sshd.
 */
final class SshSessions {

    private static Path home = Path.of(System.getProperty("user.home"));
    private static Path sshDirectory = home.resolve(".ssh");
    private static SshdSessionFactory factory;

    /** Configures SSH on every SSH transport of a command; other transports are left as they are. */
    static final TransportConfigCallback CONFIGURE = transport -> {
        if (transport instanceof SshTransport ssh) {
            ssh.setSshSessionFactory(factory());
        }
    };

    private SshSessions() {
    }

    static synchronized SshdSessionFactory factory() {
        if (factory == null) {
            File sshDir = sshDirectory.toFile();
            factory = new SshdSessionFactoryBuilder().setHomeDirectory(home.toFile()).setSshDirectory(sshDir)
                    .build(new JGitKeyCache());
        }
        return factory;
    }

    /** Uses another home and SSH folder (tests; a sandboxed install); closes the factory made for the old ones. */
    static synchronized void useDirectories(Path newHome, Path newSshDirectory) {
        if (factory != null) {
            factory.close();
            factory = null;
        }
        home = newHome;
        sshDirectory = newSshDirectory;
    }

    /** The folder whose {@code known_hosts} and keys SSH uses. */
    static synchronized Path sshDirectory() {
        return sshDirectory;
    }
}
