/**
 * Glossa. Generated from glossa.ecore; regenerate with releng/glossa.codegen.
 */
package glossa.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation Filter Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the analyst chose to see. Empty lists mean no restriction.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link glossa.model.AnnotationFilterSpec#getName <em>Name</em>}</li>
 *   <li>{@link glossa.model.AnnotationFilterSpec#getHiddenTypes <em>Hidden Types</em>}</li>
 *   <li>{@link glossa.model.AnnotationFilterSpec#getStatuses <em>Statuses</em>}</li>
 *   <li>{@link glossa.model.AnnotationFilterSpec#getAuthors <em>Authors</em>}</li>
 *   <li>{@link glossa.model.AnnotationFilterSpec#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see glossa.model.GlossaPackage#getAnnotationFilterSpec()
 * @model
 * @generated
 */
public interface AnnotationFilterSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see glossa.model.GlossaPackage#getAnnotationFilterSpec_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link glossa.model.AnnotationFilterSpec#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Hidden Types</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden Types</em>' attribute list.
	 * @see glossa.model.GlossaPackage#getAnnotationFilterSpec_HiddenTypes()
	 * @model
	 * @generated
	 */
	EList<String> getHiddenTypes();

	/**
	 * Returns the value of the '<em><b>Statuses</b></em>' attribute list.
	 * The list contents are of type {@link glossa.model.AnnotationStatus}.
	 * The literals are from the enumeration {@link glossa.model.AnnotationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statuses</em>' attribute list.
	 * @see glossa.model.AnnotationStatus
	 * @see glossa.model.GlossaPackage#getAnnotationFilterSpec_Statuses()
	 * @model
	 * @generated
	 */
	EList<AnnotationStatus> getStatuses();

	/**
	 * Returns the value of the '<em><b>Authors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authors</em>' attribute list.
	 * @see glossa.model.GlossaPackage#getAnnotationFilterSpec_Authors()
	 * @model
	 * @generated
	 */
	EList<String> getAuthors();

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see glossa.model.GlossaPackage#getAnnotationFilterSpec_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link glossa.model.AnnotationFilterSpec#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // AnnotationFilterSpec
