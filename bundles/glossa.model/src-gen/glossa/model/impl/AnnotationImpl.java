/**
 * Glossa. Generated from glossa.ecore; regenerate with releng/glossa.codegen.
 */
package glossa.model.impl;

import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.AttributeValue;
import glossa.model.GlossaPackage;

import java.util.Collection;
import java.util.Date;

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
 * An implementation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getId <em>Id</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getType <em>Type</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getBegin <em>Begin</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getEnd <em>End</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getQuote <em>Quote</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getPrefix <em>Prefix</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getSuffix <em>Suffix</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getMemo <em>Memo</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getAnchorScore <em>Anchor Score</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link glossa.model.impl.AnnotationImpl#getRecommender <em>Recommender</em>}</li>
 * </ul>
 * <p>It implements {@link glossa.model.util.TextSharing}, so that {@link glossa.model.util.AnchorTexts} need not
 * know this class.</p>
 *
 * @generated NOT
 */
public class AnnotationImpl extends MinimalEObjectImpl.Container implements Annotation, glossa.model.util.TextSharing {
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
	 * The cached value of the '{@link #getType() <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected AnnotationType type;

	/**
	 * The default value of the '{@link #getBegin() <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBegin()
	 * @generated
	 * @ordered
	 */
	protected static final int BEGIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBegin() <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBegin()
	 * @generated
	 * @ordered
	 */
	protected int begin = BEGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected int end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrefix() <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefix()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrefix() <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefix()
	 * @generated
	 * @ordered
	 */
	protected String prefix = PREFIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuffix() <em>Suffix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuffix()
	 * @generated
	 * @ordered
	 */
	protected static final String SUFFIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuffix() <em>Suffix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuffix()
	 * @generated
	 * @ordered
	 */
	protected String suffix = SUFFIX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttributes() <em>Attributes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeValue> attributes;

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
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

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
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final Date MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected Date modified = MODIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AnnotationStatus STATUS_EDEFAULT = AnnotationStatus.CONFIRMED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AnnotationStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnchor() <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchor()
	 * @generated
	 * @ordered
	 */
	protected static final AnchorState ANCHOR_EDEFAULT = AnchorState.EXACT;

	/**
	 * The cached value of the '{@link #getAnchor() <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchor()
	 * @generated
	 * @ordered
	 */
	protected AnchorState anchor = ANCHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnchorScore() <em>Anchor Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchorScore()
	 * @generated
	 * @ordered
	 */
	protected static final double ANCHOR_SCORE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getAnchorScore() <em>Anchor Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchorScore()
	 * @generated
	 * @ordered
	 */
	protected double anchorScore = ANCHOR_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecommender() <em>Recommender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommender()
	 * @generated
	 * @ordered
	 */
	protected static final String RECOMMENDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecommender() <em>Recommender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommender()
	 * @generated
	 * @ordered
	 */
	protected String recommender = RECOMMENDER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * The article text that {@link #quote}, {@link #prefix} and {@link #suffix} were verified to equal at
	 * {@link #begin}..{@link #end}, held by reference (the text is in memory anyway). While it is set, those three
	 * fields are null and their values are derived from it ({@link glossa.model.util.AnchorTexts}); any change of
	 * offsets, quote or context first stores the derived values again ({@link #materializeAnchor()}). Not modelled,
	 * never serialised, not copied.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	protected String sharedText;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * The text this annotation derives its quote and context from, or null when it stores them.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String sharedText() {
		return sharedText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Derives quote, prefix and suffix from {@code text} from now on and drops the stored strings, if and only if
	 * they equal what the text gives at the current offsets (see {@link glossa.model.util.AnchorTexts#share}).
	 * Nothing observable changes, so nothing is notified.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public boolean shareText(String text) {
		if (text == null) {
			return false;
		}
		if (text == sharedText) {
			return true;
		}
		if (!glossa.model.util.AnchorTexts.matches(text, begin, end, getQuote(), getPrefix(), getSuffix())) {
			return false;
		}
		quote = null;
		prefix = null;
		suffix = null;
		sharedText = text;
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Stores the derived quote, prefix and suffix again, computed from the shared text at the still unchanged
	 * offsets, and lets go of the text. Called before any change of offsets, quote or context, so that derived
	 * values never follow offsets they were not verified for.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	protected void materializeAnchor() {
		String text = sharedText;
		if (text != null) {
			quote = text.substring(begin, end);
			prefix = glossa.model.util.AnchorTexts.prefixOf(text, begin);
			suffix = glossa.model.util.AnchorTexts.suffixOf(text, end);
			sharedText = null;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GlossaPackage.Literals.ANNOTATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotationType getType() {
		if (type != null && type.eIsProxy()) {
			InternalEObject oldType = (InternalEObject)type;
			type = (AnnotationType)eResolveProxy(oldType);
			if (type != oldType) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GlossaPackage.ANNOTATION__TYPE, oldType, type));
			}
		}
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnnotationType basicGetType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(AnnotationType newType) {
		AnnotationType oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBegin() {
		return begin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Stores a shared quote and context first (they belong to the old offsets).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void setBegin(int newBegin) {
		if (newBegin != begin) {
			materializeAnchor();
		}
		int oldBegin = begin;
		begin = newBegin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__BEGIN, oldBegin, begin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Stores a shared quote and context first (they belong to the old offsets).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void setEnd(int newEnd) {
		if (newEnd != end) {
			materializeAnchor();
		}
		int oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * Derived from the shared text while there is one.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getQuote() {
		String text = sharedText;
		return text != null ? text.substring(begin, end) : quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Stores a shared quote and context first, so that the old value is notified and the other two stay as they were.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void setQuote(String newQuote) {
		materializeAnchor();
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * Derived from the shared text while there is one.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getPrefix() {
		String text = sharedText;
		return text != null ? glossa.model.util.AnchorTexts.prefixOf(text, begin) : prefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Stores a shared quote and context first, so that the old value is notified and the other two stay as they were.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void setPrefix(String newPrefix) {
		materializeAnchor();
		String oldPrefix = prefix;
		prefix = newPrefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__PREFIX, oldPrefix, prefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * Derived from the shared text while there is one.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getSuffix() {
		String text = sharedText;
		return text != null ? glossa.model.util.AnchorTexts.suffixOf(text, end) : suffix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Stores a shared quote and context first, so that the old value is notified and the other two stay as they were.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void setSuffix(String newSuffix) {
		materializeAnchor();
		String oldSuffix = suffix;
		suffix = newSuffix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__SUFFIX, oldSuffix, suffix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeValue> getAttributes() {
		if (attributes == null) {
			attributes = new EObjectContainmentEList<AttributeValue>(AttributeValue.class, this, GlossaPackage.ANNOTATION__ATTRIBUTES);
		}
		return attributes;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__MEMO, oldMemo, memo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__AUTHOR, oldAuthor, author));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(Date newModified) {
		Date oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AnnotationStatus newStatus) {
		AnnotationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnchorState getAnchor() {
		return anchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnchor(AnchorState newAnchor) {
		AnchorState oldAnchor = anchor;
		anchor = newAnchor == null ? ANCHOR_EDEFAULT : newAnchor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__ANCHOR, oldAnchor, anchor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnchorScore() {
		return anchorScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnchorScore(double newAnchorScore) {
		double oldAnchorScore = anchorScore;
		anchorScore = newAnchorScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__ANCHOR_SCORE, oldAnchorScore, anchorScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecommender() {
		return recommender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecommender(String newRecommender) {
		String oldRecommender = recommender;
		recommender = newRecommender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION__RECOMMENDER, oldRecommender, recommender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GlossaPackage.ANNOTATION__ATTRIBUTES:
				return ((InternalEList<?>)getAttributes()).basicRemove(otherEnd, msgs);
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
			case GlossaPackage.ANNOTATION__ID:
				return getId();
			case GlossaPackage.ANNOTATION__TYPE:
				if (resolve) return getType();
				return basicGetType();
			case GlossaPackage.ANNOTATION__BEGIN:
				return getBegin();
			case GlossaPackage.ANNOTATION__END:
				return getEnd();
			case GlossaPackage.ANNOTATION__QUOTE:
				return getQuote();
			case GlossaPackage.ANNOTATION__PREFIX:
				return getPrefix();
			case GlossaPackage.ANNOTATION__SUFFIX:
				return getSuffix();
			case GlossaPackage.ANNOTATION__ATTRIBUTES:
				return getAttributes();
			case GlossaPackage.ANNOTATION__MEMO:
				return getMemo();
			case GlossaPackage.ANNOTATION__AUTHOR:
				return getAuthor();
			case GlossaPackage.ANNOTATION__CREATED:
				return getCreated();
			case GlossaPackage.ANNOTATION__MODIFIED:
				return getModified();
			case GlossaPackage.ANNOTATION__STATUS:
				return getStatus();
			case GlossaPackage.ANNOTATION__ANCHOR:
				return getAnchor();
			case GlossaPackage.ANNOTATION__ANCHOR_SCORE:
				return getAnchorScore();
			case GlossaPackage.ANNOTATION__CONFIDENCE:
				return getConfidence();
			case GlossaPackage.ANNOTATION__RECOMMENDER:
				return getRecommender();
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
			case GlossaPackage.ANNOTATION__ID:
				setId((String)newValue);
				return;
			case GlossaPackage.ANNOTATION__TYPE:
				setType((AnnotationType)newValue);
				return;
			case GlossaPackage.ANNOTATION__BEGIN:
				setBegin((Integer)newValue);
				return;
			case GlossaPackage.ANNOTATION__END:
				setEnd((Integer)newValue);
				return;
			case GlossaPackage.ANNOTATION__QUOTE:
				setQuote((String)newValue);
				return;
			case GlossaPackage.ANNOTATION__PREFIX:
				setPrefix((String)newValue);
				return;
			case GlossaPackage.ANNOTATION__SUFFIX:
				setSuffix((String)newValue);
				return;
			case GlossaPackage.ANNOTATION__ATTRIBUTES:
				getAttributes().clear();
				getAttributes().addAll((Collection<? extends AttributeValue>)newValue);
				return;
			case GlossaPackage.ANNOTATION__MEMO:
				setMemo((String)newValue);
				return;
			case GlossaPackage.ANNOTATION__AUTHOR:
				setAuthor((String)newValue);
				return;
			case GlossaPackage.ANNOTATION__CREATED:
				setCreated((Date)newValue);
				return;
			case GlossaPackage.ANNOTATION__MODIFIED:
				setModified((Date)newValue);
				return;
			case GlossaPackage.ANNOTATION__STATUS:
				setStatus((AnnotationStatus)newValue);
				return;
			case GlossaPackage.ANNOTATION__ANCHOR:
				setAnchor((AnchorState)newValue);
				return;
			case GlossaPackage.ANNOTATION__ANCHOR_SCORE:
				setAnchorScore((Double)newValue);
				return;
			case GlossaPackage.ANNOTATION__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
			case GlossaPackage.ANNOTATION__RECOMMENDER:
				setRecommender((String)newValue);
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
			case GlossaPackage.ANNOTATION__ID:
				setId(ID_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__TYPE:
				setType((AnnotationType)null);
				return;
			case GlossaPackage.ANNOTATION__BEGIN:
				setBegin(BEGIN_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__END:
				setEnd(END_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__QUOTE:
				setQuote(QUOTE_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__PREFIX:
				setPrefix(PREFIX_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__SUFFIX:
				setSuffix(SUFFIX_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__ATTRIBUTES:
				getAttributes().clear();
				return;
			case GlossaPackage.ANNOTATION__MEMO:
				setMemo(MEMO_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__ANCHOR:
				setAnchor(ANCHOR_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__ANCHOR_SCORE:
				setAnchorScore(ANCHOR_SCORE_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION__RECOMMENDER:
				setRecommender(RECOMMENDER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Quote, prefix and suffix derived from a shared text are set (they are never null), so that saving writes them.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GlossaPackage.ANNOTATION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case GlossaPackage.ANNOTATION__TYPE:
				return type != null;
			case GlossaPackage.ANNOTATION__BEGIN:
				return begin != BEGIN_EDEFAULT;
			case GlossaPackage.ANNOTATION__END:
				return end != END_EDEFAULT;
			case GlossaPackage.ANNOTATION__QUOTE:
				return sharedText != null || quote != null;
			case GlossaPackage.ANNOTATION__PREFIX:
				return sharedText != null || prefix != null;
			case GlossaPackage.ANNOTATION__SUFFIX:
				return sharedText != null || suffix != null;
			case GlossaPackage.ANNOTATION__ATTRIBUTES:
				return attributes != null && !attributes.isEmpty();
			case GlossaPackage.ANNOTATION__MEMO:
				return MEMO_EDEFAULT == null ? memo != null : !MEMO_EDEFAULT.equals(memo);
			case GlossaPackage.ANNOTATION__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case GlossaPackage.ANNOTATION__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case GlossaPackage.ANNOTATION__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case GlossaPackage.ANNOTATION__STATUS:
				return status != STATUS_EDEFAULT;
			case GlossaPackage.ANNOTATION__ANCHOR:
				return anchor != ANCHOR_EDEFAULT;
			case GlossaPackage.ANNOTATION__ANCHOR_SCORE:
				return anchorScore != ANCHOR_SCORE_EDEFAULT;
			case GlossaPackage.ANNOTATION__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case GlossaPackage.ANNOTATION__RECOMMENDER:
				return RECOMMENDER_EDEFAULT == null ? recommender != null : !RECOMMENDER_EDEFAULT.equals(recommender);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Shows derived quote and context too.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", begin: ");
		result.append(begin);
		result.append(", end: ");
		result.append(end);
		result.append(", quote: ");
		result.append(getQuote());
		result.append(", prefix: ");
		result.append(getPrefix());
		result.append(", suffix: ");
		result.append(getSuffix());
		result.append(", memo: ");
		result.append(memo);
		result.append(", author: ");
		result.append(author);
		result.append(", created: ");
		result.append(created);
		result.append(", modified: ");
		result.append(modified);
		result.append(", status: ");
		result.append(status);
		result.append(", anchor: ");
		result.append(anchor);
		result.append(", anchorScore: ");
		result.append(anchorScore);
		result.append(')');
		return result.toString();
	}

} //AnnotationImpl
