/**
 * Glossa. Generated from glossa.ecore; regenerate with releng/glossa.codegen.
 */
package glossa.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Merge Conflict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One field that two writers changed to different values since their common base (or an object one deleted and the other changed). Values are written as text; null means absent or deleted.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link glossa.model.MergeConflict#getId <em>Id</em>}</li>
 *   <li>{@link glossa.model.MergeConflict#getObjectKind <em>Object Kind</em>}</li>
 *   <li>{@link glossa.model.MergeConflict#getObjectId <em>Object Id</em>}</li>
 *   <li>{@link glossa.model.MergeConflict#getFeature <em>Feature</em>}</li>
 *   <li>{@link glossa.model.MergeConflict#getBase <em>Base</em>}</li>
 *   <li>{@link glossa.model.MergeConflict#getOurs <em>Ours</em>}</li>
 *   <li>{@link glossa.model.MergeConflict#getTheirs <em>Theirs</em>}</li>
 *   <li>{@link glossa.model.MergeConflict#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @see glossa.model.GlossaPackage#getMergeConflict()
 * @model
 * @generated
 */
public interface MergeConflict extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see glossa.model.GlossaPackage#getMergeConflict_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link glossa.model.MergeConflict#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Object Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * annotation, relation, type, filter, sections or document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Object Kind</em>' attribute.
	 * @see #setObjectKind(String)
	 * @see glossa.model.GlossaPackage#getMergeConflict_ObjectKind()
	 * @model
	 * @generated
	 */
	String getObjectKind();

	/**
	 * Sets the value of the '{@link glossa.model.MergeConflict#getObjectKind <em>Object Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Kind</em>' attribute.
	 * @see #getObjectKind()
	 * @generated
	 */
	void setObjectKind(String value);

	/**
	 * Returns the value of the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the annotation, relation or type (the name of a named filter); empty for the document itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Object Id</em>' attribute.
	 * @see #setObjectId(String)
	 * @see glossa.model.GlossaPackage#getMergeConflict_ObjectId()
	 * @model
	 * @generated
	 */
	String getObjectId();

	/**
	 * Sets the value of the '{@link glossa.model.MergeConflict#getObjectId <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Id</em>' attribute.
	 * @see #getObjectId()
	 * @generated
	 */
	void setObjectId(String value);

	/**
	 * Returns the value of the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The field: a feature name, attributes/NAME for one attribute value, or deleted when one side deleted what the other changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature</em>' attribute.
	 * @see #setFeature(String)
	 * @see glossa.model.GlossaPackage#getMergeConflict_Feature()
	 * @model
	 * @generated
	 */
	String getFeature();

	/**
	 * Sets the value of the '{@link glossa.model.MergeConflict#getFeature <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' attribute.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(String value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base</em>' attribute.
	 * @see #setBase(String)
	 * @see glossa.model.GlossaPackage#getMergeConflict_Base()
	 * @model
	 * @generated
	 */
	String getBase();

	/**
	 * Sets the value of the '{@link glossa.model.MergeConflict#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' attribute.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(String value);

	/**
	 * Returns the value of the '<em><b>Ours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ours</em>' attribute.
	 * @see #setOurs(String)
	 * @see glossa.model.GlossaPackage#getMergeConflict_Ours()
	 * @model
	 * @generated
	 */
	String getOurs();

	/**
	 * Sets the value of the '{@link glossa.model.MergeConflict#getOurs <em>Ours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ours</em>' attribute.
	 * @see #getOurs()
	 * @generated
	 */
	void setOurs(String value);

	/**
	 * Returns the value of the '<em><b>Theirs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theirs</em>' attribute.
	 * @see #setTheirs(String)
	 * @see glossa.model.GlossaPackage#getMergeConflict_Theirs()
	 * @model
	 * @generated
	 */
	String getTheirs();

	/**
	 * Sets the value of the '{@link glossa.model.MergeConflict#getTheirs <em>Theirs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theirs</em>' attribute.
	 * @see #getTheirs()
	 * @generated
	 */
	void setTheirs(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see glossa.model.GlossaPackage#getMergeConflict_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link glossa.model.MergeConflict#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

} // MergeConflict
