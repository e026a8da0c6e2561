package glossa.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed arguments of one subcommand: positional arguments, options with values ({@code --type claim} or
 * {@code --type=claim}, repeatable) and flags ({@code --json}). {@code --} ends the options. Unknown options and
 * missing values are {@link UsageException}s.
 */
final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();

    private Args() {
    }

    static Args parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions) throws UsageException {
        Args parsed = new Args();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("--")) {
                parsed.positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (flagOptions.contains(name)) {
                if (eq >= 0) {
                    throw new UsageException("--" + name + " takes no value");
                }
                parsed.flags.add(name);
            } else if (valueOptions.contains(name)) {
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException("--" + name + " needs a value");
                }
                parsed.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return parsed;
    }

    List<String> positional() {
        return positional;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** The single value of an option, or null; given twice is an error. */
    String value(String name) throws UsageException {
        List<String> all = values.getOrDefault(name, List.of());
        if (all.size() > 1) {
            throw new UsageException("--" + name + " given more than once");
        }
        return all.isEmpty() ? null : all.get(0);
    }

    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    int intValue(String name, int defaultValue) throws UsageException {
        String value = value(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a whole number, not '" + value + "'");
        }
    }

    /** The one FILE argument. */
    String file() throws UsageException {
        if (positional.isEmpty()) {
            throw new UsageException("missing FILE argument");
        }
        if (positional.size() > 1) {
            throw new UsageException("unexpected argument '" + positional.get(1) + "'");
        }
        return positional.get(0);
    }
}
