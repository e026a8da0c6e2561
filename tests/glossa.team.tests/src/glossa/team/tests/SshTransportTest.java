package glossa.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.team.SshTestAccess;
import glossa.team.SyncResult;
import glossa.team.TeamException;

/**
 * SSH remotes: ssh:// and scp-like URLs go to JGit's Apache MINA sshd transport, a case makes a real round trip
 * through an SSH server on 127.0.0.1 (the test's own, serving a bare repository), and a host key the user has not
 * accepted is refused unless the prompt says yes.
 */
class SshTransportTest {

    @TempDir
    Path tmp;
    private Path ssh;
    private GitSshServer server;
    private Path bare;

    @BeforeEach
    void startServer() throws Exception {
        ssh = tmp.resolve("home/.ssh");
        server = new GitSshServer(ssh);
        SshTestAccess.useDirectories(tmp.resolve("home"), ssh);
        TeamFixtures.bareRemote(tmp);
        bare = tmp.resolve("remote.git");
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
        SshTestAccess.useDirectories(Path.of(System.getProperty("user.home")),
                Path.of(System.getProperty("user.home"), ".ssh"));
    }

    @Test
    void sshUrlsGoToTheSshdTransport() throws Exception {
        try (Git git = Git.init().setDirectory(tmp.resolve("local").toFile()).call()) {
            for (String url : List.of("ssh://git@example.org/team/case.git", "git@example.org:team/case.git")) {
                try (Transport transport = Transport.open(git.getRepository(), new URIish(url))) {
                    SshTransport sshTransport = assertInstanceOf(SshTransport.class, transport, url);
                    SshTestAccess.configure(transport);
                    assertInstanceOf(SshdSessionFactory.class, sshTransport.getSshSessionFactory(), url);
                }
            }
            try (Transport transport = Transport.open(git.getRepository(), new URIish(bare.toUri().toString()))) {
                assertFalse(transport instanceof SshTransport);
                SshTestAccess.configure(transport); // leaves file:// alone
            }
        }
    }

    @Test
    void twoCodersSynchroniseThroughAnSshRemote() throws Exception {
        Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine() + "\n");
        String remote = server.url(bare);
        TeamFixtures.seededCase(tmp, remote);
        Path anna = TeamFixtures.cloneOf(remote, tmp.resolve("anna"));
        Path bo = TeamFixtures.cloneOf(remote, tmp.resolve("bo"));
        TeamFixtures.annotate(anna, "a1", "美国要求限制AI芯片出口", "Anna");
        TeamFixtures.annotate(bo, "b1", "中国加快国产算力替代", "Bo");

        for (Path clone : List.of(anna, bo, anna)) {
            SyncResult result = CaseRepository.sync(clone, null, null, TeamFixtures.ANNA, Credentials.NONE, null);
            assertEquals(SyncResult.Status.SYNCHRONIZED, result.status(), result.message());
        }
        assertEquals(TeamFixtures.view(TeamFixtures.load(anna)), TeamFixtures.view(TeamFixtures.load(bo)));
        assertEquals(java.util.Set.of("a1", "b1"), TeamFixtures.view(TeamFixtures.load(anna)).keySet());
    }

    @Test
    void anUnknownHostKeyIsRefusedWithAClearMessage() throws Exception {
        Path target = tmp.resolve("clone");
        TeamException e = assertThrows(TeamException.class,
                () -> CaseRepository.clone(server.url(bare), target, Credentials.NONE, null));
        assertTrue(e.getMessage().contains("host key"), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
        assertTrue(e.getMessage().contains("known_hosts"), e.getMessage());
        assertFalse(Files.exists(ssh.resolve("known_hosts")), "nothing accepted, nothing stored");
        assertFalse(Files.exists(target.resolve(".git")));
    }

    @Test
    void aStoredTokenDoesNotAnswerTheHostKeyQuestion() throws Exception {
        // HTTPS credentials alone cannot say yes to a host key: refused as without any.
        Credentials token = new Credentials("anna", "secret");
        assertThrows(TeamException.class,
                () -> CaseRepository.clone(server.url(bare), tmp.resolve("clone"), token, null));
        assertFalse(Files.exists(ssh.resolve("known_hosts")));
    }

    @Test
    void theUserIsAskedAboutAnUnknownHostKey() throws Exception {
        Prompt no = new Prompt(false);
        assertThrows(TeamException.class, () -> CaseRepository.clone(server.url(bare), tmp.resolve("refused"),
                Credentials.NONE.withPrompt(no), null));
        assertTrue(no.messages.stream().anyMatch(m -> m.contains("SHA256:")), "the prompt shows the fingerprint: "
                + no.messages);
        assertFalse(Files.exists(ssh.resolve("known_hosts")));

        Prompt yes = new Prompt(true);
        Path clone = tmp.resolve("accepted");
        CaseRepository.clone(server.url(bare), clone, Credentials.NONE.withPrompt(yes), null);
        assertTrue(Files.exists(clone.resolve(".git")));
        String knownHosts = Files.readString(ssh.resolve("known_hosts"));
        String key = server.knownHostsLine().substring(server.knownHostsLine().indexOf(' ') + 1);
        assertTrue(knownHosts.contains(key), "the accepted key is stored: " + knownHosts);

        Prompt never = new Prompt(false);
        CaseRepository.clone(server.url(bare), tmp.resolve("again"), Credentials.NONE.withPrompt(never), null);
        assertTrue(never.messages.isEmpty(), "a known key is not asked about again");
        assertEquals(server.url(bare), CaseRepository.remoteUrl(tmp.resolve("again")));
    }

    /** A prompt that answers every yes/no question the same way and records what it was shown. */
    private static final class Prompt extends CredentialsProvider {
        private final boolean answer;
        final List<String> messages = new ArrayList<>();

        Prompt(boolean answer) {
            this.answer = answer;
        }

        @Override
        public boolean isInteractive() {
            return true;
        }

        @Override
        public boolean supports(CredentialItem... items) {
            return true;
        }

        @Override
        public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
            for (CredentialItem item : items) {
                messages.add(item.getPromptText());
                if (item instanceof CredentialItem.YesNoType yesNo) {
                    yesNo.setValue(answer);
                } else if (!(item instanceof CredentialItem.InformationalMessage)) {
                    return false;
                }
            }
            return true;
        }
    }
}
