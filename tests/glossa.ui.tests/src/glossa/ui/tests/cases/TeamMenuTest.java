package glossa.ui.tests.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.Command;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.DecorationContext;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.SidecarStore;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.team.Author;
import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.team.SyncResult;
import glossa.ui.internal.team.LocalChangesDecorator;
import glossa.ui.tests.TestSupport;

/** The Team menu on a case: commands with their labels, Synchronize through its handler, the decorator. */
class TeamMenuTest {

    private static final String TEXT = "一、背景\n美国政府讨论技术出口管制与签证规则。\n二、对策\n中国企业以开源模型生态应对。\n";

    @TempDir
    Path tmp;
    private IProject project;

    @AfterEach
    void deleteCase() throws Exception {
        if (project != null && project.exists()) {
            project.delete(false, true, null);
        }
    }

    @Test
    void theTeamCommandsExistWithTheirLabelsAndHandlers() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (String[] idAndName : new String[][] { { "glossa.ui.commands.shareCase", "Share Case..." },
                { "glossa.ui.commands.commitCase", "Commit..." },
                { "glossa.ui.commands.synchronizeCase", "Synchronize" } }) {
            Command command = commands.getCommand(idAndName[0]);
            assertTrue(command.isDefined(), idAndName[0]);
            assertEquals(idAndName[1], assertDoesNotThrow(command::getName), "the %key resolved");
            assertTrue(command.isHandled(), idAndName[0] + " has a handler");
        }
    }

    @Test
    void synchronizeMergesACoworkersAnnotationsIntoTheCaseAndTheDecoratorMarksLocalChanges() throws Exception {
        String remote = bareRemote();
        Path seed = caseFolder(tmp.resolve("seed"));
        CaseRepository.share(seed);
        assertEquals(SyncResult.Status.SYNCHRONIZED,
                CaseRepository.sync(seed, remote, "seed", new Author("Seed", ""), Credentials.NONE, null).status());
        Path mine = tmp.resolve("mine");
        CaseRepository.clone(remote, mine, Credentials.NONE, null);
        annotate(seed, "theirs", "开源模型");
        assertEquals(SyncResult.Status.SYNCHRONIZED,
                CaseRepository.sync(seed, null, null, new Author("Coworker", ""), Credentials.NONE, null).status());

        project = openProject(mine);
        IFile article = project.getFile("article.txt");
        annotate(mine, "mine", "技术出口管制");
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        LocalChangesDecorator decorator = new LocalChangesDecorator();
        try {
            assertTrue(TestSupport.waitUntil(() -> prefix(decorator, article).equals("> "), 10_000),
                    "the changed article is marked");

            List<String> shown = new ArrayList<>();
            closeResultDialogs(shown);
            IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            IEvaluationContext context = new EvaluationContext(handlers.getCurrentState(), project);
            context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(project));
            handlers.executeCommandInContext(
                    new org.eclipse.core.commands.ParameterizedCommand(PlatformUI.getWorkbench()
                            .getService(ICommandService.class).getCommand("glossa.ui.commands.synchronizeCase"),
                            null), null, context);
            assertTrue(TestSupport.waitUntil(() -> !shown.isEmpty(), 60_000), "the job reports its outcome");
            assertTrue(shown.get(0).startsWith("Synchronized case"), shown.get(0));

            Document merged = new SidecarStore().load(mine.resolve("article.txt.glossa"));
            assertEquals(Set.of("theirs", "mine"), ids(merged));
            assertTrue(TestSupport.waitUntil(() -> prefix(decorator, article).isEmpty(), 10_000),
                    "after the sync nothing is left to commit");
        } finally {
            decorator.dispose();
        }
    }

    private static <T> T assertDoesNotThrow(org.junit.jupiter.api.function.ThrowingSupplier<T> supplier) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(supplier);
    }

    /** Closes the result dialog as soon as it opens (it is modal), keeping its message. */
    private static void closeResultDialogs(List<String> shown) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && shell.getText().startsWith("Team:")) {
                    shown.add(labels(shell));
                    shell.close();
                    return;
                }
            }
            display.timerExec(50, poll[0]);
        };
        display.timerExec(50, poll[0]);
    }

    private static String labels(Control control) {
        StringBuilder text = new StringBuilder();
        if (control instanceof Label label && label.getText() != null && !label.getText().isEmpty()) {
            text.append(label.getText());
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                text.append(labels(child));
            }
        }
        return text.toString();
    }

    private static String prefix(LocalChangesDecorator decorator, IFile file) {
        StringBuilder prefix = new StringBuilder();
        decorator.decorate(file, new IDecoration() {
            @Override public void addPrefix(String p) { prefix.append(p); }
            @Override public void addSuffix(String s) { }
            @Override public void addOverlay(ImageDescriptor o) { }
            @Override public void addOverlay(ImageDescriptor o, int q) { }
            @Override public void setForegroundColor(org.eclipse.swt.graphics.Color c) { }
            @Override public void setBackgroundColor(org.eclipse.swt.graphics.Color c) { }
            @Override public void setFont(org.eclipse.swt.graphics.Font f) { }
            @Override public org.eclipse.jface.viewers.IDecorationContext getDecorationContext() {
                return DecorationContext.DEFAULT_CONTEXT;
            }
        });
        return prefix.toString();
    }

    private String bareRemote() throws Exception {
        Path bare = tmp.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch(CaseRepository.DEFAULT_BRANCH).call()
                .close();
        return bare.toUri().toString();
    }

    private static Path caseFolder(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("article.txt"), TEXT, StandardCharsets.UTF_8);
        Document d = GlossaFactory.eINSTANCE.createDocument();
        d.setCodebook(DefaultCodebook.create());
        new SidecarStore().save(d, dir.resolve("article.txt.glossa"));
        return dir;
    }

    private static void annotate(Path dir, String id, String quote) throws Exception {
        SidecarStore store = new SidecarStore();
        Document d = store.load(dir.resolve("article.txt.glossa"));
        int begin = TEXT.indexOf(quote);
        Annotation a = AnnotationFactory.create(TEXT, Codebooks.find(d.getCodebook(), "claim").orElseThrow(), begin,
                begin + quote.length(), id);
        a.setId(id);
        d.getAnnotations().add(a);
        store.save(d, dir.resolve("article.txt.glossa"));
    }

    private static Set<String> ids(Document d) {
        return d.getAnnotations().stream().map(Annotation::getId).collect(java.util.stream.Collectors.toSet());
    }

    private static IProject openProject(Path dir) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("team-" + System.nanoTime());
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
        description.setLocation(IPath.fromOSString(dir.toString()));
        project.create(description, null);
        project.open(null);
        assertNotNull(project.getLocation());
        return project;
    }
}
