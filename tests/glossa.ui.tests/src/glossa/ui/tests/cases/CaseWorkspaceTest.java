package glossa.ui.tests.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.CheckConditionsOperation;
import org.eclipse.ltk.core.refactoring.PerformRefactoringOperation;
import org.eclipse.ltk.core.refactoring.resource.DeleteResourcesDescriptor;
import org.eclipse.ltk.core.refactoring.resource.MoveResourcesDescriptor;
import org.eclipse.ltk.core.refactoring.resource.RenameResourceDescriptor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.cases.CaseCodebook;
import glossa.core.cases.CaseMatrix;
import glossa.core.codebook.Codebooks;
import glossa.core.io.ArticleStore;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.GlossaFactory;
import glossa.ui.internal.cases.CaseCodebooks;
import glossa.ui.internal.cases.CaseResources;
import glossa.ui.internal.views.CaseSummaryView;
import glossa.ui.internal.cases.SidecarFollower;
import glossa.ui.tests.TestSupport;

/** Cases in a real workspace: sidecars follow their articles, the codebook is shared, the Case Summary counts. */
class CaseWorkspaceTest {

    private static final String TEXT = "标题\n一、背景\n美国政府讨论技术出口管制与签证规则。\n二、对策\n中国企业以开源模型生态应对。\n";

    private IProject project;

    @BeforeAll
    static void startFollower() {
        SidecarFollower.install();
    }

    @BeforeEach
    void createCase() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("case-" + System.nanoTime());
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void deleteCase() throws CoreException {
        waitForFollower();
        project.delete(true, true, null);
    }

    /** Writes an article with {@code claims} claims through the core store, as the editor would, then refreshes. */
    private IFile article(String path, int claims) throws CoreException, IOException {
        IFile file = project.getFile(path);
        if (file.getParent() instanceof IFolder folder && !folder.exists()) {
            folder.create(true, true, null);
        }
        // Texts differ per article: a byte-identical new file counts as a copy (see SidecarFollower).
        file.create(new ByteArrayInputStream((path + "\n" + TEXT).getBytes(StandardCharsets.UTF_8)), true, null);
        waitForFollower();
        ArticleStore store = new ArticleStore();
        AnnotatedArticle article = store.open(location(file), null);
        AnnotationType claim = Codebooks.find(article.document().getCodebook(), "claim").orElseThrow();
        for (int i = 0; i < claims; i++) {
            int begin = article.text().indexOf(i % 2 == 0 ? "技术出口管制" : "开源模型");
            var annotation = AnnotationFactory.create(article.text(), claim, begin, begin + (i % 2 == 0 ? 6 : 4), "ana");
            annotation.setStatus(i % 2 == 0 ? AnnotationStatus.CONFIRMED : AnnotationStatus.SUGGESTED);
            article.document().getAnnotations().add(annotation);
        }
        store.save(article, false, null);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        waitForFollower();
        return file;
    }

    private static Path location(IResource resource) {
        return resource.getLocation().toFile().toPath();
    }

    private static IFile sidecar(IFile article) {
        return article.getParent().getFile(org.eclipse.core.runtime.IPath.fromPortableString(article.getName() + ".glossa"));
    }

    private static byte[] bytes(IFile file) throws CoreException, IOException {
        try (InputStream in = file.getContents(true)) {
            return in.readAllBytes();
        }
    }

    private static void waitForFollower() {
        try {
            Job.getJobManager().join(SidecarFollower.FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void perform(Refactoring refactoring) throws CoreException {
        PerformRefactoringOperation operation = new PerformRefactoringOperation(refactoring,
                CheckConditionsOperation.ALL_CONDITIONS);
        ResourcesPlugin.getWorkspace().run(operation, null);
        assertFalse(operation.getConditionStatus() != null && operation.getConditionStatus().hasFatalError(),
                String.valueOf(operation.getConditionStatus()));
        waitForFollower();
    }

    @Test
    void renameInTheProjectExplorerRenamesTheSidecar() throws Exception {
        IFile a = article("proposal.txt", 3);
        byte[] annotations = bytes(sidecar(a));
        RenameResourceDescriptor descriptor = (RenameResourceDescriptor) RefactoringCore
                .getRefactoringContribution(RenameResourceDescriptor.ID).createDescriptor();
        descriptor.setResourcePath(a.getFullPath());
        descriptor.setNewName("proposal-v2.txt");
        perform(descriptor.createRefactoring(new RefactoringStatus()));

        IFile renamed = project.getFile("proposal-v2.txt");
        assertTrue(renamed.exists());
        assertFalse(sidecar(a).exists());
        assertArrayEquals(annotations, bytes(sidecar(renamed)));
        assertEquals(3, new ArticleStore().open(location(renamed), null).document().getAnnotations().size());
    }

    @Test
    void moveInTheProjectExplorerMovesTheSidecar() throws Exception {
        IFile a = article("reply.md", 2);
        byte[] annotations = bytes(sidecar(a));
        IFolder responses = project.getFolder("responses");
        responses.create(true, true, null);
        MoveResourcesDescriptor descriptor = (MoveResourcesDescriptor) RefactoringCore
                .getRefactoringContribution(MoveResourcesDescriptor.ID).createDescriptor();
        descriptor.setResourcesToMove(new IResource[] { a });
        descriptor.setDestination(responses);
        perform(descriptor.createRefactoring(new RefactoringStatus()));

        IFile moved = responses.getFile("reply.md");
        assertTrue(moved.exists());
        assertFalse(sidecar(a).exists());
        assertArrayEquals(annotations, bytes(sidecar(moved)));
    }

    @Test
    void aPlainMoveOrRenameByAnotherToolIsFollowedByTheListener() throws Exception {
        IFile a = article("notes.txt", 1);
        byte[] annotations = bytes(sidecar(a));
        IFolder archive = project.getFolder("archive");
        archive.create(true, true, null);
        a.move(archive.getFullPath().append("old-notes.txt"), true, null); // drag and drop, other plug-ins
        waitForFollower();

        IFile moved = archive.getFile("old-notes.txt");
        assertFalse(sidecar(a).exists());
        assertArrayEquals(annotations, bytes(sidecar(moved)));
    }

    @Test
    void aCopyGetsACopyOfTheSidecar() throws Exception {
        IFile a = article("proposal.txt", 2);
        byte[] annotations = bytes(sidecar(a));
        a.copy(project.getFullPath().append("proposal-copy.txt"), true, null); // Copy/Paste in the explorer
        waitForFollower();

        assertTrue(sidecar(a).exists(), "the original keeps its sidecar");
        assertArrayEquals(annotations, bytes(sidecar(project.getFile("proposal-copy.txt"))));
    }

    @Test
    void deleteInTheWorkbenchDeletesTheSidecarButAnotherToolsDeleteKeepsIt() throws Exception {
        IFile a = article("a.txt", 1);
        DeleteResourcesDescriptor descriptor = (DeleteResourcesDescriptor) RefactoringCore
                .getRefactoringContribution(DeleteResourcesDescriptor.ID).createDescriptor();
        descriptor.setResourcePaths(new org.eclipse.core.runtime.IPath[] { a.getFullPath() });
        perform(descriptor.createRefactoring(new RefactoringStatus()));
        assertFalse(a.exists());
        assertFalse(sidecar(a).exists());

        IFile b = article("b.txt", 1);
        b.delete(true, null);
        waitForFollower();
        assertTrue(sidecar(b).exists(), "never lose annotations to a delete Glossa did not see");
    }

    @Test
    void theProjectExplorerHidesSidecarsAndTheCaseCodebook() throws Exception {
        article("a.txt", 1);
        project.getFile(CaseCodebook.FILE_NAME).create(new ByteArrayInputStream(new byte[0]), true, null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().refresh();
        explorer.getCommonViewer().expandToLevel(project, 1);
        TestSupport.processEvents(Display.getCurrent(), 200);
        List<String> shown = new ArrayList<>();
        for (TreeItem item : explorer.getCommonViewer().getTree().getItems()) {
            if (item.getData() == project) {
                for (TreeItem child : item.getItems()) {
                    shown.add(child.getText());
                }
            }
        }
        assertTrue(shown.contains("a.txt"), shown.toString());
        assertFalse(shown.contains("a.txt.glossa"), shown.toString());
        assertFalse(shown.contains(CaseCodebook.FILE_NAME), shown.toString());
    }

    @Test
    void aTypeAddedInOneArticleIsAvailableInTheOther() throws Exception {
        IFile a = article("a.txt", 1);
        IFile b = article("b.txt", 1);
        ArticleStore store = new ArticleStore();
        AnnotatedArticle first = store.open(location(a), null);
        AnnotatedArticle second = store.open(location(b), null);
        CaseCodebook codebook = CaseCodebooks.of(project);
        codebook.connect(first.document(), Runnable::run);
        codebook.connect(second.document(), Runnable::run);

        AnnotationType frame = GlossaFactory.eINSTANCE.createAnnotationType();
        frame.setId("frame");
        frame.setName("Frame");
        frame.setColor("#AA00AA");
        first.document().getCodebook().getTypes().add(frame);

        assertTrue(Codebooks.find(second.document().getCodebook(), "frame").isPresent());
        assertTrue(CaseCodebook.load(location(project)).typeIds().contains("frame"));
        project.refreshLocal(IResource.DEPTH_ONE, null);
        assertTrue(project.getFile(CaseCodebook.FILE_NAME).exists());
    }

    @Test
    void theCaseSummaryCountsTheSelectedCaseAndFilters() throws Exception {
        article("a.txt", 4);
        article("sub/b.txt", 3);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CaseSummaryView view = (CaseSummaryView) page.showView(CaseSummaryView.ID);
        view.show(project);
        CaseMatrix table = await(view, 7);
        assertEquals(2, table.rowCount());
        assertEquals(4, table.count(0, table.column("claim")));
        assertEquals(3, table.count(1, table.column("claim")));
        assertTrue(view.entries().isEmpty(), "the per-type list waits until a type is chosen");
        view.listType("claim");
        awaitEntries(view, 7);
        assertEquals("背景", view.entries().get(0).sectionTitle());

        view.setFilter("", AnnotationStatus.SUGGESTED, "");
        CaseMatrix suggested = await(view, 2 + 1);
        assertEquals(2, suggested.count(0, suggested.column("claim")));
        awaitEntries(view, 3);

        // The text filter needs the annotations: every other claim quotes 开源模型.
        view.setFilter("开源", null, "");
        CaseMatrix text = await(view, 2 + 1);
        assertEquals(2, text.count(0, text.column("claim")));
        assertEquals(1, text.count(1, text.column("claim")));
        awaitEntries(view, 3);
        assertTrue(view.entries().stream().allMatch(e -> e.quote().contains("开源")));
        page.hideView(view);
    }

    @Test
    void theCaseSummaryOpensFromItsCacheAndRereadsOnlyAChangedArticle() throws Exception {
        IFile a = article("a.txt", 4);
        IFile b = article("sub/b.txt", 3);
        ageFiles(a, b); // older than the cache's "racily clean" window, as files are on a later day
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CaseSummaryView view = (CaseSummaryView) page.showView(CaseSummaryView.ID);
        view.show(project);
        await(view, 7);
        assertEquals(new CaseSummaryView.OpenReport(0, 2, null), awaitOpen(view));
        Path cache = CaseResources.summaryCacheOf(project);
        assertTrue(java.nio.file.Files.isRegularFile(cache), "written to " + cache);
        assertFalse(cache.startsWith(location(project)), "the cache is not in the project");
        page.hideView(view);

        view = (CaseSummaryView) page.showView(CaseSummaryView.ID);
        view.show(project);
        CaseMatrix table = await(view, 7);
        assertEquals(new CaseSummaryView.OpenReport(2, 0, null), awaitOpen(view));
        assertEquals(3, table.count(1, table.column("claim")));
        assertFalse(table.isPending(0));

        // One more claim in b, saved outside the view: the workspace change makes the view re-read b only.
        ArticleStore store = new ArticleStore();
        AnnotatedArticle loaded = store.open(location(b), null);
        AnnotationType claim = Codebooks.find(loaded.document().getCodebook(), "claim").orElseThrow();
        int begin = loaded.text().indexOf("签证");
        loaded.document().getAnnotations().add(AnnotationFactory.create(loaded.text(), claim, begin, begin + 2, "cy"));
        store.save(loaded, false, null);
        ageFiles(b);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        table = await(view, 8);
        assertEquals(new CaseSummaryView.OpenReport(1, 1, null), awaitOpen(view));
        assertEquals(4, table.count(1, table.column("claim")));

        // The Refresh command re-reads everything, whatever the stamps say.
        view.rebuild();
        await(view, 8);
        assertEquals(new CaseSummaryView.OpenReport(0, 2, null), awaitOpen(view));

        // A damaged cache: no error, the summary is rebuilt from the articles and the cache rewritten.
        page.hideView(view);
        java.nio.file.Files.write(cache, new byte[] { 'G', 'L', 'C', 'S', 0, 0, 0, 1, 42 });
        view = (CaseSummaryView) page.showView(CaseSummaryView.ID);
        view.show(project);
        table = await(view, 8);
        CaseSummaryView.OpenReport report = awaitOpen(view);
        assertEquals(0, report.fromCache());
        assertEquals(2, report.reloaded());
        assertNotNull(report.cacheProblem());
        assertEquals(4, table.count(1, table.column("claim")));
        assertNull(glossa.core.cases.CaseSummaryCache.read(cache).problem());
        page.hideView(view);
    }

    private void ageFiles(IFile... articles) throws IOException {
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime
                .fromMillis(System.currentTimeMillis() - 3_600_000L);
        for (IFile article : articles) {
            java.nio.file.Files.setLastModifiedTime(location(article), old);
            java.nio.file.Files.setLastModifiedTime(AnnotatedArticle.sidecarOf(location(article)), old);
        }
    }

    private static CaseSummaryView.OpenReport awaitOpen(CaseSummaryView view) {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until && (view.isBusy() || view.lastOpen() == null)) {
            TestSupport.processEvents(display, 50);
        }
        assertNotNull(view.lastOpen(), "the Case Summary never finished opening");
        return view.lastOpen();
    }

    private static CaseMatrix await(CaseSummaryView view, int total) {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            TestSupport.processEvents(display, 50);
            CaseMatrix table = view.matrix();
            if (!view.isBusy() && table != null && table.total() == total) {
                return table;
            }
        }
        assertNotNull(view.matrix(), "the Case Summary never loaded");
        assertEquals(total, view.matrix().total());
        return view.matrix();
    }

    private static void awaitEntries(CaseSummaryView view, int size) {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until && view.entries().size() != size) {
            TestSupport.processEvents(display, 50);
        }
        assertEquals(size, view.entries().size());
    }
}
