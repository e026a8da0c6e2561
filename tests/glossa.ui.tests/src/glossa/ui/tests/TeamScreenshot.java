package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.SidecarStore;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.team.Author;
import glossa.team.CaseRepository;
import glossa.team.Credentials;
import glossa.ui.internal.team.ShareCaseDialog;

/**
 * The picture of a shared case for the docs ({@code docs/team.png}): the Project Explorer marks the changed article
 * with "> ", and the Share Case dialog is open. Not a test of behaviour (run it by name: {@code -Dtest=TeamScreenshot}).
 */
class TeamScreenshot {

    @TempDir
    Path tmp;

    @Test
    void sharedCase() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("export-controls"));
        for (String name : new String[] { "us-chip-rules.txt", "deepseek-costs.txt" }) {
            Files.writeString(dir.resolve(name), "一、背景\n美国政府讨论技术出口管制。\n", StandardCharsets.UTF_8);
            Document d = GlossaFactory.eINSTANCE.createDocument();
            d.setCodebook(DefaultCodebook.create());
            new SidecarStore().save(d, dir.resolve(name + ".glossa"));
        }
        Path bare = tmp.resolve("remote.git");
        org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(bare.toFile())
                .setInitialBranch(CaseRepository.DEFAULT_BRANCH).call().close();
        CaseRepository.share(dir);
        CaseRepository.sync(dir, bare.toUri().toString(), "first coding", new Author("Anna", ""), Credentials.NONE,
                null);
        Files.writeString(dir.resolve("us-chip-rules.txt"), "一、背景\n美国政府讨论技术出口管制与签证规则。\n",
                StandardCharsets.UTF_8);

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("export-controls");
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
        description.setLocation(IPath.fromOSString(dir.toString()));
        project.create(description, null);
        project.open(null);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setBounds(0, 0, 1200, 700);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        CommonNavigator explorer = (CommonNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().expandAll();
        explorer.getCommonViewer().setSelection(new StructuredSelection(project), true);
        assertTrue(TestSupport.waitUntil(() -> decorated(explorer), 15_000), "the changed article is marked");
        ShareCaseDialog dialog = new ShareCaseDialog(window, project.getName(), bare.toUri().toString());
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setLocation(420, 120);
        TestSupport.processEvents(Display.getCurrent(), 1000);
        EditorTestSupport.saveWindowPng(window, Harness.docs("team.png"));
        dialog.close();
        project.delete(false, true, null);
    }

    private static boolean decorated(CommonNavigator explorer) {
        explorer.getCommonViewer().expandAll();
        for (TreeItem project : explorer.getCommonViewer().getTree().getItems()) {
            for (TreeItem item : project.getItems()) {
                if (item.getText().startsWith("> us-chip-rules.txt")) {
                    return true;
                }
            }
        }
        return false;
    }
}
