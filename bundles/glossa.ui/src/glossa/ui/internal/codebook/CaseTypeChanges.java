package glossa.ui.internal.codebook;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.model.AnnotationType;
import glossa.model.Codebook;

/** The edits of a case's shared codebook the Codebook view offers with no article open: set a field, add, move. */
public final class CaseTypeChanges {

    private CaseTypeChanges() {
    }

    /** Sets a field of the type (name, description, colour, shortcut, retired). */
    public static CaseTypeChange set(AnnotationType type, EAttribute feature, Object value) {
        return new SetField(type.getId(), NLS.bind(Messages.Command_set, type.getName()), feature, value);
    }

    /** Adds {@code type} (a new type, its id free in the case) at the top level of the case codebook. */
    public static CaseTypeChange add(IProject project, AnnotationType type) {
        return new AddType(project, type);
    }

    /** Nests the type under {@code parent}, or moves it to the top level when {@code parent} is null. */
    public static CaseTypeChange move(AnnotationType type, AnnotationType parent) {
        return new MoveType(type.getId(), NLS.bind(Messages.Command_move, type.getName()),
                parent == null ? null : parent.getId());
    }

    private static AnnotationType find(Codebook codebook, String id) {
        return id == null ? null : Codebooks.find(codebook, id).orElse(null);
    }

    private static String parentId(AnnotationType type) {
        return type.eContainer() instanceof AnnotationType parent ? parent.getId() : null;
    }

    @SuppressWarnings("unchecked")
    private static List<AnnotationType> siblings(Codebook codebook, AnnotationType parent) {
        return parent == null ? codebook.getTypes() : parent.getChildren();
    }

    private static final class SetField implements CaseTypeChange {

        private final String id;
        private final String label;
        private final EAttribute feature;
        private final Object value;
        private Object old;

        SetField(String id, String label, EAttribute feature, Object value) {
            this.id = id;
            this.label = label;
            this.feature = feature;
            this.value = value;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public boolean canApply(Codebook codebook) {
            return find(codebook, id) != null;
        }

        @Override
        public void apply(Codebook codebook) {
            AnnotationType type = find(codebook, id);
            old = type.eGet(feature);
            type.eSet(feature, value);
        }

        @Override
        public boolean canRevert(Codebook codebook) {
            AnnotationType type = find(codebook, id);
            return type != null && Objects.equals(type.eGet(feature), value);
        }

        @Override
        public void revert(Codebook codebook) {
            find(codebook, id).eSet(feature, old);
        }
    }

    /**
     * A new type. Taking it back removes it from the case, which is only safe while no article can know it: no
     * editor of the case is open, and no sidecar of the case was written since (an article saved with it, or coded
     * with it by Code Hits, would bring it back half-named). Otherwise the undo is refused and the type stays.
     */
    private static final class AddType implements CaseTypeChange, IResourceChangeListener {

        private final IProject project;
        private final AnnotationType type;
        private volatile boolean sidecarWritten;

        AddType(IProject project, AnnotationType type) {
            this.project = project;
            this.type = type;
        }

        @Override
        public String label() {
            return NLS.bind(Messages.Command_newType, type.getName());
        }

        @Override
        public boolean canApply(Codebook codebook) {
            return find(codebook, type.getId()) == null;
        }

        @Override
        public void apply(Codebook codebook) {
            codebook.getTypes().add(type);
            sidecarWritten = false;
            ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
        }

        @Override
        public boolean canRevert(Codebook codebook) {
            return type.eContainer() == codebook && type.getChildren().isEmpty() && !sidecarWritten
                    && !anArticleIsOpen();
        }

        @Override
        public void revert(Codebook codebook) {
            codebook.getTypes().remove(type);
            dispose();
        }

        @Override
        public void dispose() {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        }

        @Override
        public void resourceChanged(IResourceChangeEvent event) {
            IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(project.getFullPath());
            if (delta == null) {
                return;
            }
            try {
                delta.accept(d -> {
                    if (d.getResource().getName().endsWith(AnnotatedArticle.SIDECAR_SUFFIX)) {
                        sidecarWritten = true;
                    }
                    return !sidecarWritten;
                });
            } catch (CoreException e) {
                sidecarWritten = true; // not known: be safe
            }
        }

        private boolean anArticleIsOpen() {
            for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                for (IWorkbenchPage page : window.getPages()) {
                    for (IEditorReference reference : page.getEditorReferences()) {
                        try {
                            if (reference.getEditorInput() instanceof IFileEditorInput input
                                    && project.equals(input.getFile().getProject())) {
                                return true;
                            }
                        } catch (PartInitException e) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    /** Nesting by drag: back to the former parent and place on undo. */
    private static final class MoveType implements CaseTypeChange {

        private final String id;
        private final String label;
        private final String newParentId;
        private String oldParentId;
        private int oldIndex;

        MoveType(String id, String label, String newParentId) {
            this.id = id;
            this.label = label;
            this.newParentId = newParentId;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public boolean canApply(Codebook codebook) {
            return canPlace(codebook, newParentId);
        }

        @Override
        public void apply(Codebook codebook) {
            AnnotationType type = find(codebook, id);
            oldParentId = parentId(type);
            oldIndex = siblings(codebook, find(codebook, oldParentId)).indexOf(type);
            siblings(codebook, find(codebook, newParentId)).add(type);
        }

        @Override
        public boolean canRevert(Codebook codebook) {
            AnnotationType type = find(codebook, id);
            return type != null && Objects.equals(parentId(type), newParentId) && canPlace(codebook, oldParentId);
        }

        @Override
        public void revert(Codebook codebook) {
            List<AnnotationType> siblings = siblings(codebook, find(codebook, oldParentId));
            siblings.add(Math.max(0, Math.min(oldIndex, siblings.size())), find(codebook, id));
        }

        /** The type exists, the parent (if any) exists, is not the type's own descendant, and differs from now. */
        private boolean canPlace(Codebook codebook, String parentId) {
            AnnotationType type = find(codebook, id);
            AnnotationType parent = find(codebook, parentId);
            if (type == null || (parentId != null && parent == null)) {
                return false;
            }
            return (parent == null || !CodebookCommands.isWithin(parent, type))
                    && !Objects.equals(parentId(type), parentId);
        }
    }
}
