package glossa.exchange.refiqda;

/** Names of the REFI-QDA (QDA-XML 1.0) exchange format. */
public final class RefiQda {

    public static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    public static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    /** The project file inside a .qdpx archive. */
    public static final String PROJECT_ENTRY = "project.qde";
    /** The folder of internal sources inside a .qdpx archive (the spec writes it in either case; we read both). */
    public static final String SOURCES_FOLDER = "Sources/";
    /** The URL scheme of internal sources: {@code internal://GUID.txt} names {@code Sources/GUID.txt}. */
    public static final String INTERNAL = "internal://";
    public static final String ORIGIN = "Glossa 0.1";

    private RefiQda() {
    }
}
