package glossa.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import glossa.core.contrib.Contributions;

/**
 * The one list of converters, read by the command line ({@code convert}), the import dialog and drag and drop. They
 * are named in {@code META-INF/services/glossa.convert.Converter}, the built-in ones in this bundle's, and found by
 * {@link Contributions}: on a plain class path in every jar, under OSGi in every resolved bundle (each class loaded by
 * its own bundle), plus OSGi services of type {@link Converter} (declarative services); the list is read again when
 * bundles or such services come or go. This bundle's converters come first; when two use the same id, the first wins.
 */
public final class ConverterRegistry {

    private static final ConverterRegistry INSTANCE = new ConverterRegistry();

    private volatile List<Converter> converters;

    private ConverterRegistry() {
    }

    public static ConverterRegistry instance() {
        return INSTANCE;
    }

    public List<Converter> converters() {
        List<Converter> found = converters;
        if (found == null) {
            Map<String, Converter> byId = new LinkedHashMap<>();
            for (Converter converter : Contributions.load(Converter.class, ConverterRegistry.class,
                    () -> converters = null)) {
                byId.putIfAbsent(converter.id(), converter);
            }
            found = List.copyOf(new ArrayList<>(byId.values()));
            converters = found;
        }
        return found;
    }

    /** The converter for a file name's extension (case does not matter). */
    public Optional<Converter> forFile(String fileName) {
        String extension = extension(fileName);
        return converters().stream().filter(c -> c.extensions().contains(extension)).findFirst();
    }

    /** All extensions converters read, in registry order ({@code html, htm, pdf, docx}). */
    public List<String> extensions() {
        return converters().stream().flatMap(c -> c.extensions().stream()).distinct().toList();
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
