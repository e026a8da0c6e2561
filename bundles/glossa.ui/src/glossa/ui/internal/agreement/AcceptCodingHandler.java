package glossa.ui.internal.agreement;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import glossa.ui.internal.views.AgreementView;

/**
 * Accepts one coder's coding of the disagreement selected in the Agreement view (command
 * {@value #COMMAND}, parameter {@value #CODER}: the coder's name). Active while that view is.
 */
public final class AcceptCodingHandler extends AbstractHandler {

    public static final String COMMAND = "glossa.ui.agreement.accept";
    public static final String CODER = "glossa.ui.agreement.coder";

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof AgreementView view) {
            view.accept(event.getParameter(CODER));
        }
        return null;
    }
}
