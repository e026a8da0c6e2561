package glossa.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The analyst's layout: the article in the middle, sections left, annotations below, details right. It lives in
 * glossa.ui so that an Eclipse IDE with only glossa.feature installed offers it too; the standalone product opens
 * it first.
 */
public class GlossaPerspective implements IPerspectiveFactory {

    public static final String ID = "glossa.perspective";

    /** View ids contributed by this bundle. */
    public static final String SECTION_SUMMARY_VIEW = "glossa.ui.views.sectionSummary";
    public static final String ANNOTATIONS_VIEW = "glossa.ui.views.annotations";
    public static final String REANCHOR_VIEW = "glossa.ui.views.reanchoring";
    /** Opens when a merge with another writer's sidecar finds conflicts (glossa.ui.internal.merge). */
    public static final String MERGE_CONFLICTS_VIEW = "glossa.ui.views.mergeConflicts";
    public static final String CASE_SUMMARY_VIEW = "glossa.ui.views.caseSummary";
    /** Inter-coder agreement of the open article (glossa.ui.internal.agreement). */
    public static final String AGREEMENT_VIEW = "glossa.ui.views.agreement";
    /** The codebook of the open article or case (issue 19). */
    public static final String CODEBOOK_VIEW = "glossa.ui.views.codebook";
    /** The memos of the open article: on annotations, the document and sections (issue 19). */
    public static final String MEMOS_VIEW = "glossa.ui.views.memos";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("glossa.left", IPageLayout.LEFT, 0.22f, editorArea);
        // The cases (projects) and their articles above, the open article's section outline below.
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout leftBottom = layout.createFolder("glossa.leftBottom", IPageLayout.BOTTOM, 0.35f, "glossa.left");
        leftBottom.addView(IPageLayout.ID_OUTLINE);

        IFolderLayout right = layout.createFolder("glossa.right", IPageLayout.RIGHT, 0.64f, editorArea);
        right.addView(SECTION_SUMMARY_VIEW);
        right.addView(IPageLayout.ID_PROP_SHEET);
        right.addView(CODEBOOK_VIEW);

        IFolderLayout bottom = layout.createFolder("glossa.bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(ANNOTATIONS_VIEW);
        bottom.addPlaceholder(REANCHOR_VIEW);
        bottom.addPlaceholder(MERGE_CONFLICTS_VIEW);
        bottom.addPlaceholder(CASE_SUMMARY_VIEW);
        bottom.addPlaceholder(AGREEMENT_VIEW);
        bottom.addPlaceholder(MEMOS_VIEW);
        bottom.addPlaceholder(glossa.ui.internal.views.SearchView.ID);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addPlaceholder("org.eclipse.pde.runtime.LogView");

        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(SECTION_SUMMARY_VIEW);
        layout.addShowViewShortcut(ANNOTATIONS_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(CASE_SUMMARY_VIEW);
        layout.addShowViewShortcut(AGREEMENT_VIEW);
        layout.addShowViewShortcut(CODEBOOK_VIEW);
        layout.addShowViewShortcut(MEMOS_VIEW);
        layout.addNewWizardShortcut("glossa.ui.wizards.newCase");
    }
}
