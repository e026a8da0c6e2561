/**
 * Glossa. Generated from glossa.ecore; regenerate with releng/glossa.codegen.
 */
package glossa.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link glossa.model.Document#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link glossa.model.Document#getSourcePath <em>Source Path</em>}</li>
 *   <li>{@link glossa.model.Document#getTitle <em>Title</em>}</li>
 *   <li>{@link glossa.model.Document#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link glossa.model.Document#isByteOrderMark <em>Byte Order Mark</em>}</li>
 *   <li>{@link glossa.model.Document#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link glossa.model.Document#isSectionsCorrected <em>Sections Corrected</em>}</li>
 *   <li>{@link glossa.model.Document#getSections <em>Sections</em>}</li>
 *   <li>{@link glossa.model.Document#getCodebook <em>Codebook</em>}</li>
 *   <li>{@link glossa.model.Document#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link glossa.model.Document#getRelations <em>Relations</em>}</li>
 *   <li>{@link glossa.model.Document#getFilters <em>Filters</em>}</li>
 *   <li>{@link glossa.model.Document#getActiveFilter <em>Active Filter</em>}</li>
 *   <li>{@link glossa.model.Document#getConflicts <em>Conflicts</em>}</li>
 *   <li>{@link glossa.model.Document#getMemo <em>Memo</em>}</li>
 *   <li>{@link glossa.model.Document#getProvenance <em>Provenance</em>}</li>
 * </ul>
 *
 * @see glossa.model.GlossaPackage#getDocument()
 * @model
 * @generated
 */
public interface Document extends EObject {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sidecar format version; older versions are migrated on load, newer ones refused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see glossa.model.GlossaPackage#getDocument_FormatVersion()
	 * @model default="1"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link glossa.model.Document#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Source Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File name of the article, relative to the sidecar. Never trusted as a path to write to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Path</em>' attribute.
	 * @see #setSourcePath(String)
	 * @see glossa.model.GlossaPackage#getDocument_SourcePath()
	 * @model
	 * @generated
	 */
	String getSourcePath();

	/**
	 * Sets the value of the '{@link glossa.model.Document#getSourcePath <em>Source Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Path</em>' attribute.
	 * @see #getSourcePath()
	 * @generated
	 */
	void setSourcePath(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see glossa.model.GlossaPackage#getDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link glossa.model.Document#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Encoding</b></em>' attribute.
	 * The default value is <code>"UTF-8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encoding</em>' attribute.
	 * @see #setEncoding(String)
	 * @see glossa.model.GlossaPackage#getDocument_Encoding()
	 * @model default="UTF-8"
	 * @generated
	 */
	String getEncoding();

	/**
	 * Sets the value of the '{@link glossa.model.Document#getEncoding <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoding</em>' attribute.
	 * @see #getEncoding()
	 * @generated
	 */
	void setEncoding(String value);

	/**
	 * Returns the value of the '<em><b>Byte Order Mark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Byte Order Mark</em>' attribute.
	 * @see #setByteOrderMark(boolean)
	 * @see glossa.model.GlossaPackage#getDocument_ByteOrderMark()
	 * @model
	 * @generated
	 */
	boolean isByteOrderMark();

	/**
	 * Sets the value of the '{@link glossa.model.Document#isByteOrderMark <em>Byte Order Mark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Byte Order Mark</em>' attribute.
	 * @see #isByteOrderMark()
	 * @generated
	 */
	void setByteOrderMark(boolean value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower-case hex SHA-256 of the UTF-8 bytes of the text the annotations were anchored on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see glossa.model.GlossaPackage#getDocument_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link glossa.model.Document#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Sections Corrected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True once the analyst corrected the section tree; it is then kept instead of detected anew.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sections Corrected</em>' attribute.
	 * @see #setSectionsCorrected(boolean)
	 * @see glossa.model.GlossaPackage#getDocument_SectionsCorrected()
	 * @model
	 * @generated
	 */
	boolean isSectionsCorrected();

	/**
	 * Sets the value of the '{@link glossa.model.Document#isSectionsCorrected <em>Sections Corrected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sections Corrected</em>' attribute.
	 * @see #isSectionsCorrected()
	 * @generated
	 */
	void setSectionsCorrected(boolean value);

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link glossa.model.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see glossa.model.GlossaPackage#getDocument_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

	/**
	 * Returns the value of the '<em><b>Codebook</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codebook</em>' containment reference.
	 * @see #setCodebook(Codebook)
	 * @see glossa.model.GlossaPackage#getDocument_Codebook()
	 * @model containment="true"
	 * @generated
	 */
	Codebook getCodebook();

	/**
	 * Sets the value of the '{@link glossa.model.Document#getCodebook <em>Codebook</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Codebook</em>' containment reference.
	 * @see #getCodebook()
	 * @generated
	 */
	void setCodebook(Codebook value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link glossa.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see glossa.model.GlossaPackage#getDocument_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Relations</b></em>' containment reference list.
	 * The list contents are of type {@link glossa.model.Relation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relations</em>' containment reference list.
	 * @see glossa.model.GlossaPackage#getDocument_Relations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Relation> getRelations();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link glossa.model.AnnotationFilterSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named filters saved with the document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see glossa.model.GlossaPackage#getDocument_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnnotationFilterSpec> getFilters();

	/**
	 * Returns the value of the '<em><b>Active Filter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active Filter</em>' containment reference.
	 * @see #setActiveFilter(AnnotationFilterSpec)
	 * @see glossa.model.GlossaPackage#getDocument_ActiveFilter()
	 * @model containment="true"
	 * @generated
	 */
	AnnotationFilterSpec getActiveFilter();

	/**
	 * Sets the value of the '{@link glossa.model.Document#getActiveFilter <em>Active Filter</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active Filter</em>' containment reference.
	 * @see #getActiveFilter()
	 * @generated
	 */
	void setActiveFilter(AnnotationFilterSpec value);

	/**
	 * Returns the value of the '<em><b>Conflicts</b></em>' containment reference list.
	 * The list contents are of type {@link glossa.model.MergeConflict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disagreements a three-way merge could not settle: the document keeps one value, the conflict keeps both until the analyst resolves it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conflicts</em>' containment reference list.
	 * @see glossa.model.GlossaPackage#getDocument_Conflicts()
	 * @model containment="true"
	 * @generated
	 */
	EList<MergeConflict> getConflicts();

	/**
	 * Returns the value of the '<em><b>Memo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The analyst's memo on the whole document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memo</em>' attribute.
	 * @see #setMemo(String)
	 * @see glossa.model.GlossaPackage#getDocument_Memo()
	 * @model
	 * @generated
	 */
	String getMemo();

	/**
	 * Sets the value of the '{@link glossa.model.Document#getMemo <em>Memo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memo</em>' attribute.
	 * @see #getMemo()
	 * @generated
	 */
	void setMemo(String value);

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the text came from when it was converted from a web page, PDF or Word file (or read from front matter); absent for a plain text file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provenance</em>' containment reference.
	 * @see #setProvenance(Provenance)
	 * @see glossa.model.GlossaPackage#getDocument_Provenance()
	 * @model containment="true"
	 * @generated
	 */
	Provenance getProvenance();

	/**
	 * Sets the value of the '{@link glossa.model.Document#getProvenance <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' containment reference.
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(Provenance value);

} // Document
