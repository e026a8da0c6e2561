package glossa.exchange.formats;

import java.util.List;

import glossa.exchange.ExportFormat;
import glossa.exchange.export.Exporter;
import glossa.exchange.export.MarkdownExporter;

/** Markdown: the quotes per section and type. */
public final class MarkdownFormat implements ExportFormat {

    @Override
    public String id() {
        return "md";
    }

    @Override
    public List<String> aliases() {
        return List.of("markdown");
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public String label() {
        return "Markdown";
    }

    @Override
    public Exporter newExporter() {
        return new MarkdownExporter();
    }
}
