package glossa.ui.internal.views;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

/**
 * Suggestions Only: flips the Annotations view between all annotations and its suggestions by confidence. The state
 * belongs to the view (it is a way of looking, not a setting), so the check mark reads it from the view.
 */
public final class SuggestionsOnlyHandler extends AbstractHandler implements IElementUpdater {

    public static final String COMMAND_ID = "glossa.ui.annotations.suggestionsOnly";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getActivePartChecked(event) instanceof AnnotationsView view) {
            view.setSuggestionsOnly(!view.isSuggestionsOnly());
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            if (commands != null) {
                commands.refreshElements(COMMAND_ID, null);
            }
        }
        return null;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        IWorkbenchWindow window = element.getServiceLocator().getService(IWorkbenchWindow.class);
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        element.setChecked(page != null && page.findView(AnnotationsView.ID) instanceof AnnotationsView view
                && view.isSuggestionsOnly());
    }
}
