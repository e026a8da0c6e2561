/**
 * Glossa. Generated from glossa.ecore; regenerate with releng/glossa.codegen.
 */
package glossa.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provenance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where a converted article's text came from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link glossa.model.Provenance#getSourceName <em>Source Name</em>}</li>
 *   <li>{@link glossa.model.Provenance#getSourceSha256 <em>Source Sha256</em>}</li>
 *   <li>{@link glossa.model.Provenance#getUrl <em>Url</em>}</li>
 *   <li>{@link glossa.model.Provenance#getAuthor <em>Author</em>}</li>
 *   <li>{@link glossa.model.Provenance#getPublished <em>Published</em>}</li>
 *   <li>{@link glossa.model.Provenance#getSite <em>Site</em>}</li>
 *   <li>{@link glossa.model.Provenance#getConverter <em>Converter</em>}</li>
 *   <li>{@link glossa.model.Provenance#getConverterVersion <em>Converter Version</em>}</li>
 *   <li>{@link glossa.model.Provenance#getConverted <em>Converted</em>}</li>
 *   <li>{@link glossa.model.Provenance#getPageStarts <em>Page Starts</em>}</li>
 *   <li>{@link glossa.model.Provenance#getConvertedSha256 <em>Converted Sha256</em>}</li>
 * </ul>
 *
 * @see glossa.model.GlossaPackage#getProvenance()
 * @model
 * @generated
 */
public interface Provenance extends EObject {
	/**
	 * Returns the value of the '<em><b>Source Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File name of the source (web page, PDF, Word file), relative to the article; never trusted as a path to write to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Name</em>' attribute.
	 * @see #setSourceName(String)
	 * @see glossa.model.GlossaPackage#getProvenance_SourceName()
	 * @model
	 * @generated
	 */
	String getSourceName();

	/**
	 * Sets the value of the '{@link glossa.model.Provenance#getSourceName <em>Source Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Name</em>' attribute.
	 * @see #getSourceName()
	 * @generated
	 */
	void setSourceName(String value);

	/**
	 * Returns the value of the '<em><b>Source Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower-case hex SHA-256 of the source file's bytes at conversion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Sha256</em>' attribute.
	 * @see #setSourceSha256(String)
	 * @see glossa.model.GlossaPackage#getProvenance_SourceSha256()
	 * @model
	 * @generated
	 */
	String getSourceSha256();

	/**
	 * Sets the value of the '{@link glossa.model.Provenance#getSourceSha256 <em>Source Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Sha256</em>' attribute.
	 * @see #getSourceSha256()
	 * @generated
	 */
	void setSourceSha256(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see glossa.model.GlossaPackage#getProvenance_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link glossa.model.Provenance#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see glossa.model.GlossaPackage#getProvenance_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link glossa.model.Provenance#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The publication date as the source gives it (ISO 8601 when it could be read as a date).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published</em>' attribute.
	 * @see #setPublished(String)
	 * @see glossa.model.GlossaPackage#getProvenance_Published()
	 * @model
	 * @generated
	 */
	String getPublished();

	/**
	 * Sets the value of the '{@link glossa.model.Provenance#getPublished <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published</em>' attribute.
	 * @see #getPublished()
	 * @generated
	 */
	void setPublished(String value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' attribute.
	 * @see #setSite(String)
	 * @see glossa.model.GlossaPackage#getProvenance_Site()
	 * @model
	 * @generated
	 */
	String getSite();

	/**
	 * Sets the value of the '{@link glossa.model.Provenance#getSite <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' attribute.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(String value);

	/**
	 * Returns the value of the '<em><b>Converter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The converter that produced the text: html, pdf, docx or front-matter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Converter</em>' attribute.
	 * @see #setConverter(String)
	 * @see glossa.model.GlossaPackage#getProvenance_Converter()
	 * @model
	 * @generated
	 */
	String getConverter();

	/**
	 * Sets the value of the '{@link glossa.model.Provenance#getConverter <em>Converter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Converter</em>' attribute.
	 * @see #getConverter()
	 * @generated
	 */
	void setConverter(String value);

	/**
	 * Returns the value of the '<em><b>Converter Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Converter Version</em>' attribute.
	 * @see #setConverterVersion(String)
	 * @see glossa.model.GlossaPackage#getProvenance_ConverterVersion()
	 * @model
	 * @generated
	 */
	String getConverterVersion();

	/**
	 * Sets the value of the '{@link glossa.model.Provenance#getConverterVersion <em>Converter Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Converter Version</em>' attribute.
	 * @see #getConverterVersion()
	 * @generated
	 */
	void setConverterVersion(String value);

	/**
	 * Returns the value of the '<em><b>Converted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Converted</em>' attribute.
	 * @see #setConverted(Date)
	 * @see glossa.model.GlossaPackage#getProvenance_Converted()
	 * @model
	 * @generated
	 */
	Date getConverted();

	/**
	 * Sets the value of the '{@link glossa.model.Provenance#getConverted <em>Converted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Converted</em>' attribute.
	 * @see #getConverted()
	 * @generated
	 */
	void setConverted(Date value);

	/**
	 * Returns the value of the '<em><b>Page Starts</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * UTF-16 offset at which each page of the source begins, page 1 first; empty when the source has no pages.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page Starts</em>' attribute list.
	 * @see glossa.model.GlossaPackage#getProvenance_PageStarts()
	 * @model
	 * @generated
	 */
	EList<Integer> getPageStarts();

	/**
	 * Returns the value of the '<em><b>Converted Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower-case hex SHA-256 of the article text (UTF-8) as the converter wrote it; a converted text whose hash differs was edited since, and converting again does not silently replace it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Converted Sha256</em>' attribute.
	 * @see #setConvertedSha256(String)
	 * @see glossa.model.GlossaPackage#getProvenance_ConvertedSha256()
	 * @model
	 * @generated
	 */
	String getConvertedSha256();

	/**
	 * Sets the value of the '{@link glossa.model.Provenance#getConvertedSha256 <em>Converted Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Converted Sha256</em>' attribute.
	 * @see #getConvertedSha256()
	 * @generated
	 */
	void setConvertedSha256(String value);

} // Provenance
