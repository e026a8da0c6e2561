package glossa.app.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.ui.keys.IBindingService;

/**
 * Glossa's keys, read from the active key bindings (so a user's own bindings show too): every binding of a command
 * of Glossa's, plus the platform commands an analyst uses daily (save, undo, find…).
 */
public final class KeyboardShortcuts {

    /** One line of the list: what the key does, and the keys. */
    public record Entry(String command, String keys) {
    }

    private static final Set<String> DAILY = Set.of("org.eclipse.ui.file.save", "org.eclipse.ui.file.saveAll",
            "org.eclipse.ui.edit.undo", "org.eclipse.ui.edit.redo", "org.eclipse.ui.edit.findReplace",
            "org.eclipse.ui.edit.delete", "org.eclipse.ui.file.close", "org.eclipse.ui.file.import",
            "org.eclipse.ui.file.export");

    private KeyboardShortcuts() {
    }

    public static List<Entry> of(IBindingService bindings) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        String scheme = bindings.getActiveScheme() == null ? null : bindings.getActiveScheme().getId();
        for (Binding binding : bindings.getBindings()) {
            ParameterizedCommand command = binding.getParameterizedCommand();
            if (command == null || binding.getTriggerSequence() == null
                    || scheme != null && !scheme.equals(binding.getSchemeId()) && !isDefaultScheme(binding)
                    || binding.getPlatform() != null && !binding.getPlatform().equals(org.eclipse.swt.SWT.getPlatform())) {
                continue;
            }
            String id = command.getId();
            if (!id.startsWith("glossa.") && !DAILY.contains(id)) {
                continue;
            }
            String name = name(command);
            List<String> list = keys.computeIfAbsent(name, k -> new ArrayList<>());
            String key = binding.getTriggerSequence().format();
            if (!list.contains(key)) {
                list.add(key);
            }
        }
        List<Entry> entries = new ArrayList<>();
        keys.forEach((name, list) -> entries.add(new Entry(name, String.join(", ", list))));
        entries.sort(Comparator.comparing(Entry::command, String.CASE_INSENSITIVE_ORDER));
        return entries;
    }

    /** Bindings of the default scheme apply in schemes that extend it. */
    private static boolean isDefaultScheme(Binding binding) {
        return "org.eclipse.ui.defaultAcceleratorConfiguration".equals(binding.getSchemeId());
    }

    private static String name(ParameterizedCommand command) {
        try {
            return command.getName();
        } catch (NotDefinedException e) {
            return command.getId();
        }
    }
}
