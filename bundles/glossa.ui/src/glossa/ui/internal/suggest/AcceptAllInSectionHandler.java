package glossa.ui.internal.suggest;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;

import glossa.core.sections.SectionIndex;
import glossa.model.Annotation;
import glossa.model.Document;
import glossa.model.Section;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.editor.SuggestionVisibility;

/**
 * Annotate &gt; Accept All in Section: after a confirmation naming the count, accepts every visible suggestion inside
 * the innermost section at the caret (the whole article when it has no sections), as one undoable step.
 */
public class AcceptAllInSectionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        GlossaEditor editor = SuggestionHandlers.editor(event);
        GlossaEditorContext context = SuggestionHandlers.context(editor);
        Document document = context.article().document();
        Section section = SectionIndex.of(document).deepestAt(editor.selectedRange()[0]);
        int begin = section == null ? 0 : section.getBegin();
        int end = section == null ? Integer.MAX_VALUE : section.getEnd();
        List<Annotation> inSection = suggestionsIn(document, context, begin, end);
        if (inSection.isEmpty()) {
            SuggestionHandlers.status(editor, Messages.AcceptAll_none);
            return null;
        }
        String title = section == null ? context.article().articlePath().getFileName().toString()
                : SectionIndex.path(section);
        if (!MessageDialog.openConfirm(editor.getSite().getShell(), Messages.AcceptAll_title,
                NLS.bind(Messages.AcceptAll_question, inSection.size(), title))) {
            return null;
        }
        if (context.execute(SuggestionCommands.accept(context.editingDomain(), inSection, null,
                SuggestionHandlers.analyst()))) {
            SuggestionHandlers.decided(editor, context, inSection.size());
            SuggestionHandlers.status(editor, RecommenderPrecision.describe(document));
        }
        return null;
    }

    /** The open suggestions the filter shows that lie inside {@code begin..end}. */
    public static List<Annotation> suggestionsIn(Document document, GlossaEditorContext context, int begin, int end) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation a : document.getAnnotations()) {
            if (SuggestionCommands.isSuggestion(a) && a.getBegin() >= begin && a.getEnd() <= end
                    && SuggestionVisibility.shows(context.filter(), a)) {
                found.add(a);
            }
        }
        return found;
    }
}
