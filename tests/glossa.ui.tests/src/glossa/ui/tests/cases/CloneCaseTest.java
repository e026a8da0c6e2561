package glossa.ui.tests.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.SidecarStore;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.team.Author;
import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.team.SyncResult;
import glossa.ui.internal.team.CloneCaseDialog;
import glossa.ui.internal.team.CloneCaseHandler;
import glossa.ui.internal.team.DialogCredentialsProvider;
import glossa.ui.tests.TestSupport;

/** Team > Clone Case…: the command, its dialog's checks, the job that clones and opens the case, the prompt. */
class CloneCaseTest {

    @TempDir
    Path tmp;
    private final List<IProject> created = new ArrayList<>();

    @AfterEach
    void deleteCases() throws Exception {
        for (IProject project : created) {
            if (project.exists()) {
                project.delete(false, true, null);
            }
        }
    }

    @Test
    void theCloneCommandExistsWithItsLabelAndHandler() {
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
                .getCommand("glossa.ui.commands.cloneCase");
        assertTrue(command.isDefined());
        assertEquals("Clone Case...", org.junit.jupiter.api.Assertions.assertDoesNotThrow(command::getName));
        assertTrue(command.isHandled());
    }

    @Test
    void theJobClonesTheRemoteAndOpensItAsACase() throws Exception {
        String remote = seededRemote();
        Path folder = tmp.resolve("clones/export-controls");
        String name = "clone-" + System.nanoTime();
        List<String> shown = new ArrayList<>();
        closeShell(title -> title.startsWith("Team:"), shell -> shown.add(shell.getText()));
        Job job = CloneCaseHandler.job(remote, name, folder, Credentials.NONE);
        job.schedule();
        assertTrue(TestSupport.waitUntil(() -> job.getResult() != null, 60_000), "the clone finishes");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        created.add(project);
        assertTrue(project.isOpen());
        assertEquals(folder, project.getLocation().toFile().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        assertTrue(project.getFile("article.txt").exists());
        assertTrue(project.getFile("article.txt.glossa").exists());
        assertTrue(CaseRepository.isShared(folder));
        assertEquals(remote, CaseRepository.remoteUrl(folder));
        assertTrue(Files.readString(folder.resolve(".gitattributes")).contains("*.glossa merge=glossa"));
        assertTrue(TestSupport.waitUntil(() -> !shown.isEmpty(), 10_000), "the outcome is shown");
    }

    @Test
    void theDialogSuggestsNameAndFolderAndRefusesAFullFolderOrATakenName() throws Exception {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        CloneCaseDialog dialog = new CloneCaseDialog(window);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertNotNull(dialog.problem(), "an empty form cannot start");
            assertFalse(dialog.canClone());
            String unique = "policy-case-" + System.nanoTime();
            dialog.fillIn("ssh://git@example.org/team/" + unique + ".git", null, null);
            assertNull(dialog.problem(), "the name and folder follow the URL");
            assertTrue(dialog.canClone());
            assertTrue(texts(dialog.getShell()).contains(unique), "name suggested from the URL: "
                    + texts(dialog.getShell()));
            assertTrue(texts(dialog.getShell()).contains(ResourcesPlugin.getWorkspace().getRoot().getLocation()
                    .append(unique).toOSString()), "folder in the workspace");

            Path full = Files.createDirectories(tmp.resolve("full"));
            Files.writeString(full.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
            dialog.fillIn("git@example.org:team/other.git", "other-" + System.nanoTime(), full.toString());
            assertTrue(dialog.problem().contains("not empty"), dialog.problem());
            assertFalse(dialog.canClone());

            IProject taken = ResourcesPlugin.getWorkspace().getRoot().getProject("taken-" + System.nanoTime());
            taken.create(null);
            created.add(taken);
            dialog.fillIn("https://example.org/team/x.git", taken.getName(), tmp.resolve("fresh").toString());
            assertTrue(dialog.problem().contains("already exists"), dialog.problem());

            dialog.fillIn("https://example.org/team/x.git", "x-" + System.nanoTime(), "relative/path");
            assertNotNull(dialog.problem(), "a relative folder is refused");
        } finally {
            dialog.close();
        }
    }

    @Test
    void theHostKeyQuestionIsAskedInADialogFromTheJobsThread() throws Exception {
        DialogCredentialsProvider prompt = new DialogCredentialsProvider(Display.getCurrent(), "ssh://git@127.0.0.1/x");
        CredentialItem.InformationalMessage info = new CredentialItem.InformationalMessage(
                "The authenticity of host '127.0.0.1' cannot be established.");
        CredentialItem.YesNoType accept = new CredentialItem.YesNoType("Accept and store this key, and continue?");
        AtomicReference<String> asked = new AtomicReference<>();
        closeShell(title -> title.equals("Git: 127.0.0.1"), shell -> {
            asked.set(texts(shell));
            press(shell, IDialogConstants.YES_LABEL);
        });
        AtomicReference<Boolean> answered = new AtomicReference<>();
        Thread job = new Thread(() -> answered.set(prompt.get(new URIish().setHost("127.0.0.1"), info, accept)));
        job.start();
        assertTrue(TestSupport.waitUntil(() -> answered.get() != null, 20_000), "the question was answered");
        assertTrue(answered.get());
        assertTrue(accept.getValue(), "Yes was pressed");
        assertTrue(asked.get().contains("authenticity of host '127.0.0.1'"), asked.get());
    }

    @Test
    void aUserAndPasswordAreAskedInADialogAndHandedToGit() throws Exception {
        DialogCredentialsProvider prompt = new DialogCredentialsProvider(Display.getCurrent(),
                "https://git.example.org/team/case.git");
        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();
        closeShell(title -> title.equals("Git: git.example.org"), shell -> {
            List<Text> fields = new ArrayList<>();
            collect(shell, Text.class, fields);
            fields.removeIf(t -> !t.getEditable()); // the title area's message is a read-only Text
            fields.get(0).setText("anna");
            fields.get(fields.size() - 1).setText("tok-123");
            press(shell, IDialogConstants.OK_LABEL);
        });
        AtomicReference<Boolean> answered = new AtomicReference<>();
        new Thread(() -> answered.set(prompt.get(new URIish().setHost("git.example.org"), user, password))).start();
        assertTrue(TestSupport.waitUntil(() -> answered.get() != null, 20_000));
        assertTrue(answered.get());
        assertEquals("anna", user.getValue());
        assertArrayEquals("tok-123".toCharArray(), password.getValue());
    }

    /** A bare remote holding a shared case with one article and its sidecar; its file:// URL. */
    private String seededRemote() throws Exception {
        Path bare = tmp.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch(CaseRepository.DEFAULT_BRANCH).call()
                .close();
        Path seed = Files.createDirectories(tmp.resolve("seed"));
        Files.writeString(seed.resolve("article.txt"), "一、背景\n美国政府讨论技术出口管制。\n", StandardCharsets.UTF_8);
        Document d = GlossaFactory.eINSTANCE.createDocument();
        d.setCodebook(DefaultCodebook.create());
        new SidecarStore().save(d, seed.resolve("article.txt.glossa"));
        CaseRepository.share(seed);
        SyncResult result = CaseRepository.sync(seed, bare.toUri().toString(), "seed", new Author("Anna", ""),
                Credentials.NONE, null);
        assertEquals(SyncResult.Status.SYNCHRONIZED, result.status(), result.message());
        return bare.toUri().toString();
    }

    /** Handles the first visible shell whose title matches, as soon as it opens (dialogs are modal). */
    private static void closeShell(Predicate<String> title, java.util.function.Consumer<Shell> handle) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && title.test(shell.getText())) {
                    handle.accept(shell);
                    if (!shell.isDisposed()) {
                        shell.close();
                    }
                    return;
                }
            }
            display.timerExec(50, poll[0]);
        };
        display.timerExec(50, poll[0]);
    }

    private static void press(Shell shell, String label) {
        List<Button> buttons = new ArrayList<>();
        collect(shell, Button.class, buttons);
        for (Button button : buttons) {
            if (label.equals(button.getText())) {
                button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                return;
            }
        }
        throw new AssertionError("no button " + label);
    }

    private static <T extends Control> void collect(Control control, Class<T> kind, List<T> found) {
        if (kind.isInstance(control)) {
            found.add(kind.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, kind, found);
            }
        }
    }

    private static String texts(Control control) {
        StringBuilder text = new StringBuilder();
        if (control instanceof Text t) {
            text.append(t.getText()).append('\n');
        } else if (control instanceof org.eclipse.swt.widgets.Label l) {
            text.append(l.getText()).append('\n');
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                text.append(texts(child));
            }
        }
        return text.toString();
    }
}
