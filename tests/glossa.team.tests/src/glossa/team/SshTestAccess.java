package glossa.team;

import java.nio.file.Path;

import org.eclipse.jgit.transport.Transport;

/** Test access to the package-private SSH set-up of glossa.team (this fragment shares the host's packages). */
public final class SshTestAccess {

    private SshTestAccess() {
    }

    /** Points SSH at a test home and SSH folder (keys, known_hosts) instead of the user's. */
    public static void useDirectories(Path home, Path sshDirectory) {
        SshSessions.useDirectories(home, sshDirectory);
    }

    /** Applies glossa.team's transport configuration to {@code transport}, as every fetch, push and clone does. */
    public static void configure(Transport transport) throws Exception {
        SshSessions.CONFIGURE.configure(transport);
    }
}
