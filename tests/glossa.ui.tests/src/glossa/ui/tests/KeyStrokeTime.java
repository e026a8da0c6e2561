package glossa.ui.tests;

import java.lang.reflect.Field;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;

/**
 * Gives each key stroke posted with {@link Display#post} a time of its own, as a real keyboard does.
 * <p>
 * On GTK, SWT posts a synthetic key event without a time stamp and delivers it with the time of the last real X event,
 * which under Xvfb does not move: every posted key then carries the same time. The workbench's key dispatcher hands
 * Delete and Escape to the focus widget first and to the key bindings afterwards, and sets that up only once per event
 * time (KeyBindingDispatcher's out-of-order verify listener), so every posted Delete after the first reached no key
 * binding and did nothing. Advancing SWT's last event time by a millisecond per stroke stamps the next stroke with a
 * new time; SWT uses that time for nothing but stamping events that have none.
 */
final class KeyStrokeTime {

    private KeyStrokeTime() {
    }

    /** Call before posting the events of one key stroke. */
    static void next(Display display) {
        if (!"gtk".equals(SWT.getPlatform())) {
            return; // win32 and cocoa post OS events, which the OS stamps itself
        }
        try {
            Field last = Display.class.getDeclaredField("lastEventTime");
            last.setAccessible(true);
            last.setInt(display, last.getInt(display) + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SWT changed: cannot give posted key strokes their own time", e);
        }
    }
}
