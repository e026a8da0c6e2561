package glossa.core.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.xmi.XMLResource;

import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.AtomicFileWriter;
import glossa.core.io.GlossaResources;
import glossa.core.io.SidecarException;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaPackage;

/**
 * The codebook shared by all articles of a case (a project folder), kept in {@link #FILE_NAME} at the case root.
 *
 * <p>Each article's document still carries its own codebook (so a sidecar stays readable alone); on open the two are
 * merged by {@link CodebookMerge}. A document {@link #connect connected} to the case codebook passes every type
 * added to it, every change of a type's presentation or place (nesting), and the attribute definitions set on a type,
 * on to the case codebook, which is then saved and merged
 * into every other connected document: a type added in one article becomes available in all.</p>
 *
 * <p>The file is XMI with a {@link Codebook} root, read with the same safe parser settings as sidecars (no DTD, no
 * external entities) and written atomically. A file that cannot be read is never written over: {@link #load} fails.
 * Thread-safe: articles of a case are loaded in parallel.</p>
 */
public final class CaseCodebook {

    /** The file at the case root; hidden from the Project Explorer like the sidecars. */
    public static final String FILE_NAME = ".glossa-codebook.xmi";

    private static final Set<EStructuralFeature> PRESENTATION = Set.of(GlossaPackage.Literals.ANNOTATION_TYPE__NAME,
            GlossaPackage.Literals.ANNOTATION_TYPE__COLOR, GlossaPackage.Literals.ANNOTATION_TYPE__SHORTCUT,
            GlossaPackage.Literals.ANNOTATION_TYPE__DESCRIPTION, GlossaPackage.Literals.ANNOTATION_TYPE__STYLE,
            GlossaPackage.Literals.ANNOTATION_TYPE__RETIRED);

    private final Path file;
    private final Codebook codebook;
    private final AtomicFileWriter writer = new AtomicFileWriter();
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private volatile IOException lastSaveError;
    private boolean propagating;
    /** {@link #fingerprint} of the file as last read or written here. */
    private long seen;

    private CaseCodebook(Path file, Codebook codebook, long seen) {
        this.file = file;
        this.codebook = codebook;
        this.seen = seen;
    }

    public static Path fileOf(Path caseRoot) {
        return caseRoot.resolve(FILE_NAME);
    }

    /**
     * The case codebook of {@code caseRoot}: read from its file, or the {@link DefaultCodebook} when there is none
     * yet (the file is written on the first {@link #save}).
     *
     * @throws SidecarException when the file exists but is not a readable codebook (it is left untouched)
     */
    public static CaseCodebook load(Path caseRoot) throws IOException {
        GlossaResources.register();
        Path file = fileOf(caseRoot);
        if (!Files.exists(file)) {
            Codebook fresh = DefaultCodebook.create();
            attach(fresh, file);
            return new CaseCodebook(file, fresh, 0);
        }
        byte[] bytes = Files.readAllBytes(file);
        return new CaseCodebook(file, read(file, bytes), fingerprint(bytes));
    }

    /** The codebook a case codebook file holds; refuses anything else, naming the file and line. */
    private static Codebook read(Path file, byte[] bytes) throws IOException {
        XMLResource resource = GlossaResources.newResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(new ByteArrayInputStream(bytes), null);
        } catch (IOException | RuntimeException e) {
            throw new SidecarException(file, 1, 1, "not a readable case codebook: " + e.getMessage(), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new SidecarException(file, resource.getErrors().get(0).getLine(),
                    resource.getErrors().get(0).getColumn(), resource.getErrors().get(0).getMessage(), null);
        }
        if (!CodebookFileMerge.isCodebookFile(resource)) {
            throw new SidecarException(file, 1, 1, "holds no Glossa codebook", null);
        }
        return (Codebook) resource.getContents().get(0);
    }

    /** What the file held when this codebook last read or wrote it; 0 for no file. */
    private static long fingerprint(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return (long) bytes.length << 32 ^ crc.getValue() | 1L << 63;
    }

    private static void attach(Codebook codebook, Path file) {
        GlossaResources.newResource(URI.createFileURI(file.toAbsolutePath().toString())).getContents().add(codebook);
    }

    public Path file() {
        return file;
    }

    /** The shared codebook itself; change it only through this class, which keeps it thread-safe. */
    public Codebook codebook() {
        return codebook;
    }

    /**
     * The field conflicts a Git merge of the file recorded ({@link CodebookFileMerge}): both coders changed one
     * field of a type differently; the file keeps the first value. A snapshot.
     */
    public synchronized List<glossa.model.MergeConflict> conflicts() {
        return codebook.eResource().getContents().stream().filter(glossa.model.MergeConflict.class::isInstance)
                .map(glossa.model.MergeConflict.class::cast).toList();
    }

    /** A snapshot of the type ids, depth first (retired included). */
    public synchronized List<String> typeIds() {
        return Codebooks.allTypes(codebook).stream().map(AnnotationType::getId).toList();
    }

    /** Merges the case codebook and the document's (see {@link CodebookMerge}); saving is the caller's business. */
    public synchronized CodebookMerge.Result mergeInto(Document document) {
        if (document.getCodebook() == null) {
            document.setCodebook(org.eclipse.emf.ecore.util.EcoreUtil.copy(codebook));
            return new CodebookMerge.Result(List.of(), typeIds(), List.of(), false);
        }
        return CodebookMerge.merge(codebook, document.getCodebook());
    }

    /** A copy of the shared codebook as it is now, to read or write out on any thread. */
    public synchronized Codebook snapshot() {
        return org.eclipse.emf.ecore.util.EcoreUtil.copy(codebook);
    }

    /**
     * Changes the shared codebook from outside any article (a codebook import into the case) and merges the result
     * into every connected document, as a type added in one article reaches the others. Returns what {@code edit}
     * returns; {@link #save} afterwards. Call from the thread that owns the connected documents (the UI thread).
     */
    public synchronized <T> T edit(java.util.function.Function<Codebook, T> edit) {
        propagating = true;
        try {
            T result = edit.apply(codebook);
            for (Connection connection : connections) {
                mergeInto(connection.document);
            }
            return result;
        } finally {
            propagating = false;
        }
    }

    /**
     * Writes the case codebook atomically. When another writer changed the file since it was read here (a colleague's
     * save in a synced folder, a git pull), their types are taken in first, so the write never loses one; a file that
     * is no longer a readable codebook is never overwritten.
     *
     * @throws SidecarException when the file changed on disk into something that is not a readable case codebook
     */
    public synchronized void save() throws IOException {
        if (Files.exists(file)) {
            byte[] onDisk = Files.readAllBytes(file);
            if (fingerprint(onDisk) != seen) {
                Codebook theirs = read(file, onDisk);
                CodebookMerge.copyMissing(theirs, codebook);
            }
        }
        byte[] bytes = GlossaResources.toBytes((XMLResource) codebook.eResource(), 8 * 1024);
        writer.write(file, bytes);
        seen = fingerprint(bytes);
    }

    /** The error of the last save triggered by a connected document, or null when it succeeded. */
    public IOException lastSaveError() {
        return lastSaveError;
    }

    /**
     * Merges the case codebook into {@code document} and keeps them in step from now on: types added to the
     * document's codebook (and changes to a type's name, colour, shortcut, style, description or retired flag) go to
     * the case codebook, which is then saved through {@code saver} and merged into every other connected document.
     * Call from the thread that owns the document (the UI thread in the workbench).
     */
    public Connection connect(Document document, Executor saver) {
        Connection connection = new Connection(document, saver);
        synchronized (this) {
            propagating = true;
            try {
                mergeInto(document);
            } finally {
                propagating = false;
            }
        }
        document.eAdapters().add(connection.adapter);
        connections.add(connection);
        return connection;
    }

    private void documentChanged(Connection source, Notification notification) {
        boolean caseChanged;
        synchronized (this) {
            if (propagating) {
                return;
            }
            Object feature = notification.getFeature();
            Object notifier = notification.getNotifier();
            boolean typeAdded = (feature == GlossaPackage.Literals.CODEBOOK__TYPES
                    || feature == GlossaPackage.Literals.ANNOTATION_TYPE__CHILDREN
                    || feature == GlossaPackage.Literals.DOCUMENT__CODEBOOK)
                    && (notification.getEventType() == Notification.ADD
                            || notification.getEventType() == Notification.ADD_MANY
                            || notification.getEventType() == Notification.SET);
            boolean presentation = notifier instanceof AnnotationType && PRESENTATION.contains(feature)
                    && notification.getEventType() == Notification.SET;
            boolean attributes = notifier instanceof AnnotationType
                    && feature == GlossaPackage.Literals.ANNOTATION_TYPE__ATTRIBUTES
                    && (notification.getEventType() == Notification.ADD
                            || notification.getEventType() == Notification.ADD_MANY);
            if (!typeAdded && !presentation && !attributes) {
                return;
            }
            propagating = true;
            try {
                caseChanged = false;
                if (typeAdded) {
                    // A type moved in the article (nested, or taken to the top level) moves in the case too.
                    caseChanged = placeInCase(source.document.getCodebook(), notification);
                }
                if (attributes) {
                    AnnotationType local = (AnnotationType) notifier;
                    AnnotationType shared = CodebookMerge.byId(codebook).get(local.getId());
                    if (shared != null) {
                        caseChanged |= CodebookMerge.applyDefinitions(local, shared);
                        caseChanged |= CodebookMerge.uniteAttributes(local, shared);
                    }
                }
                if (presentation) {
                    AnnotationType local = (AnnotationType) notifier;
                    AnnotationType shared = CodebookMerge.byId(codebook).get(local.getId());
                    if (shared != null) {
                        caseChanged = CodebookMerge.applyPresentation(local, shared);
                    }
                }
                Codebook local = source.document.getCodebook();
                if (local != null) {
                    caseChanged |= !CodebookMerge.copyMissing(local, codebook).isEmpty();
                }
                if (caseChanged) {
                    for (Connection other : connections) {
                        if (other != source) {
                            mergeInto(other.document);
                        }
                    }
                }
            } finally {
                propagating = false;
            }
        }
        if (caseChanged) {
            source.saver.execute(() -> {
                try {
                    save();
                    lastSaveError = null;
                } catch (IOException e) {
                    lastSaveError = e;
                }
            });
        }
    }

    /** Places the case's counterparts of the types a notification added like the article places them. */
    private boolean placeInCase(Codebook local, Notification notification) {
        if (local == null) {
            return false;
        }
        List<?> added = notification.getNewValue() instanceof List<?> many ? many
                : notification.getNewValue() == null ? List.of() : List.of(notification.getNewValue());
        java.util.Map<String, AnnotationType> shared = CodebookMerge.byId(codebook);
        boolean moved = false;
        for (Object value : added) {
            if (value instanceof AnnotationType type && type.getId() != null && shared.containsKey(type.getId())) {
                moved |= CodebookMerge.place(shared.get(type.getId()), CodebookMerge.parentIn(type, shared),
                        type.eContainer() instanceof AnnotationType, codebook);
            }
        }
        return moved;
    }

    /** The link between one open document and the case codebook; {@link #close} it when the document closes. */
    public final class Connection implements AutoCloseable {

        private final Document document;
        private final Executor saver;
        private final EContentAdapter adapter = new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (!notification.isTouch()) {
                    documentChanged(Connection.this, notification);
                }
            }

            @Override
            protected void addAdapter(org.eclipse.emf.common.notify.Notifier notifier) {
                // Only the codebook matters: do not walk 100,000 annotations.
                if (notifier instanceof Document || notifier instanceof Codebook || notifier instanceof AnnotationType) {
                    super.addAdapter(notifier);
                }
            }
        };

        private Connection(Document document, Executor saver) {
            this.document = document;
            this.saver = saver;
        }

        public Document document() {
            return document;
        }

        @Override
        public void close() {
            document.eAdapters().remove(adapter);
            connections.remove(this);
        }
    }
}
