package glossa.ui.internal.cases;

import org.eclipse.ui.IStartup;

/** Starts the workspace side of cases with the workbench: sidecars follow their articles, editors share codebooks. */
public final class CaseStartup implements IStartup {

    @Override
    public void earlyStartup() {
        SidecarFollower.install();
        EditorCodebookConnector.install();
    }
}
