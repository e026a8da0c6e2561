package glossa.ui.internal.properties;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeKind;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;

/**
 * An annotation in the Properties view: type, memo and its type's attributes are editable (each edit an undoable
 * command in the editor's history); quote, author, status and timestamps are shown.
 */
public final class AnnotationPropertySource implements IPropertySource {

    private static final String TYPE = "type";
    private static final String QUOTE = "quote";
    private static final String MEMO = "memo";
    private static final String AUTHOR = "author";
    private static final String STATUS = "status";
    private static final String CREATED = "created";
    private static final String MODIFIED = "modified";
    private static final String ATTRIBUTE = "attribute:";

    private static final String CATEGORY_ANNOTATION = Messages.Property_annotation;
    private static final String CATEGORY_ATTRIBUTES = Messages.Property_attributes;

    private final Annotation annotation;
    private final GlossaEditorContext context;

    public AnnotationPropertySource(Annotation annotation, GlossaEditorContext context) {
        this.annotation = annotation;
        this.context = context;
    }

    private List<AnnotationType> types() {
        return Codebooks.activeTypes(context.article().document().getCodebook());
    }

    @Override
    public Object getEditableValue() {
        return annotation;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        boolean editable = context != null && context.isEditable();
        if (editable) {
            descriptors.add(category(new ComboBoxPropertyDescriptor(TYPE, Messages.Property_type,
                    types().stream().map(AnnotationType::getName).toArray(String[]::new)), CATEGORY_ANNOTATION));
            descriptors.add(category(new TextPropertyDescriptor(MEMO, Messages.Property_memo), CATEGORY_ANNOTATION));
        } else {
            descriptors.add(category(new PropertyDescriptor(TYPE, Messages.Property_type), CATEGORY_ANNOTATION));
            descriptors.add(category(new PropertyDescriptor(MEMO, Messages.Property_memo), CATEGORY_ANNOTATION));
        }
        descriptors.add(category(new PropertyDescriptor(QUOTE, Messages.Property_quote), CATEGORY_ANNOTATION));
        descriptors.add(category(new PropertyDescriptor(AUTHOR, Messages.Property_author), CATEGORY_ANNOTATION));
        descriptors.add(category(new PropertyDescriptor(STATUS, Messages.Property_status), CATEGORY_ANNOTATION));
        descriptors.add(category(new PropertyDescriptor(CREATED, Messages.Property_created), CATEGORY_ANNOTATION));
        descriptors.add(category(new PropertyDescriptor(MODIFIED, Messages.Property_modified), CATEGORY_ANNOTATION));
        if (annotation.getType() != null) {
            for (AttributeDefinition definition : annotation.getType().getAttributes()) {
                String id = ATTRIBUTE + definition.getName();
                PropertyDescriptor d;
                if (!editable) {
                    d = new PropertyDescriptor(id, Labels.attribute(definition.getName()));
                } else if (definition.getKind() == AttributeKind.CHOICE) {
                    List<String> choices = new ArrayList<>(definition.getChoices());
                    choices.add(0, "");
                    d = new ComboBoxPropertyDescriptor(id, Labels.attribute(definition.getName()),
                            choices.toArray(String[]::new));
                } else {
                    d = new TextPropertyDescriptor(id, Labels.attribute(definition.getName()));
                }
                d.setDescription(definition.getDescription());
                descriptors.add(category(d, CATEGORY_ATTRIBUTES));
            }
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    private static PropertyDescriptor category(PropertyDescriptor descriptor, String category) {
        descriptor.setCategory(category);
        return descriptor;
    }

    @Override
    public Object getPropertyValue(Object id) {
        boolean editable = context != null && context.isEditable();
        return switch (String.valueOf(id)) {
            case TYPE -> editable ? Integer.valueOf(types().indexOf(annotation.getType()))
                    : annotation.getType() == null ? "" : annotation.getType().getName();
            case QUOTE -> nonNull(annotation.getQuote());
            case MEMO -> nonNull(annotation.getMemo());
            case AUTHOR -> nonNull(annotation.getAuthor());
            case STATUS -> Labels.status(annotation.getStatus());
            case CREATED -> format(annotation.getCreated());
            case MODIFIED -> format(annotation.getModified());
            default -> attributeValue(String.valueOf(id), editable);
        };
    }

    private Object attributeValue(String id, boolean editable) {
        if (!id.startsWith(ATTRIBUTE)) {
            return "";
        }
        String name = id.substring(ATTRIBUTE.length());
        String value = nonNull(AnnotationFactory.attributeValue(annotation, name));
        AttributeDefinition definition = definition(name);
        if (editable && definition != null && definition.getKind() == AttributeKind.CHOICE) {
            return Integer.valueOf(definition.getChoices().indexOf(value) + 1);
        }
        return value;
    }

    private AttributeDefinition definition(String name) {
        if (annotation.getType() == null) {
            return null;
        }
        return annotation.getType().getAttributes().stream().filter(d -> name.equals(d.getName())).findFirst()
                .orElse(null);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (context == null || !context.isEditable()) {
            return;
        }
        String key = String.valueOf(id);
        if (TYPE.equals(key) && value instanceof Integer index && index >= 0 && index < types().size()) {
            AnnotationType type = types().get(index);
            if (type != annotation.getType()) {
                context.execute(AnnotationCommands.changeType(context.editingDomain(), List.of(annotation), type));
            }
        } else if (MEMO.equals(key)) {
            String memo = String.valueOf(value);
            if (!memo.equals(nonNull(annotation.getMemo()))) {
                context.execute(AnnotationCommands.setMemo(context.editingDomain(), annotation, memo));
            }
        } else if (key.startsWith(ATTRIBUTE)) {
            String name = key.substring(ATTRIBUTE.length());
            AttributeDefinition definition = definition(name);
            String text;
            if (value instanceof Integer index && definition != null) {
                text = index <= 0 || index > definition.getChoices().size() ? "" : definition.getChoices().get(index - 1);
            } else {
                text = String.valueOf(value).strip();
            }
            if (!text.equals(nonNull(AnnotationFactory.attributeValue(annotation, name)))) {
                context.execute(AnnotationCommands.setAttribute(context.editingDomain(), annotation, name, text));
            }
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String format(Date date) {
        return date == null ? "" : DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT).format(date);
    }
}
