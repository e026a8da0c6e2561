package glossa.ui.internal.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import glossa.ui.internal.nls.Messages;

/** The Section Summary's chart leaving the view: Copy Chart (an image on the clipboard) and Save Chart As… (PNG, SVG). */
final class ChartExport {

    private final SectionChart chart;

    ChartExport(SectionChart chart) {
        this.chart = chart;
    }

    private Point size() {
        Point size = chart.control().getSize();
        return new Point(Math.max(480, size.x), Math.max(240, size.y));
    }

    void copy() {
        if (chart.data() == null) {
            return;
        }
        Point size = size();
        Image image = SectionChart.toImage(chart.control().getDisplay(), chart.data(), size.x, size.y);
        Clipboard clipboard = new Clipboard(chart.control().getDisplay());
        try {
            clipboard.setContents(new Object[] { image.getImageData() }, new Transfer[] { ImageTransfer.getInstance() });
        } finally {
            clipboard.dispose();
            image.dispose();
        }
    }

    void saveAs(Shell shell) {
        if (chart.data() == null) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
        dialog.setFilterNames(new String[] { Messages.SectionSummary_png, Messages.SectionSummary_svg });
        dialog.setFileName(Messages.SectionSummary_fileName);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            save(Path.of(chosen));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.SectionSummary_saveChart,
                    NLS.bind(Messages.SectionSummary_cannotSave, chosen, e.getMessage()));
        }
    }

    /** Writes the chart atomically, as SVG when the name ends in .svg, else as PNG. */
    void save(Path target) throws IOException {
        Point size = size();
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".glossa-chart", ".tmp");
        try {
            if (target.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                Files.writeString(temp, SvgChart.write(chart.data(), size.x, size.y), StandardCharsets.UTF_8);
            } else {
                SectionChart.savePng(chart.control().getDisplay(), chart.data(), size.x, size.y, temp.toString());
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
