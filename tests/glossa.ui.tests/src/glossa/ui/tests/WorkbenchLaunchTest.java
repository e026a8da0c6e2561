package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.app.GlossaPerspective;

/** The Glossa product's workbench starts with its window, title and perspective, and logs no errors. */
class WorkbenchLaunchTest {

    private final List<IStatus> errors = new ArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            errors.add(status);
        }
    };

    @BeforeEach
    void listen() {
        Platform.addLogListener(listener);
    }

    @AfterEach
    void stopListening() {
        Platform.removeLogListener(listener);
    }

    @Test
    void windowOpensWithGlossaPerspectiveAndTitle() {
        assertTrue(PlatformUI.isWorkbenchRunning(), "workbench running");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "an active workbench window");
        assertEquals(GlossaPerspective.ID, window.getActivePage().getPerspective().getId());
        String title = window.getShell().getText();
        assertTrue(title.contains("Glossa"), "window title mentions Glossa: " + title);
        assertEquals("glossa.app.product", Platform.getProduct().getId());
        TestSupport.processEvents(Display.getCurrent(), 500);
        assertTrue(errors.isEmpty(), "no errors logged while the workbench runs: " + errors);
        assertTrue(TestSupport.errorsInPlatformLog().isEmpty(),
                "the platform log holds no errors: " + TestSupport.errorsInPlatformLog());
    }
}
