/**
 * Glossa. Generated from glossa.ecore; regenerate with releng/glossa.codegen.
 */
package glossa.model.impl;

import glossa.model.GlossaPackage;
import glossa.model.MergeConflict;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Merge Conflict</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link glossa.model.impl.MergeConflictImpl#getId <em>Id</em>}</li>
 *   <li>{@link glossa.model.impl.MergeConflictImpl#getObjectKind <em>Object Kind</em>}</li>
 *   <li>{@link glossa.model.impl.MergeConflictImpl#getObjectId <em>Object Id</em>}</li>
 *   <li>{@link glossa.model.impl.MergeConflictImpl#getFeature <em>Feature</em>}</li>
 *   <li>{@link glossa.model.impl.MergeConflictImpl#getBase <em>Base</em>}</li>
 *   <li>{@link glossa.model.impl.MergeConflictImpl#getOurs <em>Ours</em>}</li>
 *   <li>{@link glossa.model.impl.MergeConflictImpl#getTheirs <em>Theirs</em>}</li>
 *   <li>{@link glossa.model.impl.MergeConflictImpl#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MergeConflictImpl extends MinimalEObjectImpl.Container implements MergeConflict {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjectKind() <em>Object Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectKind()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJECT_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjectKind() <em>Object Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectKind()
	 * @generated
	 * @ordered
	 */
	protected String objectKind = OBJECT_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjectId() <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectId()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJECT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjectId() <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectId()
	 * @generated
	 * @ordered
	 */
	protected String objectId = OBJECT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected String feature = FEATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected String base = BASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOurs() <em>Ours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurs()
	 * @generated
	 * @ordered
	 */
	protected static final String OURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOurs() <em>Ours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurs()
	 * @generated
	 * @ordered
	 */
	protected String ours = OURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheirs() <em>Theirs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirs()
	 * @generated
	 * @ordered
	 */
	protected static final String THEIRS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheirs() <em>Theirs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirs()
	 * @generated
	 * @ordered
	 */
	protected String theirs = THEIRS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MergeConflictImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GlossaPackage.Literals.MERGE_CONFLICT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.MERGE_CONFLICT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjectKind() {
		return objectKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectKind(String newObjectKind) {
		String oldObjectKind = objectKind;
		objectKind = newObjectKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.MERGE_CONFLICT__OBJECT_KIND, oldObjectKind, objectKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjectId() {
		return objectId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectId(String newObjectId) {
		String oldObjectId = objectId;
		objectId = newObjectId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.MERGE_CONFLICT__OBJECT_ID, oldObjectId, objectId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeature() {
		return feature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeature(String newFeature) {
		String oldFeature = feature;
		feature = newFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.MERGE_CONFLICT__FEATURE, oldFeature, feature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBase() {
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(String newBase) {
		String oldBase = base;
		base = newBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.MERGE_CONFLICT__BASE, oldBase, base));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOurs() {
		return ours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOurs(String newOurs) {
		String oldOurs = ours;
		ours = newOurs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.MERGE_CONFLICT__OURS, oldOurs, ours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheirs() {
		return theirs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheirs(String newTheirs) {
		String oldTheirs = theirs;
		theirs = newTheirs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.MERGE_CONFLICT__THEIRS, oldTheirs, theirs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.MERGE_CONFLICT__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GlossaPackage.MERGE_CONFLICT__ID:
				return getId();
			case GlossaPackage.MERGE_CONFLICT__OBJECT_KIND:
				return getObjectKind();
			case GlossaPackage.MERGE_CONFLICT__OBJECT_ID:
				return getObjectId();
			case GlossaPackage.MERGE_CONFLICT__FEATURE:
				return getFeature();
			case GlossaPackage.MERGE_CONFLICT__BASE:
				return getBase();
			case GlossaPackage.MERGE_CONFLICT__OURS:
				return getOurs();
			case GlossaPackage.MERGE_CONFLICT__THEIRS:
				return getTheirs();
			case GlossaPackage.MERGE_CONFLICT__CREATED:
				return getCreated();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GlossaPackage.MERGE_CONFLICT__ID:
				setId((String)newValue);
				return;
			case GlossaPackage.MERGE_CONFLICT__OBJECT_KIND:
				setObjectKind((String)newValue);
				return;
			case GlossaPackage.MERGE_CONFLICT__OBJECT_ID:
				setObjectId((String)newValue);
				return;
			case GlossaPackage.MERGE_CONFLICT__FEATURE:
				setFeature((String)newValue);
				return;
			case GlossaPackage.MERGE_CONFLICT__BASE:
				setBase((String)newValue);
				return;
			case GlossaPackage.MERGE_CONFLICT__OURS:
				setOurs((String)newValue);
				return;
			case GlossaPackage.MERGE_CONFLICT__THEIRS:
				setTheirs((String)newValue);
				return;
			case GlossaPackage.MERGE_CONFLICT__CREATED:
				setCreated((Date)newValue);
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
			case GlossaPackage.MERGE_CONFLICT__ID:
				setId(ID_EDEFAULT);
				return;
			case GlossaPackage.MERGE_CONFLICT__OBJECT_KIND:
				setObjectKind(OBJECT_KIND_EDEFAULT);
				return;
			case GlossaPackage.MERGE_CONFLICT__OBJECT_ID:
				setObjectId(OBJECT_ID_EDEFAULT);
				return;
			case GlossaPackage.MERGE_CONFLICT__FEATURE:
				setFeature(FEATURE_EDEFAULT);
				return;
			case GlossaPackage.MERGE_CONFLICT__BASE:
				setBase(BASE_EDEFAULT);
				return;
			case GlossaPackage.MERGE_CONFLICT__OURS:
				setOurs(OURS_EDEFAULT);
				return;
			case GlossaPackage.MERGE_CONFLICT__THEIRS:
				setTheirs(THEIRS_EDEFAULT);
				return;
			case GlossaPackage.MERGE_CONFLICT__CREATED:
				setCreated(CREATED_EDEFAULT);
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
			case GlossaPackage.MERGE_CONFLICT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case GlossaPackage.MERGE_CONFLICT__OBJECT_KIND:
				return OBJECT_KIND_EDEFAULT == null ? objectKind != null : !OBJECT_KIND_EDEFAULT.equals(objectKind);
			case GlossaPackage.MERGE_CONFLICT__OBJECT_ID:
				return OBJECT_ID_EDEFAULT == null ? objectId != null : !OBJECT_ID_EDEFAULT.equals(objectId);
			case GlossaPackage.MERGE_CONFLICT__FEATURE:
				return FEATURE_EDEFAULT == null ? feature != null : !FEATURE_EDEFAULT.equals(feature);
			case GlossaPackage.MERGE_CONFLICT__BASE:
				return BASE_EDEFAULT == null ? base != null : !BASE_EDEFAULT.equals(base);
			case GlossaPackage.MERGE_CONFLICT__OURS:
				return OURS_EDEFAULT == null ? ours != null : !OURS_EDEFAULT.equals(ours);
			case GlossaPackage.MERGE_CONFLICT__THEIRS:
				return THEIRS_EDEFAULT == null ? theirs != null : !THEIRS_EDEFAULT.equals(theirs);
			case GlossaPackage.MERGE_CONFLICT__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", objectKind: ");
		result.append(objectKind);
		result.append(", objectId: ");
		result.append(objectId);
		result.append(", feature: ");
		result.append(feature);
		result.append(", base: ");
		result.append(base);
		result.append(", ours: ");
		result.append(ours);
		result.append(", theirs: ");
		result.append(theirs);
		result.append(", created: ");
		result.append(created);
		result.append(')');
		return result.toString();
	}

} //MergeConflictImpl
