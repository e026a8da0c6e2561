package glossa.core.tests.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import glossa.core.io.AtomicFileWriter;
import glossa.core.io.SidecarStore;

/**
 * Issue 7's crash test: a separate JVM saves a large sidecar over and over (two known states, alternately), and is
 * killed with SIGKILL ({@link Process#destroyForcibly()}) at a random moment, many times. After every kill the sidecar
 * must load and be exactly one of the two states, and at most the one temporary file of the interrupted save may be
 * left beside it (the next save removes it).
 *
 * <p>Kills: {@value #DEFAULT_KILLS} by default; set the environment variable {@code GLOSSA_CRASH_KILLS} (e.g. 500) for
 * a long run. The child's class path is made of the files of the OSGi bundles this test runs in (glossa.model,
 * glossa.core and this fragment, EMF, Equinox common), so the child runs the same code on a plain class path.</p>
 */
public class SidecarCrashTest {

    static final int DEFAULT_KILLS = 25;
    static final int ANNOTATIONS = 4000;

    @TempDir
    Path dir;

    @Test
    void killedSavesLeaveEitherTheOldOrTheNewStateAndNoPileOfTempFiles() throws Exception {
        int kills = Integer.parseInt(System.getenv().getOrDefault("GLOSSA_CRASH_KILLS", String.valueOf(DEFAULT_KILLS)));
        Path sidecar = dir.resolve("crash.txt.glossa");
        SidecarStore store = new SidecarStore();
        store.save(CrashStates.state(0, ANNOTATIONS), sidecar);
        String[] fingerprints = { CrashStates.fingerprint(CrashStates.state(0, ANNOTATIONS)),
                CrashStates.fingerprint(CrashStates.state(1, ANNOTATIONS)) };
        assertNotEquals(fingerprints[0], fingerprints[1]);
        List<String> command = List.of(javaExecutable(), "-Xmx256m", "-cp", classPath(), SaveLoop.class.getName(),
                sidecar.toString(), String.valueOf(ANNOTATIONS));

        long seed = CrashSeed.choose("SidecarCrashTest");
        Random random = new Random(seed);
        int[] seen = new int[2];
        int maxLeftovers = 0;
        for (int kill = 0; kill < kills; kill++) {
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                // Wait until a random number of saves has completed, then kill at a random moment of the next ones.
                int savesBeforeKill = random.nextInt(3);
                String line = null;
                for (int i = 0; i <= savesBeforeKill; i++) {
                    line = out.readLine();
                    if (line == null || !line.startsWith("saved ")) {
                        fail("the save loop did not start: " + line + "\n" + drain(out));
                    }
                }
                Thread.sleep(random.nextInt(120));
                if (random.nextBoolean()) {
                    Thread.sleep(0, random.nextInt(999_999));
                }
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child did not end");
            }
            String found = CrashStates.fingerprint(store.load(sidecar));
            int state = found.equals(fingerprints[0]) ? 0 : found.equals(fingerprints[1]) ? 1 : -1;
            assertTrue(state >= 0, CrashSeed.replay(seed,
                    "after kill " + (kill + 1) + " the sidecar is neither state: " + found));
            seen[state]++;
            int leftovers = AtomicFileWriter.leftovers(dir, sidecar.getFileName().toString()).size();
            maxLeftovers = Math.max(maxLeftovers, leftovers);
            assertTrue(leftovers <= 1, CrashSeed.replay(seed,
                    "temporary files pile up: " + leftovers + " after kill " + (kill + 1)));
            try (var files = Files.list(dir)) {
                assertEquals(1 + leftovers, files.count(), "only the sidecar and the interrupted save's temp file");
            }
        }
        if (kills >= 10) {
            assertTrue(seen[0] > 0 && seen[1] > 0, "kills should land in both states: " + seen[0] + "/" + seen[1]);
        }
        // The next save tidies up what the last killed one left.
        store.save(CrashStates.state(0, ANNOTATIONS), sidecar);
        assertEquals(0, AtomicFileWriter.leftovers(dir, sidecar.getFileName().toString()).size());
        System.out.printf("SidecarCrashTest: %d kills, %d old state, %d new state, max %d leftover temp file(s)%n",
                kills, seen[0], seen[1], maxLeftovers);
    }

    private static String drain(BufferedReader out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line = out.readLine(); line != null && sb.length() < 4000; line = out.readLine()) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    public static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The files of the bundles the save loop needs, found through the running OSGi framework: each bundle's jar, or
     * for a bundle run from its project directory, that directory's compiled classes.
     */
    public static String classPath() throws IOException {
        Bundle core = FrameworkUtil.getBundle(SidecarStore.class);
        // The command line's subcommands link their bundles' classes when the CLI class loads.
        Set<String> wanted = Set.of("glossa.model", "glossa.core", "glossa.exchange", "glossa.cli", "glossa.benchdata",
                "glossa.convert", "glossa.suggest", "glossa.search", "glossa.team", "org.eclipse.jgit",
                "glossa.core.tests", "org.eclipse.emf.common",
                "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi", "org.eclipse.emf.edit",
                "org.eclipse.emf.ecore.change", "org.eclipse.equinox.common", "org.eclipse.osgi", "com.ibm.icu",
                "picocli", "com.fasterxml.jackson.core.jackson-core");
        Set<String> entries = new LinkedHashSet<>();
        List<String> found = new ArrayList<>();
        for (Bundle bundle : core.getBundleContext().getBundles()) {
            if (!wanted.contains(bundle.getSymbolicName())) {
                continue;
            }
            File location = FileLocator.getBundleFileLocation(bundle)
                    .orElseThrow(() -> new IOException("no file for bundle " + bundle.getSymbolicName()));
            found.add(bundle.getSymbolicName());
            if (location.isDirectory()) {
                for (String classes : List.of("target/classes", "bin", "")) {
                    File candidate = classes.isEmpty() ? location : new File(location, classes);
                    if (candidate.isDirectory()) {
                        entries.add(candidate.getAbsolutePath());
                    }
                }
            } else {
                entries.add(location.getAbsolutePath());
            }
        }
        for (String name : List.of("glossa.model", "glossa.core", "glossa.exchange", "glossa.cli", "glossa.core.tests",
                "org.eclipse.emf.ecore.xmi")) {
            assertTrue(found.contains(name), "bundle " + name + " not found among " + found);
        }
        return String.join(File.pathSeparator, entries);
    }
}
