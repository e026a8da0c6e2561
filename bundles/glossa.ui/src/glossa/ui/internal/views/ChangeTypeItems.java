package glossa.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;

import glossa.model.AnnotationType;

/** The Change Type submenu: one Change Type command (with the type id parameter) per active type of the document. */
public final class ChangeTypeItems extends CompoundContributionItem implements IWorkbenchContribution {

    private IServiceLocator services;

    @Override
    public void initialize(IServiceLocator serviceLocator) {
        this.services = serviceLocator;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = services == null ? null : services.getService(IWorkbenchWindow.class);
        IWorkbenchPart part = window == null || window.getActivePage() == null ? null
                : window.getActivePage().getActivePart();
        if (!(part instanceof AnnotationsView view) || view.selectedAnnotations().isEmpty()) {
            return new IContributionItem[0];
        }
        List<IContributionItem> items = new ArrayList<>();
        for (AnnotationType type : view.retypeChoices()) {
            CommandContributionItemParameter p = new CommandContributionItemParameter(services,
                    "glossa.ui.annotations.changeType." + type.getId(), ChangeTypeHandler.COMMAND_ID,
                    CommandContributionItem.STYLE_PUSH);
            p.label = type.getName();
            p.parameters = Map.of(ChangeTypeHandler.TYPE_PARAMETER, type.getId());
            p.icon = ImageDescriptor.createFromImage(view.swatch(type));
            items.add(new CommandContributionItem(p));
        }
        return items.toArray(new IContributionItem[0]);
    }
}
