package glossa.team.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A Git server over SSH on 127.0.0.1 for tests: Apache MINA sshd (the same library the client uses) with JGit's
 * upload-pack and receive-pack behind {@code git-upload-pack '/path'} and {@code git-receive-pack '/path'}. It
 * accepts one client key, which it writes as {@code id_ecdsa} into the client's SSH folder; whether the client knows
 * the server's host key is up to the test ({@link #knownHostsLine}).
 */
final class GitSshServer implements AutoCloseable {

    private final SshServer server;
    private final KeyPair hostKey;

    GitSshServer(Path clientSshDirectory) throws Exception {
        hostKey = ecKey();
        KeyPair clientKey = ecKey();
        Files.createDirectories(clientSshDirectory);
        Path identity = clientSshDirectory.resolve("id_ecdsa");
        try (OutputStream out = Files.newOutputStream(identity)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(clientKey, "glossa-test", null, out);
        }
        Files.setPosixFilePermissions(identity, PosixFilePermissions.fromString("rw-------"));
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, clientKey.getPublic()));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory(new GitCommands());
        server.start();
    }

    /** The ssh:// URL of a bare repository on this server. */
    String url(Path bareRepository) {
        return "ssh://git@127.0.0.1:" + server.getPort() + bareRepository.toAbsolutePath();
    }

    /** The line a known_hosts file needs for the client to trust this server. */
    String knownHostsLine() {
        return "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    private static KeyPair ecKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** git-upload-pack and git-receive-pack on the repository the quoted path names. */
    private static final class GitCommands implements CommandFactory {
        @Override
        public Command createCommand(ChannelSession channel, String command) throws IOException {
            List<String> words = CommandFactory.split(command);
            if (words.size() != 2 || !words.get(0).matches("git-(upload|receive)-pack")) {
                throw new IOException("unsupported command: " + command);
            }
            return new GitCommand(words.get(0), Path.of(words.get(1).replace("'", "")));
        }
    }

    private static final class GitCommand implements Command {
        private final String name;
        private final Path repository;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(String name, Path repository) {
            this.name = name;
            this.repository = repository;
        }

        @Override
        public void setInputStream(InputStream stream) {
            in = stream;
        }

        @Override
        public void setOutputStream(OutputStream stream) {
            out = stream;
        }

        @Override
        public void setErrorStream(OutputStream stream) {
            err = stream;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread thread = new Thread(this::serve, "test " + name);
            thread.setDaemon(true);
            thread.start();
        }

        private void serve() {
            try (Repository repo = new FileRepositoryBuilder().setGitDir(repository.toFile()).setMustExist(true)
                    .build()) {
                if (name.equals("git-upload-pack")) {
                    new UploadPack(repo).upload(in, out, err);
                } else {
                    new ReceivePack(repo).receive(in, out, err);
                }
                out.flush();
                exit.onExit(0);
            } catch (Exception e) {
                exit.onExit(1, String.valueOf(e.getMessage()));
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            // The serving thread ends with its streams.
        }
    }
}
