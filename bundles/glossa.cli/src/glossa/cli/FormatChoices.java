package glossa.cli;

import java.util.Iterator;
import java.util.List;

import glossa.exchange.ExportFormat;
import glossa.exchange.FormatRegistry;
import glossa.exchange.ImportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The formats of {@link FormatRegistry} on the command line: the ids an option accepts (its shell completion, and its
 * value label in the help, {@code html|md|csv|jsonld}), and the converters from an id to the format. A format
 * registered there is accepted here with no change to the command line.
 */
abstract class FormatChoices implements Iterable<String> {

    abstract List<String> ids();

    @Override
    public Iterator<String> iterator() {
        return ids().iterator();
    }

    static final class Export extends FormatChoices {
        @Override
        List<String> ids() {
            return FormatRegistry.instance().exportFormats().stream().map(ExportFormat::id).toList();
        }
    }

    static final class CaseExport extends FormatChoices {
        @Override
        List<String> ids() {
            return FormatRegistry.instance().caseExportFormats().stream().map(ExportFormat::id).toList();
        }
    }

    static final class Codebook extends FormatChoices {
        @Override
        List<String> ids() {
            return FormatRegistry.instance().codebookFormats().stream().map(glossa.exchange.CodebookFormat::id)
                    .toList();
        }
    }

    static final class Import extends FormatChoices {
        @Override
        List<String> ids() {
            return FormatRegistry.instance().importFormats().stream().map(ImportFormat::id).toList();
        }
    }

    static final class ToExportFormat implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String id) {
            try {
                return FormatRegistry.instance().exportFormat(id);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class ToCaseExportFormat implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String id) {
            try {
                return FormatRegistry.instance().caseExportFormat(id);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class ToImportFormat implements ITypeConverter<ImportFormat> {
        @Override
        public ImportFormat convert(String id) {
            try {
                return FormatRegistry.instance().importFormat(id);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
