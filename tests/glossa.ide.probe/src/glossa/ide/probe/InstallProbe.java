package glossa.ide.probe;

import java.nio.file.Path;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Started by the workbench once it is up. With {@code -Dglossa.probe.result=FILE} and
 * {@code -Dglossa.probe.article=FILE} it runs {@link IdeChecks} the way a user of the IDE would act, writes one line per
 * check and a last line {@code RESULT PASS} or {@code RESULT FAIL} to FILE, optionally keeps the window for
 * {@code -Dglossa.probe.holdSeconds} (a screenshot), and closes the workbench. Without the properties it does nothing.
 */
public class InstallProbe implements IStartup {

    @Override
    public void earlyStartup() {
        String result = System.getProperty("glossa.probe.result");
        String article = System.getProperty("glossa.probe.article");
        if (result == null || article == null) {
            return;
        }
        ProbeReport report = new ProbeReport();
        try {
            new IdeChecks(report, Path.of(article)).run();
        } catch (Throwable t) {
            report.fail("probe", "stopped by " + ProbeReport.describe(t));
        }
        report.writeTo(Path.of(result));
        holdForScreenshot();
        Ui.run(() -> PlatformUI.getWorkbench().close());
    }

    private static void holdForScreenshot() {
        long seconds = Long.getLong("glossa.probe.holdSeconds", 0L);
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
