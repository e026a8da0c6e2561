package glossa.ui.internal.codebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeKind;
import glossa.model.GlossaFactory;

/**
 * Edits copies of a type's attribute definitions: a list on the left, the selected one's name, kind, choices (one
 * per line) and description on the right. Nothing changes until OK, and then in one command.
 */
final class AttributesDialog extends TitleAreaDialog {

    private static final AttributeKind[] KINDS = { AttributeKind.TEXT, AttributeKind.NUMBER, AttributeKind.CHOICE };

    private final AnnotationType type;
    private final List<AttributeDefinition> definitions = new ArrayList<>();
    private TableViewer list;
    private Text name;
    private Combo kind;
    private Text choices;
    private Text description;
    private AttributeDefinition shown;
    private boolean updating;

    AttributesDialog(Shell shell, AnnotationType type) {
        super(shell);
        this.type = type;
        for (AttributeDefinition definition : type.getAttributes()) {
            definitions.add(EcoreUtil.copy(definition));
        }
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText(Messages.Attributes_title);
        setTitle(NLS.bind(Messages.Attributes_heading, type.getName()));
        setMessage(Messages.Attributes_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        Composite left = new Composite(body, SWT.NONE);
        left.setLayout(new GridLayout(2, true));
        GridDataFactory.fillDefaults().grab(false, true).applyTo(left);
        list = new TableViewer(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(180, 240).applyTo(list.getControl());
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                AttributeDefinition d = (AttributeDefinition) element;
                return d.getName() + " (" + kindLabel(d.getKind()) + ")";
            }
        });
        list.setInput(definitions);
        list.addSelectionChangedListener(e -> show((AttributeDefinition) list.getStructuredSelection().getFirstElement()));
        Button add = new Button(left, SWT.PUSH);
        add.setText(Messages.Attributes_add);
        add.addListener(SWT.Selection, e -> add());
        Button remove = new Button(left, SWT.PUSH);
        remove.setText(Messages.Attributes_remove);
        remove.addListener(SWT.Selection, e -> remove());

        new Label(body, SWT.SEPARATOR | SWT.VERTICAL).setLayoutData(GridDataFactory.fillDefaults().grab(false, true).create());
        Composite right = new Composite(body, SWT.NONE);
        right.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
        new Label(right, SWT.NONE).setText(Messages.Attributes_name);
        name = new Text(right, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        new Label(right, SWT.NONE).setText(Messages.Attributes_kind);
        kind = new Combo(right, SWT.READ_ONLY);
        kind.setItems(Arrays.stream(KINDS).map(AttributesDialog::kindLabel).toArray(String[]::new));
        new Label(right, SWT.NONE).setText(Messages.Attributes_choices);
        choices = new Text(right, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(260, 100).applyTo(choices);
        new Label(right, SWT.NONE).setText(Messages.Attributes_description);
        description = new Text(right, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(260, 60).applyTo(description);
        name.addModifyListener(e -> edited());
        kind.addListener(SWT.Selection, e -> edited());
        choices.addModifyListener(e -> edited());
        description.addModifyListener(e -> edited());
        if (!definitions.isEmpty()) {
            list.setSelection(new StructuredSelection(definitions.get(0)));
        } else {
            show(null);
        }
        return area;
    }

    static String kindLabel(AttributeKind kind) {
        return switch (kind == null ? AttributeKind.TEXT : kind) {
            case NUMBER -> Messages.Attributes_number;
            case CHOICE -> Messages.Attributes_choice;
            default -> Messages.Attributes_text;
        };
    }

    private void show(AttributeDefinition definition) {
        shown = definition;
        updating = true;
        try {
            boolean on = definition != null;
            for (Control c : new Control[] { name, kind, choices, description }) {
                c.setEnabled(on);
            }
            name.setText(on && definition.getName() != null ? definition.getName() : "");
            kind.select(on ? Math.max(0, Arrays.asList(KINDS).indexOf(definition.getKind())) : 0);
            choices.setText(on ? String.join("\n", definition.getChoices()) : "");
            choices.setEnabled(on && definition.getKind() == AttributeKind.CHOICE);
            description.setText(on && definition.getDescription() != null ? definition.getDescription() : "");
        } finally {
            updating = false;
        }
        validate();
    }

    private void edited() {
        if (updating || shown == null) {
            return;
        }
        shown.setName(name.getText().strip());
        shown.setKind(KINDS[Math.max(0, kind.getSelectionIndex())]);
        shown.getChoices().clear();
        if (shown.getKind() == AttributeKind.CHOICE) {
            Arrays.stream(choices.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                    .forEach(shown.getChoices()::add);
        }
        choices.setEnabled(shown.getKind() == AttributeKind.CHOICE);
        String text = description.getText().strip();
        shown.setDescription(text.isEmpty() ? null : text);
        list.refresh(shown);
        validate();
    }

    private void add() {
        AttributeDefinition definition = GlossaFactory.eINSTANCE.createAttributeDefinition();
        int n = definitions.size() + 1;
        definition.setName(NLS.bind(Messages.Attributes_newName, n));
        definition.setKind(AttributeKind.TEXT);
        definitions.add(definition);
        list.refresh();
        list.setSelection(new StructuredSelection(definition));
        name.setFocus();
        name.selectAll();
    }

    private void remove() {
        if (shown != null) {
            definitions.remove(shown);
            list.refresh();
            show(null);
        }
    }

    /** Names must be present and distinct; a choice needs at least one choice. */
    private void validate() {
        String problem = problem(definitions);
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    static String problem(List<AttributeDefinition> definitions) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (AttributeDefinition d : definitions) {
            if (d.getName() == null || d.getName().isBlank()) {
                return Messages.Attributes_emptyName;
            }
            if (!names.add(d.getName())) {
                return NLS.bind(Messages.Attributes_duplicate, d.getName());
            }
            if (d.getKind() == AttributeKind.CHOICE && d.getChoices().isEmpty()) {
                return NLS.bind(Messages.Attributes_noChoices, d.getName());
            }
        }
        return null;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    List<AttributeDefinition> definitions() {
        return definitions;
    }
}
