/**
 * Glossa. Generated from glossa.ecore; regenerate with releng/glossa.codegen.
 */
package glossa.model.impl;

import glossa.model.GlossaPackage;
import glossa.model.Provenance;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Provenance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link glossa.model.impl.ProvenanceImpl#getSourceName <em>Source Name</em>}</li>
 *   <li>{@link glossa.model.impl.ProvenanceImpl#getSourceSha256 <em>Source Sha256</em>}</li>
 *   <li>{@link glossa.model.impl.ProvenanceImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link glossa.model.impl.ProvenanceImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link glossa.model.impl.ProvenanceImpl#getPublished <em>Published</em>}</li>
 *   <li>{@link glossa.model.impl.ProvenanceImpl#getSite <em>Site</em>}</li>
 *   <li>{@link glossa.model.impl.ProvenanceImpl#getConverter <em>Converter</em>}</li>
 *   <li>{@link glossa.model.impl.ProvenanceImpl#getConverterVersion <em>Converter Version</em>}</li>
 *   <li>{@link glossa.model.impl.ProvenanceImpl#getConverted <em>Converted</em>}</li>
 *   <li>{@link glossa.model.impl.ProvenanceImpl#getPageStarts <em>Page Starts</em>}</li>
 *   <li>{@link glossa.model.impl.ProvenanceImpl#getConvertedSha256 <em>Converted Sha256</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProvenanceImpl extends MinimalEObjectImpl.Container implements Provenance {
	/**
	 * The default value of the '{@link #getSourceName() <em>Source Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceName()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceName() <em>Source Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceName()
	 * @generated
	 * @ordered
	 */
	protected String sourceName = SOURCE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceSha256() <em>Source Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceSha256() <em>Source Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceSha256()
	 * @generated
	 * @ordered
	 */
	protected String sourceSha256 = SOURCE_SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

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
	 * The default value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected String published = PUBLISHED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected static final String SITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected String site = SITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConverter() <em>Converter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConverter()
	 * @generated
	 * @ordered
	 */
	protected static final String CONVERTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConverter() <em>Converter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConverter()
	 * @generated
	 * @ordered
	 */
	protected String converter = CONVERTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getConverterVersion() <em>Converter Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConverterVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String CONVERTER_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConverterVersion() <em>Converter Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConverterVersion()
	 * @generated
	 * @ordered
	 */
	protected String converterVersion = CONVERTER_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getConverted() <em>Converted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConverted()
	 * @generated
	 * @ordered
	 */
	protected static final Date CONVERTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConverted() <em>Converted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConverted()
	 * @generated
	 * @ordered
	 */
	protected Date converted = CONVERTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPageStarts() <em>Page Starts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageStarts()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> pageStarts;

	/**
	 * The default value of the '{@link #getConvertedSha256() <em>Converted Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConvertedSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String CONVERTED_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConvertedSha256() <em>Converted Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConvertedSha256()
	 * @generated
	 * @ordered
	 */
	protected String convertedSha256 = CONVERTED_SHA256_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProvenanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GlossaPackage.Literals.PROVENANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceName() {
		return sourceName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceName(String newSourceName) {
		String oldSourceName = sourceName;
		sourceName = newSourceName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.PROVENANCE__SOURCE_NAME, oldSourceName, sourceName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceSha256() {
		return sourceSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceSha256(String newSourceSha256) {
		String oldSourceSha256 = sourceSha256;
		sourceSha256 = newSourceSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.PROVENANCE__SOURCE_SHA256, oldSourceSha256, sourceSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.PROVENANCE__URL, oldUrl, url));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.PROVENANCE__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublished() {
		return published;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublished(String newPublished) {
		String oldPublished = published;
		published = newPublished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.PROVENANCE__PUBLISHED, oldPublished, published));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(String newSite) {
		String oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.PROVENANCE__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConverter() {
		return converter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConverter(String newConverter) {
		String oldConverter = converter;
		converter = newConverter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.PROVENANCE__CONVERTER, oldConverter, converter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConverterVersion() {
		return converterVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConverterVersion(String newConverterVersion) {
		String oldConverterVersion = converterVersion;
		converterVersion = newConverterVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.PROVENANCE__CONVERTER_VERSION, oldConverterVersion, converterVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getConverted() {
		return converted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConverted(Date newConverted) {
		Date oldConverted = converted;
		converted = newConverted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.PROVENANCE__CONVERTED, oldConverted, converted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getPageStarts() {
		if (pageStarts == null) {
			pageStarts = new EDataTypeUniqueEList<Integer>(Integer.class, this, GlossaPackage.PROVENANCE__PAGE_STARTS);
		}
		return pageStarts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConvertedSha256() {
		return convertedSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConvertedSha256(String newConvertedSha256) {
		String oldConvertedSha256 = convertedSha256;
		convertedSha256 = newConvertedSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.PROVENANCE__CONVERTED_SHA256, oldConvertedSha256, convertedSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GlossaPackage.PROVENANCE__SOURCE_NAME:
				return getSourceName();
			case GlossaPackage.PROVENANCE__SOURCE_SHA256:
				return getSourceSha256();
			case GlossaPackage.PROVENANCE__URL:
				return getUrl();
			case GlossaPackage.PROVENANCE__AUTHOR:
				return getAuthor();
			case GlossaPackage.PROVENANCE__PUBLISHED:
				return getPublished();
			case GlossaPackage.PROVENANCE__SITE:
				return getSite();
			case GlossaPackage.PROVENANCE__CONVERTER:
				return getConverter();
			case GlossaPackage.PROVENANCE__CONVERTER_VERSION:
				return getConverterVersion();
			case GlossaPackage.PROVENANCE__CONVERTED:
				return getConverted();
			case GlossaPackage.PROVENANCE__PAGE_STARTS:
				return getPageStarts();
			case GlossaPackage.PROVENANCE__CONVERTED_SHA256:
				return getConvertedSha256();
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
			case GlossaPackage.PROVENANCE__SOURCE_NAME:
				setSourceName((String)newValue);
				return;
			case GlossaPackage.PROVENANCE__SOURCE_SHA256:
				setSourceSha256((String)newValue);
				return;
			case GlossaPackage.PROVENANCE__URL:
				setUrl((String)newValue);
				return;
			case GlossaPackage.PROVENANCE__AUTHOR:
				setAuthor((String)newValue);
				return;
			case GlossaPackage.PROVENANCE__PUBLISHED:
				setPublished((String)newValue);
				return;
			case GlossaPackage.PROVENANCE__SITE:
				setSite((String)newValue);
				return;
			case GlossaPackage.PROVENANCE__CONVERTER:
				setConverter((String)newValue);
				return;
			case GlossaPackage.PROVENANCE__CONVERTER_VERSION:
				setConverterVersion((String)newValue);
				return;
			case GlossaPackage.PROVENANCE__CONVERTED:
				setConverted((Date)newValue);
				return;
			case GlossaPackage.PROVENANCE__PAGE_STARTS:
				getPageStarts().clear();
				getPageStarts().addAll((Collection<? extends Integer>)newValue);
				return;
			case GlossaPackage.PROVENANCE__CONVERTED_SHA256:
				setConvertedSha256((String)newValue);
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
			case GlossaPackage.PROVENANCE__SOURCE_NAME:
				setSourceName(SOURCE_NAME_EDEFAULT);
				return;
			case GlossaPackage.PROVENANCE__SOURCE_SHA256:
				setSourceSha256(SOURCE_SHA256_EDEFAULT);
				return;
			case GlossaPackage.PROVENANCE__URL:
				setUrl(URL_EDEFAULT);
				return;
			case GlossaPackage.PROVENANCE__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case GlossaPackage.PROVENANCE__PUBLISHED:
				setPublished(PUBLISHED_EDEFAULT);
				return;
			case GlossaPackage.PROVENANCE__SITE:
				setSite(SITE_EDEFAULT);
				return;
			case GlossaPackage.PROVENANCE__CONVERTER:
				setConverter(CONVERTER_EDEFAULT);
				return;
			case GlossaPackage.PROVENANCE__CONVERTER_VERSION:
				setConverterVersion(CONVERTER_VERSION_EDEFAULT);
				return;
			case GlossaPackage.PROVENANCE__CONVERTED:
				setConverted(CONVERTED_EDEFAULT);
				return;
			case GlossaPackage.PROVENANCE__PAGE_STARTS:
				getPageStarts().clear();
				return;
			case GlossaPackage.PROVENANCE__CONVERTED_SHA256:
				setConvertedSha256(CONVERTED_SHA256_EDEFAULT);
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
			case GlossaPackage.PROVENANCE__SOURCE_NAME:
				return SOURCE_NAME_EDEFAULT == null ? sourceName != null : !SOURCE_NAME_EDEFAULT.equals(sourceName);
			case GlossaPackage.PROVENANCE__SOURCE_SHA256:
				return SOURCE_SHA256_EDEFAULT == null ? sourceSha256 != null : !SOURCE_SHA256_EDEFAULT.equals(sourceSha256);
			case GlossaPackage.PROVENANCE__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case GlossaPackage.PROVENANCE__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case GlossaPackage.PROVENANCE__PUBLISHED:
				return PUBLISHED_EDEFAULT == null ? published != null : !PUBLISHED_EDEFAULT.equals(published);
			case GlossaPackage.PROVENANCE__SITE:
				return SITE_EDEFAULT == null ? site != null : !SITE_EDEFAULT.equals(site);
			case GlossaPackage.PROVENANCE__CONVERTER:
				return CONVERTER_EDEFAULT == null ? converter != null : !CONVERTER_EDEFAULT.equals(converter);
			case GlossaPackage.PROVENANCE__CONVERTER_VERSION:
				return CONVERTER_VERSION_EDEFAULT == null ? converterVersion != null : !CONVERTER_VERSION_EDEFAULT.equals(converterVersion);
			case GlossaPackage.PROVENANCE__CONVERTED:
				return CONVERTED_EDEFAULT == null ? converted != null : !CONVERTED_EDEFAULT.equals(converted);
			case GlossaPackage.PROVENANCE__PAGE_STARTS:
				return pageStarts != null && !pageStarts.isEmpty();
			case GlossaPackage.PROVENANCE__CONVERTED_SHA256:
				return CONVERTED_SHA256_EDEFAULT == null ? convertedSha256 != null : !CONVERTED_SHA256_EDEFAULT.equals(convertedSha256);
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
		result.append(" (sourceName: ");
		result.append(sourceName);
		result.append(", sourceSha256: ");
		result.append(sourceSha256);
		result.append(", url: ");
		result.append(url);
		result.append(", author: ");
		result.append(author);
		result.append(", published: ");
		result.append(published);
		result.append(", site: ");
		result.append(site);
		result.append(", converter: ");
		result.append(converter);
		result.append(", converterVersion: ");
		result.append(converterVersion);
		result.append(", converted: ");
		result.append(converted);
		result.append(", pageStarts: ");
		result.append(pageStarts);
		result.append(", convertedSha256: ");
		result.append(convertedSha256);
		result.append(')');
		return result.toString();
	}

} //ProvenanceImpl
