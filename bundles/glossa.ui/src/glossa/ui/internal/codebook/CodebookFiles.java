package glossa.ui.internal.codebook;

import java.util.List;

import org.eclipse.swt.widgets.FileDialog;

import glossa.exchange.CodebookFormat;
import glossa.exchange.FormatRegistry;

/** The codebook formats of the registry as file dialog filters: what Import and Export of the Codebook view offer. */
final class CodebookFiles {

    private CodebookFiles() {
    }

    static List<CodebookFormat> formats() {
        return FormatRegistry.instance().codebookFormats();
    }

    /** One filter per format, in the registry's order; {@code withAll} puts one for every format first. */
    static void filters(FileDialog dialog, boolean withAll) {
        List<CodebookFormat> formats = formats();
        List<String> extensions = formats.stream().map(f -> "*." + f.extension()).toList();
        List<String> names = formats.stream().map(glossa.ui.internal.nls.Labels::codebookFormat).toList();
        if (withAll) {
            dialog.setFilterExtensions(concat(String.join(";", extensions), extensions));
            dialog.setFilterNames(concat(Messages.Import_allFormats, names));
        } else {
            dialog.setFilterExtensions(extensions.toArray(String[]::new));
            dialog.setFilterNames(names.toArray(String[]::new));
        }
    }

    /** The format of a chosen file: its extension, else the filter chosen in the dialog. */
    static CodebookFormat formatOf(String path, FileDialog dialog, boolean withAll) {
        return FormatRegistry.instance().codebookFormatForFile(path).orElseGet(() -> {
            int index = dialog.getFilterIndex() - (withAll ? 1 : 0);
            return formats().get(Math.max(0, Math.min(index, formats().size() - 1)));
        });
    }

    private static String[] concat(String first, List<String> rest) {
        String[] all = new String[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }
}
