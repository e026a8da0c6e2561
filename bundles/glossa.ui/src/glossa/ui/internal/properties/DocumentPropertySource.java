package glossa.ui.internal.properties;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import glossa.core.title.DocumentInfo;
import glossa.core.title.TitleDetector;
import glossa.model.Document;
import glossa.model.GlossaPackage.Literals;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.nls.Messages;

/**
 * The article in the Properties view, when the caret is on no annotation: its title, which the analyst may set (an
 * undoable command; reports, exports and the editor use it), and what the title detector found.
 */
public final class DocumentPropertySource implements IPropertySource {

    static final String TITLE = "title";
    private static final String DETECTED = "detected";
    private static final String AUTHOR = "author";
    private static final String DATE = "date";
    private static final String SOURCE = "source";

    private final GlossaEditorContext context;

    private DocumentInfo info;
    private String infoText;
    private String infoTitle;

    public DocumentPropertySource(GlossaEditorContext context) {
        this.context = context;
    }

    private Document document() {
        return context.article().document();
    }

    /**
     * The detected facts, computed once per text and stored title: the Properties view asks for each row in turn,
     * and detection scans the head of the text.
     */
    private DocumentInfo info() {
        String text = context.article().text();
        String title = document().getTitle();
        if (info == null || text != infoText || !java.util.Objects.equals(title, infoTitle)) {
            info = TitleDetector.of(context.article());
            infoText = text;
            infoTitle = title;
        }
        return info;
    }

    @Override
    public Object getEditableValue() {
        return document();
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        String category = Messages.Property_article;
        PropertyDescriptor title = context.isEditable() ? new TextPropertyDescriptor(TITLE, Messages.Property_title)
                : new PropertyDescriptor(TITLE, Messages.Property_title);
        title.setDescription(Messages.Property_titleDescription);
        PropertyDescriptor[] descriptors = { title, new PropertyDescriptor(DETECTED, Messages.Property_titleOrigin),
                new PropertyDescriptor(AUTHOR, Messages.Property_author),
                new PropertyDescriptor(DATE, Messages.Property_date),
                new PropertyDescriptor(SOURCE, Messages.Property_source) };
        for (PropertyDescriptor descriptor : descriptors) {
            descriptor.setCategory(category);
        }
        return descriptors;
    }

    @Override
    public Object getPropertyValue(Object id) {
        DocumentInfo info = info();
        return switch (String.valueOf(id)) {
            case TITLE -> info.title();
            case DETECTED -> switch (info.titleOrigin()) {
                case METADATA -> Messages.Property_titleSet;
                case FRONT_MATTER -> Messages.Property_titleFrontMatter;
                case DETECTED -> Messages.Property_titleDetected;
                case FILE_NAME -> Messages.Property_titleFileName;
            };
            case AUTHOR -> info.author();
            case DATE -> info.date();
            case SOURCE -> info.sourceUrl();
            default -> "";
        };
    }

    @Override
    public boolean isPropertySet(Object id) {
        return TITLE.equals(id) && document().getTitle() != null && !document().getTitle().isBlank();
    }

    /** "Restore Default Value": back to the detected title. */
    @Override
    public void resetPropertyValue(Object id) {
        setPropertyValue(id, "");
    }

    /** An empty title gives the title back to the detector. */
    @Override
    public void setPropertyValue(Object id, Object value) {
        if (!TITLE.equals(id) || !context.isEditable()) {
            return;
        }
        String title = value == null ? "" : String.valueOf(value).strip();
        String current = document().getTitle() == null ? "" : document().getTitle();
        // Unchanged, or the detected title confirmed as it stands: nothing to store.
        if (title.equals(current) || current.isEmpty() && title.equals(info().title())) {
            return;
        }
        context.execute(SetCommand.create(context.editingDomain(), document(), Literals.DOCUMENT__TITLE,
                title.isEmpty() ? null : title));
    }
}
