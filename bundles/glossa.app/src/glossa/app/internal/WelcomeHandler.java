package glossa.app.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help &gt; Welcome: the first start's welcome, again. */
public class WelcomeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        var window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window != null && window.getActivePage() != null) {
            new WelcomeDialog(window.getShell(), window.getActivePage()).open();
        }
        return null;
    }
}
