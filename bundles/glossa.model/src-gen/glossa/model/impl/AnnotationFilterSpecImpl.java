/**
 * Glossa. Generated from glossa.ecore; regenerate with releng/glossa.codegen.
 */
package glossa.model.impl;

import glossa.model.AnnotationFilterSpec;
import glossa.model.AnnotationStatus;
import glossa.model.GlossaPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation Filter Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link glossa.model.impl.AnnotationFilterSpecImpl#getName <em>Name</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationFilterSpecImpl#getHiddenTypes <em>Hidden Types</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationFilterSpecImpl#getStatuses <em>Statuses</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationFilterSpecImpl#getAuthors <em>Authors</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationFilterSpecImpl#getText <em>Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationFilterSpecImpl extends MinimalEObjectImpl.Container implements AnnotationFilterSpec {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHiddenTypes() <em>Hidden Types</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> hiddenTypes;

	/**
	 * The cached value of the '{@link #getStatuses() <em>Statuses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<AnnotationStatus> statuses;

	/**
	 * The cached value of the '{@link #getAuthors() <em>Authors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> authors;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationFilterSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GlossaPackage.Literals.ANNOTATION_FILTER_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION_FILTER_SPEC__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHiddenTypes() {
		if (hiddenTypes == null) {
			hiddenTypes = new EDataTypeUniqueEList<String>(String.class, this, GlossaPackage.ANNOTATION_FILTER_SPEC__HIDDEN_TYPES);
		}
		return hiddenTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnnotationStatus> getStatuses() {
		if (statuses == null) {
			statuses = new EDataTypeUniqueEList<AnnotationStatus>(AnnotationStatus.class, this, GlossaPackage.ANNOTATION_FILTER_SPEC__STATUSES);
		}
		return statuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAuthors() {
		if (authors == null) {
			authors = new EDataTypeUniqueEList<String>(String.class, this, GlossaPackage.ANNOTATION_FILTER_SPEC__AUTHORS);
		}
		return authors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION_FILTER_SPEC__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GlossaPackage.ANNOTATION_FILTER_SPEC__NAME:
				return getName();
			case GlossaPackage.ANNOTATION_FILTER_SPEC__HIDDEN_TYPES:
				return getHiddenTypes();
			case GlossaPackage.ANNOTATION_FILTER_SPEC__STATUSES:
				return getStatuses();
			case GlossaPackage.ANNOTATION_FILTER_SPEC__AUTHORS:
				return getAuthors();
			case GlossaPackage.ANNOTATION_FILTER_SPEC__TEXT:
				return getText();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GlossaPackage.ANNOTATION_FILTER_SPEC__NAME:
				setName((String)newValue);
				return;
			case GlossaPackage.ANNOTATION_FILTER_SPEC__HIDDEN_TYPES:
				getHiddenTypes().clear();
				getHiddenTypes().addAll((Collection<? extends String>)newValue);
				return;
			case GlossaPackage.ANNOTATION_FILTER_SPEC__STATUSES:
				getStatuses().clear();
				getStatuses().addAll((Collection<? extends AnnotationStatus>)newValue);
				return;
			case GlossaPackage.ANNOTATION_FILTER_SPEC__AUTHORS:
				getAuthors().clear();
				getAuthors().addAll((Collection<? extends String>)newValue);
				return;
			case GlossaPackage.ANNOTATION_FILTER_SPEC__TEXT:
				setText((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GlossaPackage.ANNOTATION_FILTER_SPEC__NAME:
				setName(NAME_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION_FILTER_SPEC__HIDDEN_TYPES:
				getHiddenTypes().clear();
				return;
			case GlossaPackage.ANNOTATION_FILTER_SPEC__STATUSES:
				getStatuses().clear();
				return;
			case GlossaPackage.ANNOTATION_FILTER_SPEC__AUTHORS:
				getAuthors().clear();
				return;
			case GlossaPackage.ANNOTATION_FILTER_SPEC__TEXT:
				setText(TEXT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GlossaPackage.ANNOTATION_FILTER_SPEC__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case GlossaPackage.ANNOTATION_FILTER_SPEC__HIDDEN_TYPES:
				return hiddenTypes != null && !hiddenTypes.isEmpty();
			case GlossaPackage.ANNOTATION_FILTER_SPEC__STATUSES:
				return statuses != null && !statuses.isEmpty();
			case GlossaPackage.ANNOTATION_FILTER_SPEC__AUTHORS:
				return authors != null && !authors.isEmpty();
			case GlossaPackage.ANNOTATION_FILTER_SPEC__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", hiddenTypes: ");
		result.append(hiddenTypes);
		result.append(", statuses: ");
		result.append(statuses);
		result.append(", authors: ");
		result.append(authors);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //AnnotationFilterSpecImpl
