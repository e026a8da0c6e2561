package glossa.ui.internal.agreement;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import glossa.core.agreement.Adjudication;
import glossa.core.agreement.Disagreement;
import glossa.ui.internal.views.AgreementView;

/**
 * The Agreement view's "Accept X's coding" menu items, one per coder whose acceptance would change something in
 * the selected disagreement; each runs {@link AcceptCodingHandler}'s command with the coder as parameter.
 */
public final class AcceptCodingItems extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPart part = window == null ? null : window.getActivePage().getActivePart();
        Disagreement d = part instanceof AgreementView view ? view.selectedDisagreement() : null;
        List<IContributionItem> items = new ArrayList<>();
        if (d != null) {
            for (String coder : d.byCoder().keySet()) {
                if (!Adjudication.changes(d, coder)) {
                    continue;
                }
                CommandContributionItemParameter p = new CommandContributionItemParameter(window,
                        "glossa.ui.agreement.accept." + coder, AcceptCodingHandler.COMMAND,
                        CommandContributionItem.STYLE_PUSH);
                p.label = MessageFormat.format(Messages.Accept_label, coder).replace("&", "&&");
                p.parameters = Map.of(AcceptCodingHandler.CODER, coder);
                items.add(new CommandContributionItem(p));
            }
        }
        if (items.isEmpty()) {
            Action nothing = new Action(Messages.Accept_nothing) {
            };
            nothing.setEnabled(false);
            items.add(new ActionContributionItem(nothing));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
