/**
 * Glossa. Generated from glossa.ecore; regenerate with releng/glossa.codegen.
 */
package glossa.model.impl;

import glossa.model.Annotation;
import glossa.model.AnnotationFilterSpec;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaPackage;
import glossa.model.MergeConflict;
import glossa.model.Provenance;
import glossa.model.Relation;
import glossa.model.Section;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link glossa.model.impl.DocumentImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#getSourcePath <em>Source Path</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#isByteOrderMark <em>Byte Order Mark</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#isSectionsCorrected <em>Sections Corrected</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#getCodebook <em>Codebook</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#getRelations <em>Relations</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#getFilters <em>Filters</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#getActiveFilter <em>Active Filter</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#getConflicts <em>Conflicts</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#getMemo <em>Memo</em>}</li>
 *   <li>{@link glossa.model.impl.DocumentImpl#getProvenance <em>Provenance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentImpl extends MinimalEObjectImpl.Container implements Document {
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourcePath() <em>Source Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourcePath()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourcePath() <em>Source Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourcePath()
	 * @generated
	 * @ordered
	 */
	protected String sourcePath = SOURCE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected static final String ENCODING_EDEFAULT = "UTF-8";

	/**
	 * The cached value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected String encoding = ENCODING_EDEFAULT;

	/**
	 * The default value of the '{@link #isByteOrderMark() <em>Byte Order Mark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isByteOrderMark()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BYTE_ORDER_MARK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isByteOrderMark() <em>Byte Order Mark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isByteOrderMark()
	 * @generated
	 * @ordered
	 */
	protected boolean byteOrderMark = BYTE_ORDER_MARK_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #isSectionsCorrected() <em>Sections Corrected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSectionsCorrected()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SECTIONS_CORRECTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSectionsCorrected() <em>Sections Corrected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSectionsCorrected()
	 * @generated
	 * @ordered
	 */
	protected boolean sectionsCorrected = SECTIONS_CORRECTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> sections;

	/**
	 * The cached value of the '{@link #getCodebook() <em>Codebook</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodebook()
	 * @generated
	 * @ordered
	 */
	protected Codebook codebook;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * The cached value of the '{@link #getRelations() <em>Relations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelations()
	 * @generated
	 * @ordered
	 */
	protected EList<Relation> relations;

	/**
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<AnnotationFilterSpec> filters;

	/**
	 * The cached value of the '{@link #getActiveFilter() <em>Active Filter</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveFilter()
	 * @generated
	 * @ordered
	 */
	protected AnnotationFilterSpec activeFilter;

	/**
	 * The cached value of the '{@link #getConflicts() <em>Conflicts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflicts()
	 * @generated
	 * @ordered
	 */
	protected EList<MergeConflict> conflicts;

	/**
	 * The default value of the '{@link #getMemo() <em>Memo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemo()
	 * @generated
	 * @ordered
	 */
	protected static final String MEMO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMemo() <em>Memo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemo()
	 * @generated
	 * @ordered
	 */
	protected String memo = MEMO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected Provenance provenance;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GlossaPackage.Literals.DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourcePath() {
		return sourcePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourcePath(String newSourcePath) {
		String oldSourcePath = sourcePath;
		sourcePath = newSourcePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__SOURCE_PATH, oldSourcePath, sourcePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEncoding() {
		return encoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncoding(String newEncoding) {
		String oldEncoding = encoding;
		encoding = newEncoding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__ENCODING, oldEncoding, encoding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isByteOrderMark() {
		return byteOrderMark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setByteOrderMark(boolean newByteOrderMark) {
		boolean oldByteOrderMark = byteOrderMark;
		byteOrderMark = newByteOrderMark;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__BYTE_ORDER_MARK, oldByteOrderMark, byteOrderMark));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSectionsCorrected() {
		return sectionsCorrected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSectionsCorrected(boolean newSectionsCorrected) {
		boolean oldSectionsCorrected = sectionsCorrected;
		sectionsCorrected = newSectionsCorrected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__SECTIONS_CORRECTED, oldSectionsCorrected, sectionsCorrected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<Section>(Section.class, this, GlossaPackage.DOCUMENT__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Codebook getCodebook() {
		return codebook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCodebook(Codebook newCodebook, NotificationChain msgs) {
		Codebook oldCodebook = codebook;
		codebook = newCodebook;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__CODEBOOK, oldCodebook, newCodebook);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodebook(Codebook newCodebook) {
		if (newCodebook != codebook) {
			NotificationChain msgs = null;
			if (codebook != null)
				msgs = ((InternalEObject)codebook).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GlossaPackage.DOCUMENT__CODEBOOK, null, msgs);
			if (newCodebook != null)
				msgs = ((InternalEObject)newCodebook).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GlossaPackage.DOCUMENT__CODEBOOK, null, msgs);
			msgs = basicSetCodebook(newCodebook, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__CODEBOOK, newCodebook, newCodebook));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, GlossaPackage.DOCUMENT__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Relation> getRelations() {
		if (relations == null) {
			relations = new EObjectContainmentEList<Relation>(Relation.class, this, GlossaPackage.DOCUMENT__RELATIONS);
		}
		return relations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnnotationFilterSpec> getFilters() {
		if (filters == null) {
			filters = new EObjectContainmentEList<AnnotationFilterSpec>(AnnotationFilterSpec.class, this, GlossaPackage.DOCUMENT__FILTERS);
		}
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotationFilterSpec getActiveFilter() {
		return activeFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetActiveFilter(AnnotationFilterSpec newActiveFilter, NotificationChain msgs) {
		AnnotationFilterSpec oldActiveFilter = activeFilter;
		activeFilter = newActiveFilter;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__ACTIVE_FILTER, oldActiveFilter, newActiveFilter);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActiveFilter(AnnotationFilterSpec newActiveFilter) {
		if (newActiveFilter != activeFilter) {
			NotificationChain msgs = null;
			if (activeFilter != null)
				msgs = ((InternalEObject)activeFilter).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GlossaPackage.DOCUMENT__ACTIVE_FILTER, null, msgs);
			if (newActiveFilter != null)
				msgs = ((InternalEObject)newActiveFilter).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GlossaPackage.DOCUMENT__ACTIVE_FILTER, null, msgs);
			msgs = basicSetActiveFilter(newActiveFilter, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__ACTIVE_FILTER, newActiveFilter, newActiveFilter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MergeConflict> getConflicts() {
		if (conflicts == null) {
			conflicts = new EObjectContainmentEList<MergeConflict>(MergeConflict.class, this, GlossaPackage.DOCUMENT__CONFLICTS);
		}
		return conflicts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMemo() {
		return memo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemo(String newMemo) {
		String oldMemo = memo;
		memo = newMemo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__MEMO, oldMemo, memo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provenance getProvenance() {
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvenance(Provenance newProvenance, NotificationChain msgs) {
		Provenance oldProvenance = provenance;
		provenance = newProvenance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__PROVENANCE, oldProvenance, newProvenance);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvenance(Provenance newProvenance) {
		if (newProvenance != provenance) {
			NotificationChain msgs = null;
			if (provenance != null)
				msgs = ((InternalEObject)provenance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GlossaPackage.DOCUMENT__PROVENANCE, null, msgs);
			if (newProvenance != null)
				msgs = ((InternalEObject)newProvenance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GlossaPackage.DOCUMENT__PROVENANCE, null, msgs);
			msgs = basicSetProvenance(newProvenance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.DOCUMENT__PROVENANCE, newProvenance, newProvenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GlossaPackage.DOCUMENT__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case GlossaPackage.DOCUMENT__CODEBOOK:
				return basicSetCodebook(null, msgs);
			case GlossaPackage.DOCUMENT__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case GlossaPackage.DOCUMENT__RELATIONS:
				return ((InternalEList<?>)getRelations()).basicRemove(otherEnd, msgs);
			case GlossaPackage.DOCUMENT__FILTERS:
				return ((InternalEList<?>)getFilters()).basicRemove(otherEnd, msgs);
			case GlossaPackage.DOCUMENT__ACTIVE_FILTER:
				return basicSetActiveFilter(null, msgs);
			case GlossaPackage.DOCUMENT__CONFLICTS:
				return ((InternalEList<?>)getConflicts()).basicRemove(otherEnd, msgs);
			case GlossaPackage.DOCUMENT__PROVENANCE:
				return basicSetProvenance(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GlossaPackage.DOCUMENT__FORMAT_VERSION:
				return getFormatVersion();
			case GlossaPackage.DOCUMENT__SOURCE_PATH:
				return getSourcePath();
			case GlossaPackage.DOCUMENT__TITLE:
				return getTitle();
			case GlossaPackage.DOCUMENT__ENCODING:
				return getEncoding();
			case GlossaPackage.DOCUMENT__BYTE_ORDER_MARK:
				return isByteOrderMark();
			case GlossaPackage.DOCUMENT__CONTENT_HASH:
				return getContentHash();
			case GlossaPackage.DOCUMENT__SECTIONS_CORRECTED:
				return isSectionsCorrected();
			case GlossaPackage.DOCUMENT__SECTIONS:
				return getSections();
			case GlossaPackage.DOCUMENT__CODEBOOK:
				return getCodebook();
			case GlossaPackage.DOCUMENT__ANNOTATIONS:
				return getAnnotations();
			case GlossaPackage.DOCUMENT__RELATIONS:
				return getRelations();
			case GlossaPackage.DOCUMENT__FILTERS:
				return getFilters();
			case GlossaPackage.DOCUMENT__ACTIVE_FILTER:
				return getActiveFilter();
			case GlossaPackage.DOCUMENT__CONFLICTS:
				return getConflicts();
			case GlossaPackage.DOCUMENT__MEMO:
				return getMemo();
			case GlossaPackage.DOCUMENT__PROVENANCE:
				return getProvenance();
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
			case GlossaPackage.DOCUMENT__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case GlossaPackage.DOCUMENT__SOURCE_PATH:
				setSourcePath((String)newValue);
				return;
			case GlossaPackage.DOCUMENT__TITLE:
				setTitle((String)newValue);
				return;
			case GlossaPackage.DOCUMENT__ENCODING:
				setEncoding((String)newValue);
				return;
			case GlossaPackage.DOCUMENT__BYTE_ORDER_MARK:
				setByteOrderMark((Boolean)newValue);
				return;
			case GlossaPackage.DOCUMENT__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case GlossaPackage.DOCUMENT__SECTIONS_CORRECTED:
				setSectionsCorrected((Boolean)newValue);
				return;
			case GlossaPackage.DOCUMENT__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Section>)newValue);
				return;
			case GlossaPackage.DOCUMENT__CODEBOOK:
				setCodebook((Codebook)newValue);
				return;
			case GlossaPackage.DOCUMENT__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case GlossaPackage.DOCUMENT__RELATIONS:
				getRelations().clear();
				getRelations().addAll((Collection<? extends Relation>)newValue);
				return;
			case GlossaPackage.DOCUMENT__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends AnnotationFilterSpec>)newValue);
				return;
			case GlossaPackage.DOCUMENT__ACTIVE_FILTER:
				setActiveFilter((AnnotationFilterSpec)newValue);
				return;
			case GlossaPackage.DOCUMENT__CONFLICTS:
				getConflicts().clear();
				getConflicts().addAll((Collection<? extends MergeConflict>)newValue);
				return;
			case GlossaPackage.DOCUMENT__MEMO:
				setMemo((String)newValue);
				return;
			case GlossaPackage.DOCUMENT__PROVENANCE:
				setProvenance((Provenance)newValue);
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
			case GlossaPackage.DOCUMENT__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case GlossaPackage.DOCUMENT__SOURCE_PATH:
				setSourcePath(SOURCE_PATH_EDEFAULT);
				return;
			case GlossaPackage.DOCUMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case GlossaPackage.DOCUMENT__ENCODING:
				setEncoding(ENCODING_EDEFAULT);
				return;
			case GlossaPackage.DOCUMENT__BYTE_ORDER_MARK:
				setByteOrderMark(BYTE_ORDER_MARK_EDEFAULT);
				return;
			case GlossaPackage.DOCUMENT__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case GlossaPackage.DOCUMENT__SECTIONS_CORRECTED:
				setSectionsCorrected(SECTIONS_CORRECTED_EDEFAULT);
				return;
			case GlossaPackage.DOCUMENT__SECTIONS:
				getSections().clear();
				return;
			case GlossaPackage.DOCUMENT__CODEBOOK:
				setCodebook((Codebook)null);
				return;
			case GlossaPackage.DOCUMENT__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case GlossaPackage.DOCUMENT__RELATIONS:
				getRelations().clear();
				return;
			case GlossaPackage.DOCUMENT__FILTERS:
				getFilters().clear();
				return;
			case GlossaPackage.DOCUMENT__ACTIVE_FILTER:
				setActiveFilter((AnnotationFilterSpec)null);
				return;
			case GlossaPackage.DOCUMENT__CONFLICTS:
				getConflicts().clear();
				return;
			case GlossaPackage.DOCUMENT__MEMO:
				setMemo(MEMO_EDEFAULT);
				return;
			case GlossaPackage.DOCUMENT__PROVENANCE:
				setProvenance((Provenance)null);
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
			case GlossaPackage.DOCUMENT__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case GlossaPackage.DOCUMENT__SOURCE_PATH:
				return SOURCE_PATH_EDEFAULT == null ? sourcePath != null : !SOURCE_PATH_EDEFAULT.equals(sourcePath);
			case GlossaPackage.DOCUMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case GlossaPackage.DOCUMENT__ENCODING:
				return ENCODING_EDEFAULT == null ? encoding != null : !ENCODING_EDEFAULT.equals(encoding);
			case GlossaPackage.DOCUMENT__BYTE_ORDER_MARK:
				return byteOrderMark != BYTE_ORDER_MARK_EDEFAULT;
			case GlossaPackage.DOCUMENT__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case GlossaPackage.DOCUMENT__SECTIONS_CORRECTED:
				return sectionsCorrected != SECTIONS_CORRECTED_EDEFAULT;
			case GlossaPackage.DOCUMENT__SECTIONS:
				return sections != null && !sections.isEmpty();
			case GlossaPackage.DOCUMENT__CODEBOOK:
				return codebook != null;
			case GlossaPackage.DOCUMENT__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case GlossaPackage.DOCUMENT__RELATIONS:
				return relations != null && !relations.isEmpty();
			case GlossaPackage.DOCUMENT__FILTERS:
				return filters != null && !filters.isEmpty();
			case GlossaPackage.DOCUMENT__ACTIVE_FILTER:
				return activeFilter != null;
			case GlossaPackage.DOCUMENT__CONFLICTS:
				return conflicts != null && !conflicts.isEmpty();
			case GlossaPackage.DOCUMENT__MEMO:
				return MEMO_EDEFAULT == null ? memo != null : !MEMO_EDEFAULT.equals(memo);
			case GlossaPackage.DOCUMENT__PROVENANCE:
				return provenance != null;
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
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(", sourcePath: ");
		result.append(sourcePath);
		result.append(", title: ");
		result.append(title);
		result.append(", encoding: ");
		result.append(encoding);
		result.append(", byteOrderMark: ");
		result.append(byteOrderMark);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(", sectionsCorrected: ");
		result.append(sectionsCorrected);
		result.append(", memo: ");
		result.append(memo);
		result.append(')');
		return result.toString();
	}

} //DocumentImpl
