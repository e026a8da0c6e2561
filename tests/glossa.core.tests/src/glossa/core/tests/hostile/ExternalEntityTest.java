package glossa.core.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.core.io.SidecarException;
import glossa.core.io.SidecarStore;
import glossa.model.Document;

/**
 * A sidecar that asks for external entities never gets them, whether the load is refused or succeeds: the test plants
 * its own secret (a named pipe: opening it for reading is what a resolving parser would do, and the test sees that
 * open) and its own local server (any connection to it is a fetch), then checks that neither was touched and that
 * the secret's text appears nowhere in what was loaded.
 */
class ExternalEntityTest {

    @TempDir
    Path dir;

    private Path secret;
    private String token;
    private final AtomicBoolean secretOpened = new AtomicBoolean();
    private Thread secretWriter;
    private ServerSocket server;
    private final AtomicInteger fetches = new AtomicInteger();

    @BeforeEach
    void plantSecretAndServer() throws Exception {
        token = "secret-" + UUID.randomUUID();
        secret = dir.resolve("secret.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", secret.toString()).start();
        assertTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        // Opening a pipe for writing blocks until someone opens it for reading: the only reader could be the parser.
        secretWriter = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(secret)) {
                secretOpened.set(true);
                out.write(token.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the test ends the writer by opening the pipe itself
            }
        }, "secret writer");
        secretWriter.setDaemon(true);
        secretWriter.start();
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    fetches.incrementAndGet();
                    s.getOutputStream().write(("HTTP/1.0 200 OK\r\n\r\n" + token).getBytes(StandardCharsets.UTF_8));
                } catch (IOException closed) {
                    return;
                }
            }
        }, "entity server");
        accept.setDaemon(true);
        accept.start();
    }

    @AfterEach
    void release() throws Exception {
        server.close();
        if (!secretOpened.get()) {
            Files.newInputStream(secret).close(); // unblocks the writer
        }
        secretWriter.join(5_000);
    }

    static Stream<String> attacks() {
        return Stream.of(
                // a general entity from a file, in an attribute and in element text
                """
                <!DOCTYPE glossa:Document [ <!ENTITY secret SYSTEM "FILE"> ]>
                <glossa:Document xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:glossa="http://glossa.dev/model/1" title="&secret;"><memo>&secret;</memo></glossa:Document>""",
                // a general entity over HTTP
                """
                <!DOCTYPE glossa:Document [ <!ENTITY secret SYSTEM "URL/entity"> ]>
                <glossa:Document xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:glossa="http://glossa.dev/model/1" title="&secret;"/>""",
                // an external DTD
                """
                <!DOCTYPE glossa:Document SYSTEM "URL/doc.dtd">
                <glossa:Document xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:glossa="http://glossa.dev/model/1" title="t"/>""",
                // a parameter entity that pulls the file into another entity
                """
                <!DOCTYPE glossa:Document [ <!ENTITY % p SYSTEM "FILE"> <!ENTITY % q SYSTEM "URL/p"> %p; %q; ]>
                <glossa:Document xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:glossa="http://glossa.dev/model/1" title="t"/>""",
                // XInclude of the file as text
                """
                <glossa:Document xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:xi="http://www.w3.org/2001/XInclude" xmlns:glossa="http://glossa.dev/model/1" title="t">\
                <xi:include href="FILE" parse="text"/></glossa:Document>""");
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void theSecretIsNeverReadNorFetched(String template) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + template.replace("FILE", secret.toUri().toString())
                .replace("URL", "http://127.0.0.1:" + server.getLocalPort());
        Path sidecar = dir.resolve("article.txt.glossa");
        Files.writeString(sidecar, xml);
        SidecarStore store = new SidecarStore();
        try {
            Document loaded = store.load(sidecar);
            // Loaded (the entity ignored, say): nothing of the secret may be in it.
            Path saved = dir.resolve("saved.txt.glossa");
            store.save(loaded, saved);
            assertFalse(Files.readString(saved).contains(token), "the secret reached the document");
        } catch (SidecarException refused) {
            assertFalse(String.valueOf(refused.getMessage()).contains(token), "the secret reached the message");
        }
        assertFalse(secretOpened.get(), "the parser opened the secret file");
        assertEquals(0, fetches.get(), "the parser fetched a URL");
        assertEquals(xml, Files.readString(sidecar), "the hostile sidecar itself is left as it was");
    }
}
