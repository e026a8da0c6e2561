package glossa.ui.internal.views;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

import glossa.ui.internal.preferences.BoilerplatePreference;

/**
 * Show Page Furniture: flips the one boilerplate toggle (a preference, so the Section Summary and the report wizard
 * follow it); the menu item's check mark shows its state.
 */
public final class ShowBoilerplateHandler extends AbstractHandler implements IElementUpdater {

    public static final String COMMAND_ID = "glossa.ui.sectionSummary.showBoilerplate";

    @Override
    public Object execute(ExecutionEvent event) {
        BoilerplatePreference.setShown(!BoilerplatePreference.isShown());
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        if (commands != null) {
            commands.refreshElements(COMMAND_ID, null);
        }
        return null;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        element.setChecked(BoilerplatePreference.isShown());
    }
}
