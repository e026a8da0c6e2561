package glossa.ui.internal.views;

import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;

import glossa.core.codebook.Codebooks;
import glossa.core.filter.AnnotationFilter;
import glossa.core.query.SavedFilters;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;

/**
 * The filter as a menu: a check item per type, per status and per author, the saved filters to apply, "Save
 * Filter As…" and "Show All". Offered as a drop-down in the views' tool bars and as a sub-menu of their view menus;
 * both edit the one filter of the active editor's document.
 */
public final class FilterMenu {

    private final Supplier<GlossaEditorContext> context;
    private final Supplier<Shell> shell;

    public FilterMenu(Supplier<GlossaEditorContext> context, Supplier<Shell> shell) {
        this.context = context;
        this.shell = shell;
    }

    /** A "Filter" sub-menu whose items are built each time it opens. */
    public MenuManager subMenu() {
        MenuManager menu = new MenuManager(Messages.Filter_menu, "glossa.ui.views.filter");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fill);
        menu.add(new Action("") { }); // a placeholder so the sub-menu shows before its first opening
        return menu;
    }

    /** A tool bar drop-down; a click on the button itself opens the menu too. */
    public IAction dropDown() {
        Action action = new Action(Messages.Filter_action, IAction.AS_DROP_DOWN_MENU) {
            @Override
            public void runWithEvent(Event event) {
                if (event.widget instanceof ToolItem item) {
                    Rectangle bounds = item.getBounds();
                    Point at = item.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
                    Menu menu = getMenuCreator().getMenu(item.getParent());
                    menu.setLocation(at);
                    menu.setVisible(true);
                }
            }
        };
        action.setToolTipText(Messages.Filter_tooltip);
        action.setImageDescriptor(ViewImages.FILTER);
        action.setMenuCreator(new IMenuCreator() {
            private MenuManager manager;

            @Override
            public Menu getMenu(Control parent) {
                dispose();
                manager = new MenuManager();
                manager.setRemoveAllWhenShown(true);
                manager.addMenuListener(FilterMenu.this::fill);
                return manager.createContextMenu(parent);
            }

            @Override
            public Menu getMenu(Menu parent) {
                return null;
            }

            @Override
            public void dispose() {
                if (manager != null) {
                    manager.dispose();
                    manager = null;
                }
            }
        });
        return action;
    }

    /** Fills a menu with the filter's items as they stand now (what the menus show each time they open). */
    public void fill(IMenuManager menu) {
        GlossaEditorContext ctx = context.get();
        if (ctx == null) {
            Action none = new Action(Messages.Filter_noEditor) { };
            none.setEnabled(false);
            menu.add(none);
            return;
        }
        Document document = ctx.article().document();
        AnnotationFilter filter = ctx.filter();
        for (AnnotationType type : Codebooks.allTypes(document.getCodebook())) {
            menu.add(check(type.getName(), filter.isTypeVisible(type.getId()),
                    on -> Filters.apply(ctx, Filters.withType(ctx.filter(), type.getId(), on))));
        }
        menu.add(new Separator());
        for (AnnotationStatus status : AnnotationStatus.VALUES) {
            String label = Labels.status(status);
            menu.add(check(label, Filters.isStatusVisible(filter, status),
                    on -> Filters.apply(ctx, Filters.withStatus(ctx.filter(), status, on))));
        }
        Set<String> authors = Filters.authors(document);
        if (!authors.isEmpty()) {
            MenuManager byAuthor = new MenuManager(Messages.Filter_authors);
            for (String author : authors) {
                byAuthor.add(check(author, Filters.isAuthorVisible(filter, author),
                        on -> Filters.apply(ctx, Filters.withAuthor(ctx.filter(), author, on, authors))));
            }
            menu.add(byAuthor);
        }
        menu.add(new Separator());
        Action showAll = new Action(Messages.Filter_showAll) {
            @Override
            public void run() {
                Filters.apply(ctx, AnnotationFilter.ALL);
            }
        };
        showAll.setEnabled(!filter.isEmpty());
        menu.add(showAll);
        menu.add(new Separator("saved"));
        for (String name : SavedFilters.names(document)) {
            AnnotationFilter saved = AnnotationFilter.of(SavedFilters.find(document, name).orElseThrow());
            Action apply = new Action(name, IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked()) {
                        Filters.apply(ctx, saved);
                    }
                }
            };
            apply.setChecked(SavedFilters.same(saved, filter));
            apply.setToolTipText(Labels.describe(saved));
            menu.add(apply);
        }
        menu.add(new Action(Messages.Filter_saveAs) {
            @Override
            public void run() {
                saveAs(ctx);
            }
        });
        if (!document.getFilters().isEmpty()) {
            MenuManager delete = new MenuManager(Messages.Filter_deleteSaved);
            for (String name : SavedFilters.names(document)) {
                delete.add(new Action(name) {
                    @Override
                    public void run() {
                        execute(ctx, SavedFilters.deleteCommand(ctx.editingDomain(), document, name));
                    }
                });
            }
            menu.add(delete);
        }
    }

    private void saveAs(GlossaEditorContext ctx) {
        IInputValidator notBlank = text -> text == null || text.isBlank() ? Messages.Filter_giveName : null;
        InputDialog dialog = new InputDialog(shell.get(), Messages.Filter_saveTitle,
                NLS.bind(Messages.Filter_saveMessage, Labels.describe(ctx.filter())), "", notBlank);
        if (dialog.open() == Window.OK) {
            execute(ctx, SavedFilters.saveCommand(ctx.editingDomain(), ctx.article().document(),
                    dialog.getValue().strip(), ctx.filter()));
        }
    }

    private static void execute(GlossaEditorContext ctx, Command command) {
        ViewCommands.execute(ctx, command);
    }

    private static Action check(String label, boolean checked, java.util.function.Consumer<Boolean> toggled) {
        Action action = new Action(label.replace("&", "&&"), IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                toggled.accept(isChecked());
            }
        };
        action.setChecked(checked);
        return action;
    }
}
