package glossa.ui.internal.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchActionConstants;

import glossa.core.cases.CaseCodebook;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.ui.internal.cases.CaseCodebooks;
import glossa.ui.internal.codebook.CaseCodebookOperation;
import glossa.ui.internal.codebook.CaseTypeChange;
import glossa.ui.internal.codebook.CaseTypeChanges;
import glossa.ui.internal.codebook.CaseTypeCounts;
import glossa.ui.internal.codebook.CodebookCommands;
import glossa.ui.internal.codebook.Messages;
import glossa.ui.internal.codebook.NestOrMerge;
import glossa.ui.internal.appearance.ListColours;
import glossa.ui.internal.appearance.TypePaint;

/**
 * The codebook of the active article (connected to its case's shared codebook when it lies in a case): a tree of
 * types with colour, name, shortcut and the number of annotations in the article and in the saved case. Drag a type
 * onto another to nest it there or merge it into it; drop between types to move it beside them. Every edit is an
 * undoable command on the editor's history (the handlers in glossa.ui.internal.codebook).
 *
 * <p>With no article open it shows the shared codebook of the case last chosen ({@link SelectedCaseCodebook}); the
 * edits that need no article (new type, rename, describe, colour, shortcut, retire, nest by drag) are then
 * {@link CaseCodebookOperation}s in the case's undo context, saved at once. Edit &gt; Undo in the view undoes in the
 * context shown: the editor's or the case's.</p>
 */
public class CodebookView extends EditorFollowingView {

    public static final String ID = "glossa.ui.views.codebook";

    private TreeViewer viewer;
    private Label status;
    private final Map<AnnotationType, Integer> articleCounts = new HashMap<>();
    private Map<String, Integer> caseCounts;
    private IProject caseProject;
    private Job caseJob;
    private TypePaint colors;
    private NestOrMerge question = NestOrMerge.ASK;
    private SelectedCaseCodebook selectedCase;
    private CaseCodebook shared;
    private ViewUndo undo;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        undo = new ViewUndo(getViewSite());
        colors = new TypePaint(parent, () -> viewer.refresh());
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTree().setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTree().setHeaderVisible(true);
        ListColours.apply(viewer.getTree());
        viewer.setContentProvider(new CodebookTypeTree());
        column(Messages.View_type, 220, this::name, this::swatch);
        column(Messages.View_shortcut, 80, CodebookView::shortcut, null);
        column(Messages.View_inArticle, 80,
                t -> context() == null ? "" : Integer.toString(articleCounts.getOrDefault(t, 0)), null);
        column(Messages.View_inCase, 80, this::caseCount, null);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.END, true, false));
        getSite().setSelectionProvider(viewer);
        viewer.addDoubleClickListener(e -> runCommand("glossa.ui.codebook.rename"));
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        getSite().registerContextMenu(menu, viewer);
        TypeDragAndDrop.install(viewer,
                () -> shared != null || (context() != null && context().isEditable()), this::drop);
        selectedCase = new SelectedCaseCodebook(getSite().getPage(), this, new SelectedCaseCodebook.Listener() {
            @Override
            public void shown(IProject project, CaseCodebook codebook, String problem) {
                showCase(project, codebook, problem);
            }

            @Override
            public void changed() {
                redraw(false);
            }
        });
        followActiveEditor();
    }

    private void column(String title, int width, java.util.function.Function<AnnotationType, String> text,
            java.util.function.Function<AnnotationType, Image> image) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ListCellLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((AnnotationType) element);
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply((AnnotationType) element);
            }

            @Override
            public Color getForeground(Object element) {
                return ((AnnotationType) element).isRetired()
                        ? Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND)
                        : super.getForeground(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((AnnotationType) element).getDescription();
            }
        });
    }

    private String name(AnnotationType type) {
        String name = type.getName() == null ? type.getId() : type.getName();
        return type.isRetired() ? NLS.bind(Messages.View_retired, name) : name;
    }

    private Image swatch(AnnotationType type) {
        return colors.swatch(type);
    }

    /** The shortcut as the platform writes it (Ctrl+1), or nothing. */
    public static String shortcut(AnnotationType type) {
        String formal = type.getShortcut();
        if (formal == null || formal.isBlank()) {
            return "";
        }
        try {
            return org.eclipse.jface.bindings.keys.KeySequence.getInstance(formal).format();
        } catch (org.eclipse.jface.bindings.keys.ParseException e) {
            return formal;
        }
    }

    private String caseCount(AnnotationType type) {
        if (caseProject == null) {
            return "";
        }
        return caseCounts == null ? "…" : Integer.toString(caseCounts.getOrDefault(type.getId(), 0));
    }

    /**
     * Drops {@code type} at {@code location} (a {@link ViewerDropAdapter} location) relative to {@code target}: onto
     * a type it asks whether to nest or merge; beside a type it becomes that type's sibling; on empty space it goes
     * to the top level.
     */
    public boolean drop(AnnotationType type, AnnotationType target, int location) {
        if (type == target) {
            return false;
        }
        if (context() == null) {
            // The case's codebook: onto a type nests (merging retypes annotations, which needs an article).
            AnnotationType parent = target == null ? null
                    : location == ViewerDropAdapter.LOCATION_ON ? target
                            : target.eContainer() instanceof AnnotationType p ? p : null;
            return shared != null && runCaseChange(CaseTypeChanges.move(type, parent));
        }
        Document document = context().article().document();
        Codebook codebook = document.getCodebook();
        if (target == null) {
            return ViewCommands.execute(context(), CodebookCommands.move(context().editingDomain(), codebook, type, null));
        }
        if (location != ViewerDropAdapter.LOCATION_ON) {
            AnnotationType parent = target.eContainer() instanceof AnnotationType p ? p : null;
            return ViewCommands.execute(context(),
                    CodebookCommands.move(context().editingDomain(), codebook, type, parent));
        }
        List<Annotation> retyped = CodebookCommands.annotationsOf(document, type);
        return switch (question.ask(getSite().getShell(), type, target, retyped.size())) {
            case NEST -> ViewCommands.execute(context(),
                    CodebookCommands.move(context().editingDomain(), codebook, type, target));
            case MERGE -> ViewCommands.execute(context(),
                    CodebookCommands.merge(context().editingDomain(), document, type, target));
            default -> false;
        };
    }

    /** Replaces the nest-or-merge question (tests answer it without a dialog). */
    public void setQuestion(NestOrMerge question) {
        this.question = question;
    }

    /** The case whose shared codebook is shown because no article is open, or null. */
    public CaseCodebook sharedCodebook() {
        return shared;
    }

    /** The case shown (no article open), or null. */
    public IProject caseProject() {
        return shared == null ? null : selectedCase.project();
    }

    /** The undo context of Edit &gt; Undo in this view: the editor's or the shown case's; null when nothing is shown. */
    public IUndoContext undoContext() {
        return context() != null ? context().undoContext()
                : caseProject() != null ? CaseCodebooks.undoContext(caseProject()) : null;
    }

    /** Runs an edit of the shown case's codebook as one step of the case's undo history; false when it cannot run. */
    public boolean runCaseChange(CaseTypeChange change) {
        IProject project = caseProject();
        if (project == null) {
            return false;
        }
        try {
            return OperationHistoryFactory.getOperationHistory().execute(
                    new CaseCodebookOperation(shared, project, CaseCodebooks.undoContext(project), change), null, null)
                    .isOK();
        } catch (ExecutionException e) {
            return false;
        }
    }

    /** The editor whose codebook is shown, or null. */
    public glossa.ui.GlossaEditorContext editorContext() {
        return context();
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** The case counts by type id, or null while they are computed (or when the article is in no case). */
    public Map<String, Integer> caseCounts() {
        return caseCounts;
    }

    /** The article count shown for a type. */
    public int articleCount(AnnotationType type) {
        return articleCounts.getOrDefault(type, 0);
    }

    public boolean isCaseCountRunning() {
        return caseJob != null && caseJob.getState() != Job.NONE;
    }

    @Override
    protected void contextChanged() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (context() == null) {
            // Draws through showCase; an article whose annotations still load will be shown in a moment.
            selectedCase.setActive(!annotationsLoading());
            return;
        }
        IProject articleCase = CaseTypeCounts.projectOf(context().article().articlePath());
        selectedCase.articleShown(articleCase);
        selectedCase.setActive(false);
        shared = null;
        countArticle();
        viewer.setInput(context().article().document().getCodebook());
        viewer.expandAll();
        caseProject = articleCase;
        status.setText(caseProject == null ? Messages.View_noCase : NLS.bind(Messages.View_case, caseProject.getName()));
        undo.use(context().undoContext());
        refreshCaseCounts();
    }

    /** No article open: the chosen case's shared codebook, or nothing (with the reason). */
    private void showCase(IProject project, CaseCodebook codebook, String problem) {
        if (context() != null || viewer.getControl().isDisposed()) {
            return;
        }
        shared = codebook;
        articleCounts.clear();
        viewer.setInput(codebook == null ? null : codebook.codebook());
        viewer.expandAll();
        caseProject = codebook == null ? null : project;
        status.setText(project == null ? Messages.View_noEditor
                : problem != null ? problem : NLS.bind(Messages.View_sharedCase, project.getName()));
        undo.use(caseProject == null ? null : CaseCodebooks.undoContext(caseProject));
        refreshCaseCounts();
    }

    /** Counts the case's saved annotations anew, in a job. */
    public void refreshCaseCounts() {
        if (caseJob != null) {
            caseJob.cancel();
        }
        caseCounts = null;
        IProject project = caseProject;
        viewer.refresh();
        if (project == null) {
            return;
        }
        Display display = viewer.getControl().getDisplay();
        caseJob = Job.create(NLS.bind(Messages.View_countJob, project.getName()), monitor -> {
            try {
                Map<String, Integer> counts = CaseTypeCounts.count(project, monitor);
                display.asyncExec(() -> {
                    if (!viewer.getControl().isDisposed() && project.equals(caseProject)) {
                        caseCounts = counts;
                        viewer.refresh();
                    }
                });
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (java.io.IOException e) {
                return new Status(IStatus.WARNING, "glossa.ui", e.getMessage(), e);
            }
        });
        caseJob.setSystem(true);
        caseJob.schedule();
    }

    private void countArticle() {
        articleCounts.clear();
        if (context() != null) {
            for (Annotation annotation : context().article().document().getAnnotations()) {
                if (annotation.getType() != null) {
                    articleCounts.merge(annotation.getType(), 1, Integer::sum);
                }
            }
        }
    }

    @Override
    protected void filterChanged() {
        // The counts are of the whole article, like the case's: the filter does not change them.
    }

    @Override
    protected void documentChanged(DocumentChanges changes) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        countArticle();
        redraw(changes.structureChanged());
    }

    /** Redraws the types, keeping what was expanded (all of it when the tree's shape changed). */
    private void redraw(boolean expandAll) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        Object[] expanded = viewer.getExpandedElements();
        viewer.refresh();
        viewer.setExpandedElements(expanded);
        if (expandAll || shared != null) {
            viewer.expandAll();
        }
    }

    private void runCommand(String id) {
        try {
            getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(id, null);
        } catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.common.NotDefinedException
                | org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException e) {
            // Not available here (read-only editor, nothing selected): a double-click does nothing then.
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (caseJob != null) {
            caseJob.cancel();
        }
        if (selectedCase != null) {
            selectedCase.dispose();
        }
        if (undo != null) {
            undo.dispose();
        }
        super.dispose();
    }
}
