package glossa.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the contributions of a type (a {@link Converter}): the classes named in
 * {@code META-INF/services/<type>}. On a plain class path (the command line) {@link ServiceLoader} reads them from
 * every jar; under OSGi {@link OsgiContributions} reads them from every resolved bundle (and adds services of the type
 * registered by other bundles, e.g. with declarative services). The contributions of this bundle come first.
 * The same mechanism as glossa.exchange's format contributions; glossa.convert does not depend on that bundle.
 */
final class Contributions {

    private Contributions() {
    }

    /** The contributions, in order; {@code onChange} runs (under OSGi) when bundles or services change them. */
    static <T> List<T> load(Class<T> type, Runnable onChange) {
        List<T> osgi;
        try {
            osgi = OsgiContributions.loadIfOsgi(type, onChange);
        } catch (LinkageError e) {
            osgi = null; // no OSGi framework classes on the class path
        }
        return osgi != null ? osgi : classPath(type);
    }

    private static <T> List<T> classPath(Class<T> type) {
        List<T> found = new ArrayList<>();
        var iterator = ServiceLoader.load(type, type.getClassLoader()).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                found.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                warn(type, e);
            }
        }
        return found;
    }

    /** A contribution that cannot be loaded is left out with one line on stderr; the others still work. */
    static void warn(Class<?> type, Throwable e) {
        System.err.println("glossa: warning: a " + type.getSimpleName() + " contribution cannot be loaded: " + e);
    }
}
