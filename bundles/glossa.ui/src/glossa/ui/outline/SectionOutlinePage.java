package glossa.ui.outline;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import glossa.core.sections.SectionEdits;
import glossa.core.stats.SectionStatistics;
import glossa.core.title.TitleDetector;
import glossa.model.Document;
import glossa.model.Section;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.nls.Messages;
import glossa.ui.internal.views.DocumentChanges;
import glossa.ui.internal.views.DocumentWatcher;
import glossa.ui.internal.views.ListCellLabelProvider;
import glossa.ui.internal.views.SectionCounts;
import glossa.ui.internal.views.SectionTreeContentProvider;
import glossa.ui.internal.views.ViewCommands;
import glossa.ui.internal.appearance.ListColours;

/**
 * The editor's Outline: the article's title as the root, and beneath it the section tree with the number of
 * (filtered) annotations in each section. Selecting a section scrolls the editor to it. The context menu corrects
 * the tree — rename, split at the caret, merge with the next, level up and down — through undoable commands on the editor's command stack.
 *
 * <p>The editor hands it out: {@code if (adapter == IContentOutlinePage.class) return adapter.cast(new
 * SectionOutlinePage(context));}</p>
 */
public class SectionOutlinePage extends ContentOutlinePage {

    private final GlossaEditorContext context;
    private final Runnable filterListener = () -> refresh(null);
    private Runnable unsubscribe;
    private SectionStatistics stats;
    /** The article's title, the label of the root (TitleDetector: set, then metadata, then the headline). */
    private String title;
    /** True while the page itself moves the selection, so the editor is not scrolled in return. */
    private boolean settingSelection;

    public SectionOutlinePage(GlossaEditorContext context) {
        this.context = context;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setUseHashlookup(true);
        ListColours.apply(viewer.getTree());
        viewer.setContentProvider(new TitledSectionTreeContentProvider());
        // One column, like the Section Summary's tree: cell colours then apply on every theme.
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        // A width at once: on GTK a column of width 0 is hidden, and while the only column is hidden every tree item
        // disposed (expandAll disposes one placeholder per section) toggles it visible and back, a relayout of the
        // whole tree each time — seconds for the hundreds of sections of a long article.
        column.getColumn().setWidth(120);
        viewer.getTree().addListener(SWT.Resize,
                e -> column.getColumn().setWidth(Math.max(120, viewer.getTree().getClientArea().width)));
        column.setLabelProvider(new ListCellLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Document) {
                    return stats == null ? title : NLS.bind(Messages.Outline_count, title, stats.total());
                }
                Section section = (Section) element;
                String label = SectionTreeContentProvider.label(section);
                return stats == null ? label : NLS.bind(Messages.Outline_count, label, stats.total(section));
            }
        });
        Document document = context.article().document();
        title = TitleDetector.title(context.article());
        stats = SectionStatistics.compute(document, context.filter());
        viewer.setInput(new TitledSectionTreeContentProvider.Input(document));
        viewer.expandAll();
        context.addFilterListener(filterListener);
        unsubscribe = DocumentWatcher.subscribe(document, changes -> {
            if (changes.structureChanged()) {
                // The title is set in the Properties view, or the headline became a section.
                title = TitleDetector.title(context.article());
                stats = SectionStatistics.compute(document, context.filter());
                Object[] expanded = viewer.getExpandedElements();
                viewer.refresh();
                viewer.setExpandedElements(expanded);
            } else {
                refresh(changes);
            }
        });
        createContextMenu(viewer);
    }

    /** Recounts after {@code changes} (null: the filter changed) and relabels the sections whose counts changed. */
    private void refresh(DocumentChanges changes) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        SectionStatistics counted = SectionCounts.after(context, changes);
        List<Section> rows = SectionCounts.changedRows(stats, counted);
        stats = counted;
        if (rows == null) {
            viewer.refresh(true);
        } else if (!rows.isEmpty()) {
            viewer.update(rows.toArray(), null);
        }
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (!settingSelection && event.getSelection() instanceof IStructuredSelection s
                && s.getFirstElement() instanceof Section section) {
            context.reveal(section.getBegin(), section.getBegin());
        } else if (!settingSelection && event.getSelection() instanceof IStructuredSelection s
                && s.getFirstElement() instanceof Document) {
            context.reveal(0, 0);
        }
    }

    /** Selects a section without scrolling the editor (e.g. to follow the caret). */
    public void select(Section section) {
        settingSelection = true;
        try {
            getTreeViewer().setSelection(section == null ? StructuredSelection.EMPTY : new StructuredSelection(section), true);
        } finally {
            settingSelection = false;
        }
    }

    /** The id of the outline's context menu, for menu contributions. */
    public static final String OUTLINE_MENU = "glossa.ui.outline";

    private void createContextMenu(TreeViewer viewer) {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            Section section = selected();
            if (section == null) { // the title (the document) or nothing: only the contributed commands
                m.add(new org.eclipse.jface.action.GroupMarker(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
                return;
            }
            EditingDomain domain = context.editingDomain();
            m.add(action(Messages.Outline_rename, () -> rename(section)));
            Integer caret = caret();
            m.add(action(Messages.Outline_split, caret == null ? null
                    : command(() -> SectionEdits.split(domain, section, caret, "", ""))));
            Section next = nextSibling(section);
            m.add(action(Messages.Outline_merge, next == null ? null : command(() -> SectionEdits.merge(domain, section, next))));
            m.add(new Separator());
            m.add(action(Messages.Outline_levelUp, command(() -> SectionEdits.relevel(domain, section, false))));
            m.add(action(Messages.Outline_levelDown, command(() -> SectionEdits.relevel(domain, section, true))));
            m.add(new Separator());
            m.add(new org.eclipse.jface.action.GroupMarker(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        });
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        // Commands such as Section Memo... contribute here (popup:glossa.ui.outline).
        getSite().registerContextMenu(OUTLINE_MENU, menu, viewer);
    }

    /** A menu item; disabled when there is nothing to run. */
    private static Action action(String label, Runnable run) {
        Action action = new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(run != null);
        return action;
    }

    /** The correction as something to run, or null when it does not apply here (SectionEdits refuses it). */
    private Runnable command(Supplier<Command> edit) {
        try {
            Command command = edit.get();
            return command.canExecute() ? () -> execute(command) : null;
        } catch (IllegalArgumentException notApplicable) {
            return null;
        }
    }

    private static Section nextSibling(Section section) {
        if (section.eContainer() == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Section> siblings = (List<Section>) section.eContainer().eGet(section.eContainmentFeature());
        int i = siblings.indexOf(section);
        return i + 1 < siblings.size() ? siblings.get(i + 1) : null;
    }

    private void rename(Section section) {
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Outline_renameTitle,
                NLS.bind(Messages.Outline_renameMessage, section.getNumber() == null ? "" : section.getNumber()),
                section.getTitle(), null);
        if (dialog.open() == Window.OK) {
            execute(SectionEdits.rename(context.editingDomain(), section, section.getNumber(), dialog.getValue()));
        }
    }

    /** The caret offset of the active editor when it is this page's editor. */
    private Integer caret() {
        IEditorPart editor = getSite().getPage().getActiveEditor();
        if (editor != null && editor.getAdapter(GlossaEditorContext.class) == context
                && editor.getSite().getSelectionProvider() != null
                && editor.getSite().getSelectionProvider().getSelection() instanceof ITextSelection text) {
            return text.getOffset();
        }
        return null;
    }

    private Section selected() {
        return getTreeViewer().getStructuredSelection().getFirstElement() instanceof Section s ? s : null;
    }

    private void execute(Command command) {
        ViewCommands.execute(context, command);
    }

    @Override
    public void dispose() {
        context.removeFilterListener(filterListener);
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        super.dispose();
    }
}
