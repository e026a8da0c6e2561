package glossa.core.contrib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;

/**
 * The OSGi side of {@link Contributions}: the classes named in {@code META-INF/services/<type>} of every resolved
 * bundle (and its fragments), each loaded by its own bundle, then the OSGi services of the type. Only this class
 * touches the OSGi API, so the command line runs without a framework.
 */
final class OsgiContributions {

    private static final int USABLE = Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE;
    private static final Set<Class<?>> LISTENING = ConcurrentHashMap.newKeySet();

    private OsgiContributions() {
    }

    /** The contributions under OSGi, or null when not running in an OSGi framework (a plain class path). */
    static <T> List<T> loadIfOsgi(Class<T> type, Class<?> home, Runnable onChange) {
        BundleContext context;
        try {
            Bundle own = FrameworkUtil.getBundle(home);
            context = own == null ? null : own.getBundleContext();
        } catch (LinkageError e) {
            return null; // no OSGi classes on the class path
        }
        if (context == null) {
            return null;
        }
        if (LISTENING.add(type)) {
            listen(type, context, onChange);
        }
        return load(type, context);
    }

    /** Bundles or services that come or go change the set; the registry then reads it again. */
    private static void listen(Class<?> type, BundleContext context, Runnable onChange) {
        context.addBundleListener(event -> {
            if (event.getType() == BundleEvent.RESOLVED || event.getType() == BundleEvent.UNRESOLVED) {
                onChange.run();
            }
        });
        try {
            context.addServiceListener(event -> {
                if (event.getType() != ServiceEvent.MODIFIED) {
                    onChange.run();
                }
            }, "(objectClass=" + type.getName() + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> load(Class<T> type, BundleContext context) {
        List<T> found = new ArrayList<>();
        Set<Bundle> bundles = new LinkedHashSet<>();
        bundles.add(context.getBundle());
        bundles.addAll(List.of(context.getBundles()));
        for (Bundle bundle : bundles) {
            // A fragment's registration counts for its host, which loads its classes: findEntries includes it.
            if ((bundle.getState() & USABLE) == 0 || bundle.getHeaders("").get("Fragment-Host") != null) {
                continue;
            }
            Enumeration<URL> entries = bundle.findEntries("META-INF/services", type.getName(), false);
            List<String> classNames = new ArrayList<>();
            while (entries != null && entries.hasMoreElements()) {
                classNames.addAll(classNames(type, entries.nextElement()));
            }
            for (String className : classNames) {
                try {
                    Class<?> contributed = bundle.loadClass(className);
                    if (type.isAssignableFrom(contributed)) {
                        found.add(type.cast(contributed.getConstructor().newInstance()));
                    } else {
                        Contributions.warn(type, new ClassCastException(className + " in " + bundle.getSymbolicName()
                                + " is not a " + type.getName() + " of this " + context.getBundle().getSymbolicName()));
                    }
                } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                    Contributions.warn(type, e);
                }
            }
        }
        try {
            Collection<ServiceReference<T>> references = context.getServiceReferences(type, null);
            for (ServiceReference<T> reference : references) {
                T service = context.getService(reference);
                if (service != null) {
                    found.add(service);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static List<String> classNames(Class<?> type, URL entry) {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(entry.openStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            Contributions.warn(type, e);
        }
        return names;
    }
}
