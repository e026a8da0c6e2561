package glossa.core.contrib;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the contributions of a type (the export and import formats of glossa.exchange, the converters of
 * glossa.convert): the classes named in {@code META-INF/services/<type>}. On a plain class path (the command line)
 * {@link ServiceLoader} reads them from every jar; under OSGi {@link OsgiContributions} reads them from every resolved
 * bundle (and adds services of the type registered by other bundles, e.g. with declarative services). The
 * contributions of the registry's own bundle (its built-ins) come first.
 */
public final class Contributions {

    private Contributions() {
    }

    /**
     * The contributions, in order, those of {@code home}'s bundle first; {@code onChange} runs (under OSGi) when
     * bundles or services change them.
     */
    public static <T> List<T> load(Class<T> type, Class<?> home, Runnable onChange) {
        List<T> osgi;
        try {
            osgi = OsgiContributions.loadIfOsgi(type, home, onChange);
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
