package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.ui.GlossaPerspective;

/** The Glossa product's workbench starts with its window, title and perspective, and logs no errors. */
class WorkbenchLaunchTest {

    private final LoggedErrors errors = new LoggedErrors();

    @BeforeEach
    void listen() {
        errors.start();
    }

    @AfterEach
    void stopListening() {
        errors.stop();
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
        assertTrue(errors.errors().isEmpty(), "no errors logged while the workbench runs: " + errors.errors());
        assertTrue(TestSupport.errorsInPlatformLog().isEmpty(),
                "the platform log holds no errors: " + TestSupport.errorsInPlatformLog());
    }
}
