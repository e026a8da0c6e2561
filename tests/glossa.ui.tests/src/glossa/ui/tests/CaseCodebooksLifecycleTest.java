package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import glossa.core.cases.CaseCodebook;
import glossa.model.AnnotationType;
import glossa.model.GlossaFactory;
import glossa.ui.internal.cases.CaseCodebooks;

/** The workbench's one case codebook per project forgets a case that is deleted, so a new case of the same name is its own. */
class CaseCodebooksLifecycleTest {

    private static void saveCodebookWith(Path root, String typeId) throws Exception {
        CaseCodebook codebook = CaseCodebook.load(root);
        AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
        type.setId(typeId);
        type.setName(typeId);
        codebook.edit(c -> c.getTypes().add(type));
        codebook.save();
    }

    @Test
    void aCaseDeletedAndMadeAgainUnderItsNameReadsItsOwnCodebook() throws Exception {
        NullProgressMonitor monitor = new NullProgressMonitor();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("lifecycle-case");
        project.create(monitor);
        project.open(monitor);
        Path root = project.getLocation().toFile().toPath();
        saveCodebookWith(root, "old-type");
        project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
        CaseCodebook first = CaseCodebooks.of(project);
        assertTrue(first.typeIds().contains("old-type"));

        project.delete(true, true, monitor);
        project.create(monitor);
        project.open(monitor);
        saveCodebookWith(project.getLocation().toFile().toPath(), "new-type");
        project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
        CaseCodebook second = CaseCodebooks.of(project);
        assertNotSame(first, second, "the deleted case's codebook is not handed out again");
        assertTrue(second.typeIds().contains("new-type"), second.typeIds().toString());
        assertFalse(second.typeIds().contains("old-type"), "nothing of the deleted case comes back");
        project.delete(true, true, monitor);
    }
}
