package glossa.app.internal;

import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Takes the IDE's leftovers out of the product's File menu: Open File… and Convert Line Delimiters To (action sets of
 * org.eclipse.ui.ide and org.eclipse.ui.editors), Open Projects from File System… and Restart (menu contributions).
 * Only the product's window advisor calls it, so an IDE with Glossa installed keeps them.
 */
final class IdeLeftovers {

    static final Set<String> ACTION_SETS = Set.of("org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo",
            "org.eclipse.ui.actionSet.openFiles");
    static final Set<String> COMMANDS = Set.of("org.eclipse.e4.ui.importer.openDirectory",
            "org.eclipse.ui.file.restartWorkbench", "org.eclipse.ui.edit.text.openLocalFile");

    private IdeLeftovers() {
    }

    static void hide(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        if (page != null) {
            ACTION_SETS.forEach(page::hideActionSet);
        }
        MWindow model = window.getService(MWindow.class);
        if (model == null || model.getMainMenu() == null) {
            return;
        }
        for (MMenuElement element : model.getMainMenu().getChildren()) {
            if (element instanceof MMenu menu && "file".equals(menu.getElementId())) {
                for (MMenuElement item : menu.getChildren()) {
                    if (isLeftover(item)) {
                        item.setVisible(false);
                        item.setToBeRendered(false);
                    }
                }
            }
        }
    }

    private static boolean isLeftover(MUIElement item) {
        if (item instanceof MHandledMenuItem handled && handled.getCommand() != null
                && COMMANDS.contains(handled.getCommand().getElementId())) {
            return true;
        }
        String id = item.getElementId();
        return id != null && (COMMANDS.stream().anyMatch(id::startsWith) || ACTION_SETS.stream().anyMatch(id::contains)
                || id.equals("converstLineDelimitersTo") || id.equals("org.eclipse.ui.openLocalFile"));
    }
}
