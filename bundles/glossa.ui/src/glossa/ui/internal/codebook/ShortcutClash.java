package glossa.ui.internal.codebook;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.util.Util;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.keys.IBindingService;

import glossa.core.codebook.Codebooks;
import glossa.model.AnnotationType;
import glossa.model.Codebook;

/**
 * Checks a type's new shortcut: it must parse as a key sequence, and neither another type of the codebook nor a key
 * binding of the workbench may use it already. The binding of Annotate As for this very type is not a clash.
 */
public final class ShortcutClash {

    private static final String ANNOTATE = "glossa.ui.annotate";

    private final IBindingService bindings;
    private final Codebook codebook;
    private final AnnotationType type;

    public ShortcutClash(IBindingService bindings, Codebook codebook, AnnotationType type) {
        this.bindings = bindings;
        this.codebook = codebook;
        this.type = type;
    }

    /** Null when {@code text} (e.g. "Ctrl+4", or empty for none) may be the type's shortcut, else why not. */
    public String problem(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        KeySequence sequence;
        try {
            sequence = KeySequence.getInstance(formal(text));
        } catch (ParseException | IllegalArgumentException e) {
            return NLS.bind(Messages.Shortcut_invalid, text.strip());
        }
        if (!sequence.isComplete() || sequence.isEmpty()) {
            return NLS.bind(Messages.Shortcut_invalid, text.strip());
        }
        for (AnnotationType other : Codebooks.allTypes(codebook)) {
            if (other != type && same(other.getShortcut(), sequence)) {
                return NLS.bind(Messages.Shortcut_typeClash, sequence.format(), other.getName());
            }
        }
        if (bindings == null) {
            return null;
        }
        Binding binding = bindings.getPerfectMatch(sequence);
        if (binding != null && binding.getParameterizedCommand() != null && !isOwn(binding.getParameterizedCommand())) {
            return NLS.bind(Messages.Shortcut_bindingClash, sequence.format(), commandName(binding.getParameterizedCommand()));
        }
        if (bindings.isPartialMatch(sequence)) {
            return NLS.bind(Messages.Shortcut_prefixClash, sequence.format());
        }
        return null;
    }

    /** The form stored in the codebook: M1 for the platform's command key, as the default codebook writes it. */
    public static String formal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String formal = KeySequence.getInstance(text.strip()).toString();
            return formal.replace(Util.isMac() ? "COMMAND+" : "CTRL+", "M1+");
        } catch (ParseException e) {
            return text.strip();
        }
    }

    private static boolean same(String shortcut, TriggerSequence sequence) {
        if (shortcut == null || shortcut.isBlank()) {
            return false;
        }
        try {
            return KeySequence.getInstance(shortcut).equals(sequence);
        } catch (ParseException e) {
            return false;
        }
    }

    private boolean isOwn(ParameterizedCommand command) {
        Map<?, ?> parameters = command.getParameterMap();
        return ANNOTATE.equals(command.getId()) && type.getId() != null && type.getId().equals(parameters.get("type"));
    }

    private static String commandName(ParameterizedCommand command) {
        try {
            return command.getName();
        } catch (org.eclipse.core.commands.common.NotDefinedException e) {
            return command.getId();
        }
    }
}
