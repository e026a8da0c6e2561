package glossa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/** {@code glossa-cli --version}: the version of the bundle {@code glossa.cli}, read from its manifest. */
final class CliVersion implements IVersionProvider {

    private static final String CLASS_FILE = "glossa/cli/GlossaCli.class";

    @Override
    public String[] getVersion() {
        return new String[] { "glossa-cli " + bundleVersion(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")" };
    }

    /**
     * {@code Bundle-Version} of the manifest beside this class: in the bundle's jar on the plain class path of
     * {@code glossa-cli}, or in the bundle under OSGi. "unknown" when there is none (classes run from a folder).
     */
    static String bundleVersion() {
        URL classFile = GlossaCli.class.getResource("/" + CLASS_FILE);
        if (classFile != null && classFile.toString().endsWith(CLASS_FILE)) {
            String root = classFile.toString().substring(0, classFile.toString().length() - CLASS_FILE.length());
            try (InputStream in = URI.create(root + "META-INF/MANIFEST.MF").toURL().openStream()) {
                String version = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
                if (version != null) {
                    return version.strip();
                }
            } catch (IOException | IllegalArgumentException e) {
                // no manifest there: fall through
            }
        }
        return "unknown";
    }
}
