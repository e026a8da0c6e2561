/**
 * Glossa. Generated from glossa.ecore; regenerate with releng/glossa.codegen.
 */
package glossa.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link glossa.model.Annotation#getId <em>Id</em>}</li>
 *   <li>{@link glossa.model.Annotation#getType <em>Type</em>}</li>
 *   <li>{@link glossa.model.Annotation#getBegin <em>Begin</em>}</li>
 *   <li>{@link glossa.model.Annotation#getEnd <em>End</em>}</li>
 *   <li>{@link glossa.model.Annotation#getQuote <em>Quote</em>}</li>
 *   <li>{@link glossa.model.Annotation#getPrefix <em>Prefix</em>}</li>
 *   <li>{@link glossa.model.Annotation#getSuffix <em>Suffix</em>}</li>
 *   <li>{@link glossa.model.Annotation#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link glossa.model.Annotation#getMemo <em>Memo</em>}</li>
 *   <li>{@link glossa.model.Annotation#getAuthor <em>Author</em>}</li>
 *   <li>{@link glossa.model.Annotation#getCreated <em>Created</em>}</li>
 *   <li>{@link glossa.model.Annotation#getModified <em>Modified</em>}</li>
 *   <li>{@link glossa.model.Annotation#getStatus <em>Status</em>}</li>
 *   <li>{@link glossa.model.Annotation#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link glossa.model.Annotation#getAnchorScore <em>Anchor Score</em>}</li>
 *   <li>{@link glossa.model.Annotation#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link glossa.model.Annotation#getRecommender <em>Recommender</em>}</li>
 * </ul>
 *
 * @see glossa.model.GlossaPackage#getAnnotation()
 * @model
 * @generated
 */
public interface Annotation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see glossa.model.GlossaPackage#getAnnotation_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' reference.
	 * @see #setType(AnnotationType)
	 * @see glossa.model.GlossaPackage#getAnnotation_Type()
	 * @model
	 * @generated
	 */
	AnnotationType getType();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getType <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' reference.
	 * @see #getType()
	 * @generated
	 */
	void setType(AnnotationType value);

	/**
	 * Returns the value of the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * UTF-16 code unit offset of the first annotated character.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Begin</em>' attribute.
	 * @see #setBegin(int)
	 * @see glossa.model.GlossaPackage#getAnnotation_Begin()
	 * @model
	 * @generated
	 */
	int getBegin();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getBegin <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Begin</em>' attribute.
	 * @see #getBegin()
	 * @generated
	 */
	void setBegin(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * UTF-16 code unit offset just past the last annotated character.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see glossa.model.GlossaPackage#getAnnotation_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see glossa.model.GlossaPackage#getAnnotation_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefix</em>' attribute.
	 * @see #setPrefix(String)
	 * @see glossa.model.GlossaPackage#getAnnotation_Prefix()
	 * @model
	 * @generated
	 */
	String getPrefix();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getPrefix <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefix</em>' attribute.
	 * @see #getPrefix()
	 * @generated
	 */
	void setPrefix(String value);

	/**
	 * Returns the value of the '<em><b>Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suffix</em>' attribute.
	 * @see #setSuffix(String)
	 * @see glossa.model.GlossaPackage#getAnnotation_Suffix()
	 * @model
	 * @generated
	 */
	String getSuffix();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getSuffix <em>Suffix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suffix</em>' attribute.
	 * @see #getSuffix()
	 * @generated
	 */
	void setSuffix(String value);

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link glossa.model.AttributeValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see glossa.model.GlossaPackage#getAnnotation_Attributes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeValue> getAttributes();

	/**
	 * Returns the value of the '<em><b>Memo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memo</em>' attribute.
	 * @see #setMemo(String)
	 * @see glossa.model.GlossaPackage#getAnnotation_Memo()
	 * @model
	 * @generated
	 */
	String getMemo();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getMemo <em>Memo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memo</em>' attribute.
	 * @see #getMemo()
	 * @generated
	 */
	void setMemo(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see glossa.model.GlossaPackage#getAnnotation_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see glossa.model.GlossaPackage#getAnnotation_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(Date)
	 * @see glossa.model.GlossaPackage#getAnnotation_Modified()
	 * @model
	 * @generated
	 */
	Date getModified();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(Date value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link glossa.model.AnnotationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see glossa.model.AnnotationStatus
	 * @see #setStatus(AnnotationStatus)
	 * @see glossa.model.GlossaPackage#getAnnotation_Status()
	 * @model
	 * @generated
	 */
	AnnotationStatus getStatus();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see glossa.model.AnnotationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AnnotationStatus value);

	/**
	 * Returns the value of the '<em><b>Anchor</b></em>' attribute.
	 * The literals are from the enumeration {@link glossa.model.AnchorState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the last re-anchoring placed this annotation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anchor</em>' attribute.
	 * @see glossa.model.AnchorState
	 * @see #setAnchor(AnchorState)
	 * @see glossa.model.GlossaPackage#getAnnotation_Anchor()
	 * @model
	 * @generated
	 */
	AnchorState getAnchor();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getAnchor <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anchor</em>' attribute.
	 * @see glossa.model.AnchorState
	 * @see #getAnchor()
	 * @generated
	 */
	void setAnchor(AnchorState value);

	/**
	 * Returns the value of the '<em><b>Anchor Score</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anchor Score</em>' attribute.
	 * @see #setAnchorScore(double)
	 * @see glossa.model.GlossaPackage#getAnnotation_AnchorScore()
	 * @model default="1.0"
	 * @generated
	 */
	double getAnchorScore();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getAnchorScore <em>Anchor Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anchor Score</em>' attribute.
	 * @see #getAnchorScore()
	 * @generated
	 */
	void setAnchorScore(double value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a suggestion: the recommender's confidence, 0 to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see glossa.model.GlossaPackage#getAnnotation_Confidence()
	 * @model
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Returns the value of the '<em><b>Recommender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a suggestion, or an annotation accepted from one: the id of the recommender that proposed it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommender</em>' attribute.
	 * @see #setRecommender(String)
	 * @see glossa.model.GlossaPackage#getAnnotation_Recommender()
	 * @model
	 * @generated
	 */
	String getRecommender();

	/**
	 * Sets the value of the '{@link glossa.model.Annotation#getRecommender <em>Recommender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommender</em>' attribute.
	 * @see #getRecommender()
	 * @generated
	 */
	void setRecommender(String value);

} // Annotation
