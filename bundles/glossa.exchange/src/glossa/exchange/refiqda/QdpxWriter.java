package glossa.exchange.refiqda;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import glossa.model.Codebook;

/**
 * A {@code .qdpx} archive: {@code project.qde} ({@link QdeWriter}) and each article's text as
 * {@code Sources/<GUID>.txt} in UTF-8 (REFI-QDA 1.5, sections 8 and 9.1.2). Entries carry the export date, so the
 * same export gives the same bytes. The stream is finished, not closed (the caller owns it).
 */
final class QdpxWriter {

    /** REFI-QDA's limit for an internal file (2^31 - 1 bytes, section 8.5). */
    static final long MAX_INTERNAL_FILE = Integer.MAX_VALUE;

    private QdpxWriter() {
    }

    static void write(OutputStream out, String projectName, Codebook codebook, List<QdeWriter.Source> sources,
            Instant date, IProgressMonitor progress) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller closes the stream
            }
        }, StandardCharsets.UTF_8);
        // Fastest deflate: the project file is repetitive XML that compresses well even so, and the export stays
        // within twice the time of the uncompressed JSON-LD export (docs/benchmarks.md).
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(entry(RefiQda.PROJECT_ENTRY, date));
        // The XML is written here while another thread deflates it: compressing 120 MB was half of a large export.
        DeflatingPipe pipe = new DeflatingPipe(zip);
        try {
            new QdeWriter(new glossa.exchange.export.internal.XmlOut(pipe, 4)).write(projectName, codebook, sources,
                    date, progress);
            pipe.close();
        } catch (IOException | RuntimeException | Error e) {
            pipe.abandon();
            throw e;
        }
        zip.closeEntry();
        for (QdeWriter.Source source : sources) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            byte[] text = source.text().getBytes(StandardCharsets.UTF_8);
            if (text.length > MAX_INTERNAL_FILE) {
                throw new IOException(source.name() + " is larger than REFI-QDA allows for a source (2 GB)");
            }
            zip.putNextEntry(entry(RefiQda.SOURCES_FOLDER + QdeWriter.sourceGuid(source.name()) + ".txt", date));
            zip.write(text);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private static ZipEntry entry(String name, Instant date) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(date.toEpochMilli());
        return entry;
    }
}
