package glossa.ide.probe;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.osgi.framework.Bundle;

/**
 * The checks, in the order a user meets them after installing glossa.feature into an IDE: what got installed; a
 * plain .txt still opens in the IDE's text editor; Open With offers the Glossa editor; an annotation made there is
 * saved to a sidecar; the article then opens in Glossa by default; the Glossa perspective shows its views; a file the
 * user associates with the Glossa Article content type opens in Glossa. Platform API only, and the ids the
 * feature promises, so the probe needs no Glossa bundle.
 */
final class IdeChecks {

    static final String EDITOR_ID = "glossa.ui.editor";
    static final String PERSPECTIVE_ID = "glossa.perspective";
    static final String CONTENT_TYPE_ID = "glossa.ui.article";
    private static final String PROJECT = "glossa-install-check";

    private final ProbeReport report;
    private final Path sample;
    private IProject project;

    IdeChecks(ProbeReport report, Path sample) {
        this.report = report;
        this.sample = sample;
    }

    void run() throws Exception {
        checkBundles();
        if (!Ui.waitFor(() -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0, 60)) {
            report.fail("workbench", "no workbench window within 60 s");
            return;
        }
        project = createProject();
        IFile article = copyIntoProject("article.txt", Files.readAllBytes(sample));
        IFile plain = copyIntoProject("plain.txt", "A note that is not an article.\n".getBytes(StandardCharsets.UTF_8));

        IEditorDescriptor before = Ui.call(() -> IDE.getEditorDescriptor(article, true, false));
        report.check(!EDITOR_ID.equals(before.getId()), "not the default for .txt",
                "article.txt without a sidecar opens in " + before.getId());
        checkOpenWithOffersGlossa(article);

        IEditorPart editor = Ui.call(() -> IDE.openEditor(page(), article, EDITOR_ID, true));
        report.check(EDITOR_ID.equals(editor.getSite().getId()), "Open With > Glossa Article Editor",
                "opened " + editor.getSite().getId() + " (" + editor.getClass().getName() + ")");
        annotateAndSave(editor, article);
        Ui.run(() -> page().closeEditor(editor, false));

        IEditorPart reopened = Ui.call(() -> IDE.openEditor(page(), article, true));
        report.check(EDITOR_ID.equals(reopened.getSite().getId()), "default once annotated",
                "article.txt with its sidecar opens in " + reopened.getSite().getId());
        boolean reloaded = Ui.waitFor(() -> glossaAnnotations(reopened) > 0, 30);
        report.check(reloaded, "annotations reloaded", glossaAnnotationsNow(reopened) + " from the sidecar");
        IEditorDescriptor plainEditor = Ui.call(() -> IDE.getEditorDescriptor(plain, true, false));
        report.check(!EDITOR_ID.equals(plainEditor.getId()), "plain .txt untouched",
                "plain.txt opens in " + plainEditor.getId());

        checkPerspective();
        checkContentType();
    }

    private void checkBundles() {
        for (String id : new String[] { "glossa.model", "glossa.core", "glossa.exchange", "glossa.ui" }) {
            Bundle bundle = Platform.getBundle(id);
            report.check(bundle != null && (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
                    "installed " + id, bundle == null ? "missing" : bundle.getVersion() + ", state " + bundle.getState());
        }
        for (String id : new String[] { "glossa.app", "glossa.cli" }) {
            report.check(Platform.getBundle(id) == null, "left out " + id, "only the standalone product has it");
        }
        // What Help > About > Installation Details > Features shows.
        String features = Arrays.stream(Platform.getBundleGroupProviders())
                .flatMap(provider -> Arrays.stream(provider.getBundleGroups()))
                .filter(group -> group.getIdentifier().startsWith("glossa."))
                .map(group -> group.getIdentifier() + " " + group.getVersion() + " \"" + group.getName() + "\"")
                .toList().toString();
        report.check(features.contains("glossa.feature ") && !features.contains("glossa.rcp.feature"),
                "installed feature", features);
    }

    private void checkOpenWithOffersGlossa(IFile article) throws CoreException {
        IContentType type = article.getContentDescription() == null ? null
                : article.getContentDescription().getContentType();
        IEditorDescriptor[] offered = Ui.call(() -> PlatformUI.getWorkbench().getEditorRegistry()
                .getEditors(article.getName(), type));
        report.check(Arrays.stream(offered).anyMatch(d -> EDITOR_ID.equals(d.getId())), "Open With offers Glossa",
                "editors for article.txt: " + Arrays.stream(offered).map(IEditorDescriptor::getId).toList());
    }

    /** Selects the first words of the first real line and runs Annotate As > claim, as Ctrl+1 does; then saves. */
    private void annotateAndSave(IEditorPart editor, IFile article) {
        ITextEditor text = editor.getAdapter(ITextEditor.class);
        Ui.run(() -> {
            IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
            String content = document.get();
            int start = 0;
            for (String line : content.split("\n", -1)) {
                if (line.strip().length() >= 10) {
                    start += line.length() - line.stripLeading().length();
                    break;
                }
                start += line.length() + 1;
            }
            start = Math.min(start, content.length());
            text.selectAndReveal(start, Math.min(6, content.length() - start));
        });
        // The command is enabled once the editor has loaded the annotations (a background job).
        boolean annotated = Ui.waitFor(() -> {
            try {
                ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
                Command annotate = commands.getCommand("glossa.ui.annotate");
                ParameterizedCommand claim = ParameterizedCommand.generateCommand(annotate, Map.of("type", "claim"));
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(claim, null);
                return true;
            } catch (Exception notYet) {
                return false;
            }
        }, 30);
        report.check(annotated && glossaAnnotationsNow(editor) > 0, "annotate in the IDE",
                glossaAnnotationsNow(editor) + " Glossa annotation(s) in the editor");
        Ui.run(() -> editor.doSave(new NullProgressMonitor()));
        IFile sidecar = project.getFile(article.getName() + ".glossa");
        boolean saved = Ui.waitFor(() -> {
            try {
                sidecar.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException e) {
                return false;
            }
            return sidecar.exists() && !editor.isDirty();
        }, 30);
        report.check(saved, "saved to a sidecar", sidecar.getFullPath() + (saved ? " written" : " missing"));
    }

    private void checkPerspective() {
        String shown = Ui.call(() -> {
            IWorkbench workbench = PlatformUI.getWorkbench();
            workbench.showPerspective(PERSPECTIVE_ID, window());
            return page().getPerspective().getId();
        });
        boolean views = Ui.call(() -> page().findView("glossa.ui.views.annotations") != null
                && page().findView("glossa.ui.views.sectionSummary") != null);
        report.check(PERSPECTIVE_ID.equals(shown) && views, "Glossa perspective",
                "active perspective " + shown + (views ? ", Annotations and Section Summary open" : ", views missing"));
    }

    /** A user associates a file name with the Glossa Article content type; the file then opens in Glossa. */
    private void checkContentType() throws CoreException {
        IContentType article = Platform.getContentTypeManager().getContentType(CONTENT_TYPE_ID);
        if (article == null) {
            report.fail("content type", CONTENT_TYPE_ID + " is not registered");
            return;
        }
        article.addFileSpec("notes.txt", IContentType.FILE_NAME_SPEC);
        try {
            IFile notes = copyIntoProject("notes.txt", "Notes.\n".getBytes(StandardCharsets.UTF_8));
            IEditorDescriptor editor = Ui.call(() -> IDE.getEditorDescriptor(notes, true, false));
            report.check(EDITOR_ID.equals(editor.getId()), "content type " + CONTENT_TYPE_ID,
                    "base " + article.getBaseType().getId() + "; notes.txt associated with it opens in "
                            + editor.getId());
        } finally {
            article.removeFileSpec("notes.txt", IContentType.FILE_NAME_SPEC);
        }
    }

    private IProject createProject() throws CoreException {
        IProject created = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!created.exists()) {
            created.create(null);
        }
        created.open(null);
        return created;
    }

    private IFile copyIntoProject(String name, byte[] bytes) throws CoreException {
        IFile file = project.getFile(name);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            if (file.exists()) {
                file.setContents(in, true, false, null);
            } else {
                file.create(in, true, null);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private static IWorkbenchWindow window() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow active = workbench.getActiveWorkbenchWindow();
        return active != null ? active : workbench.getWorkbenchWindows()[0];
    }

    private static IWorkbenchPage page() {
        return window().getActivePage();
    }

    private static int glossaAnnotationsNow(IEditorPart editor) {
        return Ui.call(() -> glossaAnnotations(editor));
    }

    /** Annotations of the Glossa types (glossa.annotation.*) in the editor's annotation model; UI thread. */
    private static int glossaAnnotations(IEditorPart editor) {
        ITextEditor text = editor.getAdapter(ITextEditor.class);
        IAnnotationModel model = text == null ? null
                : text.getDocumentProvider().getAnnotationModel(text.getEditorInput());
        int count = 0;
        if (model != null) {
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                String type = it.next().getType();
                if (type != null && type.startsWith("glossa.annotation.")) {
                    count++;
                }
            }
        }
        return count;
    }
}
