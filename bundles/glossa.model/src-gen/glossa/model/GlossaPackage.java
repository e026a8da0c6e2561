/**
 * Glossa. Generated from glossa.ecore; regenerate with releng/glossa.codegen.
 */
package glossa.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Annotated documents: an article's text lives in its own file; this model holds what analysts say about it.
 * All offsets are UTF-16 code units into the decoded text, with line endings as in the file.
 * <!-- end-model-doc -->
 * @see glossa.model.GlossaFactory
 * @model kind="package"
 * @generated
 */
public interface GlossaPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://glossa.dev/model/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "glossa";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GlossaPackage eINSTANCE = glossa.model.impl.GlossaPackageImpl.init();

	/**
	 * The meta object id for the '{@link glossa.model.impl.DocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.impl.DocumentImpl
	 * @see glossa.model.impl.GlossaPackageImpl#getDocument()
	 * @generated
	 */
	int DOCUMENT = 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__FORMAT_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Source Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__SOURCE_PATH = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ENCODING = 3;

	/**
	 * The feature id for the '<em><b>Byte Order Mark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__BYTE_ORDER_MARK = 4;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CONTENT_HASH = 5;

	/**
	 * The feature id for the '<em><b>Sections Corrected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__SECTIONS_CORRECTED = 6;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__SECTIONS = 7;

	/**
	 * The feature id for the '<em><b>Codebook</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CODEBOOK = 8;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ANNOTATIONS = 9;

	/**
	 * The feature id for the '<em><b>Relations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__RELATIONS = 10;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__FILTERS = 11;

	/**
	 * The feature id for the '<em><b>Active Filter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ACTIVE_FILTER = 12;

	/**
	 * The feature id for the '<em><b>Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CONFLICTS = 13;

	/**
	 * The feature id for the '<em><b>Memo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__MEMO = 14;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__PROVENANCE = 15;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link glossa.model.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.impl.SectionImpl
	 * @see glossa.model.impl.GlossaPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 1;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__LEVEL = 2;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__BEGIN = 3;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__END = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__KIND = 5;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__CHILDREN = 6;

	/**
	 * The feature id for the '<em><b>Memo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__MEMO = 7;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link glossa.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.impl.ProvenanceImpl
	 * @see glossa.model.impl.GlossaPackageImpl#getProvenance()
	 * @generated
	 */
	int PROVENANCE = 2;

	/**
	 * The feature id for the '<em><b>Source Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SOURCE_NAME = 0;

	/**
	 * The feature id for the '<em><b>Source Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SOURCE_SHA256 = 1;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__URL = 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__PUBLISHED = 4;

	/**
	 * The feature id for the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SITE = 5;

	/**
	 * The feature id for the '<em><b>Converter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__CONVERTER = 6;

	/**
	 * The feature id for the '<em><b>Converter Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__CONVERTER_VERSION = 7;

	/**
	 * The feature id for the '<em><b>Converted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__CONVERTED = 8;

	/**
	 * The feature id for the '<em><b>Page Starts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__PAGE_STARTS = 9;

	/**
	 * The feature id for the '<em><b>Converted Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__CONVERTED_SHA256 = 10;

	/**
	 * The number of structural features of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link glossa.model.impl.CodebookImpl <em>Codebook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.impl.CodebookImpl
	 * @see glossa.model.impl.GlossaPackageImpl#getCodebook()
	 * @generated
	 */
	int CODEBOOK = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__NAME = 0;

	/**
	 * The feature id for the '<em><b>Types</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__TYPES = 1;

	/**
	 * The number of structural features of the '<em>Codebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Codebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link glossa.model.impl.AnnotationTypeImpl <em>Annotation Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.impl.AnnotationTypeImpl
	 * @see glossa.model.impl.GlossaPackageImpl#getAnnotationType()
	 * @generated
	 */
	int ANNOTATION_TYPE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TYPE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TYPE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TYPE__COLOR = 2;

	/**
	 * The feature id for the '<em><b>Shortcut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TYPE__SHORTCUT = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TYPE__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TYPE__RETIRED = 5;

	/**
	 * The feature id for the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TYPE__BUILT_IN = 6;

	/**
	 * The feature id for the '<em><b>Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TYPE__STYLE = 7;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TYPE__ATTRIBUTES = 8;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TYPE__CHILDREN = 9;

	/**
	 * The number of structural features of the '<em>Annotation Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TYPE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Annotation Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TYPE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link glossa.model.impl.AttributeDefinitionImpl <em>Attribute Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.impl.AttributeDefinitionImpl
	 * @see glossa.model.impl.GlossaPackageImpl#getAttributeDefinition()
	 * @generated
	 */
	int ATTRIBUTE_DEFINITION = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__CHOICES = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Attribute Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Attribute Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link glossa.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.impl.AnnotationImpl
	 * @see glossa.model.impl.GlossaPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__BEGIN = 2;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__END = 3;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__QUOTE = 4;

	/**
	 * The feature id for the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__PREFIX = 5;

	/**
	 * The feature id for the '<em><b>Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__SUFFIX = 6;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ATTRIBUTES = 7;

	/**
	 * The feature id for the '<em><b>Memo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__MEMO = 8;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__AUTHOR = 9;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CREATED = 10;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__MODIFIED = 11;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__STATUS = 12;

	/**
	 * The feature id for the '<em><b>Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ANCHOR = 13;

	/**
	 * The feature id for the '<em><b>Anchor Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ANCHOR_SCORE = 14;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CONFIDENCE = 15;

	/**
	 * The feature id for the '<em><b>Recommender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__RECOMMENDER = 16;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link glossa.model.impl.AttributeValueImpl <em>Attribute Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.impl.AttributeValueImpl
	 * @see glossa.model.impl.GlossaPackageImpl#getAttributeValue()
	 * @generated
	 */
	int ATTRIBUTE_VALUE = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Attribute Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Attribute Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link glossa.model.impl.RelationImpl <em>Relation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.impl.RelationImpl
	 * @see glossa.model.impl.GlossaPackageImpl#getRelation()
	 * @generated
	 */
	int RELATION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__TARGET = 3;

	/**
	 * The feature id for the '<em><b>Memo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__MEMO = 4;

	/**
	 * The number of structural features of the '<em>Relation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Relation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link glossa.model.impl.AnnotationFilterSpecImpl <em>Annotation Filter Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.impl.AnnotationFilterSpecImpl
	 * @see glossa.model.impl.GlossaPackageImpl#getAnnotationFilterSpec()
	 * @generated
	 */
	int ANNOTATION_FILTER_SPEC = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FILTER_SPEC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Hidden Types</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FILTER_SPEC__HIDDEN_TYPES = 1;

	/**
	 * The feature id for the '<em><b>Statuses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FILTER_SPEC__STATUSES = 2;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FILTER_SPEC__AUTHORS = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FILTER_SPEC__TEXT = 4;

	/**
	 * The number of structural features of the '<em>Annotation Filter Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FILTER_SPEC_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Annotation Filter Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FILTER_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link glossa.model.impl.MergeConflictImpl <em>Merge Conflict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.impl.MergeConflictImpl
	 * @see glossa.model.impl.GlossaPackageImpl#getMergeConflict()
	 * @generated
	 */
	int MERGE_CONFLICT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__ID = 0;

	/**
	 * The feature id for the '<em><b>Object Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__OBJECT_KIND = 1;

	/**
	 * The feature id for the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__OBJECT_ID = 2;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__FEATURE = 3;

	/**
	 * The feature id for the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__BASE = 4;

	/**
	 * The feature id for the '<em><b>Ours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__OURS = 5;

	/**
	 * The feature id for the '<em><b>Theirs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__THEIRS = 6;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__CREATED = 7;

	/**
	 * The number of structural features of the '<em>Merge Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Merge Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link glossa.model.SectionKind <em>Section Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.SectionKind
	 * @see glossa.model.impl.GlossaPackageImpl#getSectionKind()
	 * @generated
	 */
	int SECTION_KIND = 11;

	/**
	 * The meta object id for the '{@link glossa.model.HighlightStyle <em>Highlight Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.HighlightStyle
	 * @see glossa.model.impl.GlossaPackageImpl#getHighlightStyle()
	 * @generated
	 */
	int HIGHLIGHT_STYLE = 12;

	/**
	 * The meta object id for the '{@link glossa.model.AttributeKind <em>Attribute Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.AttributeKind
	 * @see glossa.model.impl.GlossaPackageImpl#getAttributeKind()
	 * @generated
	 */
	int ATTRIBUTE_KIND = 13;

	/**
	 * The meta object id for the '{@link glossa.model.AnnotationStatus <em>Annotation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.AnnotationStatus
	 * @see glossa.model.impl.GlossaPackageImpl#getAnnotationStatus()
	 * @generated
	 */
	int ANNOTATION_STATUS = 14;

	/**
	 * The meta object id for the '{@link glossa.model.AnchorState <em>Anchor State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see glossa.model.AnchorState
	 * @see glossa.model.impl.GlossaPackageImpl#getAnchorState()
	 * @generated
	 */
	int ANCHOR_STATE = 15;


	/**
	 * Returns the meta object for class '{@link glossa.model.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see glossa.model.Document
	 * @generated
	 */
	EClass getDocument();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Document#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see glossa.model.Document#getFormatVersion()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Document#getSourcePath <em>Source Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Path</em>'.
	 * @see glossa.model.Document#getSourcePath()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_SourcePath();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Document#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see glossa.model.Document#getTitle()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Document#getEncoding <em>Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encoding</em>'.
	 * @see glossa.model.Document#getEncoding()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Encoding();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Document#isByteOrderMark <em>Byte Order Mark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Byte Order Mark</em>'.
	 * @see glossa.model.Document#isByteOrderMark()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_ByteOrderMark();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Document#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see glossa.model.Document#getContentHash()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_ContentHash();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Document#isSectionsCorrected <em>Sections Corrected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sections Corrected</em>'.
	 * @see glossa.model.Document#isSectionsCorrected()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_SectionsCorrected();

	/**
	 * Returns the meta object for the containment reference list '{@link glossa.model.Document#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see glossa.model.Document#getSections()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Sections();

	/**
	 * Returns the meta object for the containment reference '{@link glossa.model.Document#getCodebook <em>Codebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Codebook</em>'.
	 * @see glossa.model.Document#getCodebook()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Codebook();

	/**
	 * Returns the meta object for the containment reference list '{@link glossa.model.Document#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see glossa.model.Document#getAnnotations()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Annotations();

	/**
	 * Returns the meta object for the containment reference list '{@link glossa.model.Document#getRelations <em>Relations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relations</em>'.
	 * @see glossa.model.Document#getRelations()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Relations();

	/**
	 * Returns the meta object for the containment reference list '{@link glossa.model.Document#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see glossa.model.Document#getFilters()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Filters();

	/**
	 * Returns the meta object for the containment reference '{@link glossa.model.Document#getActiveFilter <em>Active Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Active Filter</em>'.
	 * @see glossa.model.Document#getActiveFilter()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_ActiveFilter();

	/**
	 * Returns the meta object for the containment reference list '{@link glossa.model.Document#getConflicts <em>Conflicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conflicts</em>'.
	 * @see glossa.model.Document#getConflicts()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Conflicts();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Document#getMemo <em>Memo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memo</em>'.
	 * @see glossa.model.Document#getMemo()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Memo();

	/**
	 * Returns the meta object for the containment reference '{@link glossa.model.Document#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provenance</em>'.
	 * @see glossa.model.Document#getProvenance()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Provenance();

	/**
	 * Returns the meta object for class '{@link glossa.model.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see glossa.model.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Section#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see glossa.model.Section#getNumber()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Number();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Section#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see glossa.model.Section#getTitle()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Title();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Section#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see glossa.model.Section#getLevel()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Level();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Section#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see glossa.model.Section#getBegin()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Begin();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Section#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see glossa.model.Section#getEnd()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_End();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Section#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see glossa.model.Section#getKind()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link glossa.model.Section#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see glossa.model.Section#getChildren()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Children();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Section#getMemo <em>Memo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memo</em>'.
	 * @see glossa.model.Section#getMemo()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Memo();

	/**
	 * Returns the meta object for class '{@link glossa.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provenance</em>'.
	 * @see glossa.model.Provenance
	 * @generated
	 */
	EClass getProvenance();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Provenance#getSourceName <em>Source Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Name</em>'.
	 * @see glossa.model.Provenance#getSourceName()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_SourceName();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Provenance#getSourceSha256 <em>Source Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Sha256</em>'.
	 * @see glossa.model.Provenance#getSourceSha256()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_SourceSha256();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Provenance#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see glossa.model.Provenance#getUrl()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Url();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Provenance#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see glossa.model.Provenance#getAuthor()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Author();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Provenance#getPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see glossa.model.Provenance#getPublished()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Published();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Provenance#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Site</em>'.
	 * @see glossa.model.Provenance#getSite()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Site();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Provenance#getConverter <em>Converter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Converter</em>'.
	 * @see glossa.model.Provenance#getConverter()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Converter();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Provenance#getConverterVersion <em>Converter Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Converter Version</em>'.
	 * @see glossa.model.Provenance#getConverterVersion()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_ConverterVersion();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Provenance#getConverted <em>Converted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Converted</em>'.
	 * @see glossa.model.Provenance#getConverted()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Converted();

	/**
	 * Returns the meta object for the attribute list '{@link glossa.model.Provenance#getPageStarts <em>Page Starts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Page Starts</em>'.
	 * @see glossa.model.Provenance#getPageStarts()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_PageStarts();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Provenance#getConvertedSha256 <em>Converted Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Converted Sha256</em>'.
	 * @see glossa.model.Provenance#getConvertedSha256()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_ConvertedSha256();

	/**
	 * Returns the meta object for class '{@link glossa.model.Codebook <em>Codebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Codebook</em>'.
	 * @see glossa.model.Codebook
	 * @generated
	 */
	EClass getCodebook();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Codebook#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see glossa.model.Codebook#getName()
	 * @see #getCodebook()
	 * @generated
	 */
	EAttribute getCodebook_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link glossa.model.Codebook#getTypes <em>Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Types</em>'.
	 * @see glossa.model.Codebook#getTypes()
	 * @see #getCodebook()
	 * @generated
	 */
	EReference getCodebook_Types();

	/**
	 * Returns the meta object for class '{@link glossa.model.AnnotationType <em>Annotation Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation Type</em>'.
	 * @see glossa.model.AnnotationType
	 * @generated
	 */
	EClass getAnnotationType();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AnnotationType#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see glossa.model.AnnotationType#getId()
	 * @see #getAnnotationType()
	 * @generated
	 */
	EAttribute getAnnotationType_Id();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AnnotationType#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see glossa.model.AnnotationType#getName()
	 * @see #getAnnotationType()
	 * @generated
	 */
	EAttribute getAnnotationType_Name();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AnnotationType#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see glossa.model.AnnotationType#getColor()
	 * @see #getAnnotationType()
	 * @generated
	 */
	EAttribute getAnnotationType_Color();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AnnotationType#getShortcut <em>Shortcut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shortcut</em>'.
	 * @see glossa.model.AnnotationType#getShortcut()
	 * @see #getAnnotationType()
	 * @generated
	 */
	EAttribute getAnnotationType_Shortcut();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AnnotationType#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see glossa.model.AnnotationType#getDescription()
	 * @see #getAnnotationType()
	 * @generated
	 */
	EAttribute getAnnotationType_Description();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AnnotationType#isRetired <em>Retired</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retired</em>'.
	 * @see glossa.model.AnnotationType#isRetired()
	 * @see #getAnnotationType()
	 * @generated
	 */
	EAttribute getAnnotationType_Retired();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AnnotationType#isBuiltIn <em>Built In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Built In</em>'.
	 * @see glossa.model.AnnotationType#isBuiltIn()
	 * @see #getAnnotationType()
	 * @generated
	 */
	EAttribute getAnnotationType_BuiltIn();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AnnotationType#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Style</em>'.
	 * @see glossa.model.AnnotationType#getStyle()
	 * @see #getAnnotationType()
	 * @generated
	 */
	EAttribute getAnnotationType_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link glossa.model.AnnotationType#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attributes</em>'.
	 * @see glossa.model.AnnotationType#getAttributes()
	 * @see #getAnnotationType()
	 * @generated
	 */
	EReference getAnnotationType_Attributes();

	/**
	 * Returns the meta object for the containment reference list '{@link glossa.model.AnnotationType#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see glossa.model.AnnotationType#getChildren()
	 * @see #getAnnotationType()
	 * @generated
	 */
	EReference getAnnotationType_Children();

	/**
	 * Returns the meta object for class '{@link glossa.model.AttributeDefinition <em>Attribute Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute Definition</em>'.
	 * @see glossa.model.AttributeDefinition
	 * @generated
	 */
	EClass getAttributeDefinition();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AttributeDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see glossa.model.AttributeDefinition#getName()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AttributeDefinition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see glossa.model.AttributeDefinition#getKind()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link glossa.model.AttributeDefinition#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Choices</em>'.
	 * @see glossa.model.AttributeDefinition#getChoices()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Choices();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AttributeDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see glossa.model.AttributeDefinition#getDescription()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Description();

	/**
	 * Returns the meta object for class '{@link glossa.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see glossa.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see glossa.model.Annotation#getId()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Id();

	/**
	 * Returns the meta object for the reference '{@link glossa.model.Annotation#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Type</em>'.
	 * @see glossa.model.Annotation#getType()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Type();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see glossa.model.Annotation#getBegin()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Begin();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see glossa.model.Annotation#getEnd()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_End();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see glossa.model.Annotation#getQuote()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Quote();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getPrefix <em>Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix</em>'.
	 * @see glossa.model.Annotation#getPrefix()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Prefix();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getSuffix <em>Suffix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suffix</em>'.
	 * @see glossa.model.Annotation#getSuffix()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Suffix();

	/**
	 * Returns the meta object for the containment reference list '{@link glossa.model.Annotation#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attributes</em>'.
	 * @see glossa.model.Annotation#getAttributes()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Attributes();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getMemo <em>Memo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memo</em>'.
	 * @see glossa.model.Annotation#getMemo()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Memo();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see glossa.model.Annotation#getAuthor()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Author();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see glossa.model.Annotation#getCreated()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Created();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see glossa.model.Annotation#getModified()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Modified();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see glossa.model.Annotation#getStatus()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Status();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getAnchor <em>Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anchor</em>'.
	 * @see glossa.model.Annotation#getAnchor()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Anchor();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getAnchorScore <em>Anchor Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anchor Score</em>'.
	 * @see glossa.model.Annotation#getAnchorScore()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_AnchorScore();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see glossa.model.Annotation#getConfidence()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Annotation#getRecommender <em>Recommender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recommender</em>'.
	 * @see glossa.model.Annotation#getRecommender()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Recommender();

	/**
	 * Returns the meta object for class '{@link glossa.model.AttributeValue <em>Attribute Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute Value</em>'.
	 * @see glossa.model.AttributeValue
	 * @generated
	 */
	EClass getAttributeValue();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AttributeValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see glossa.model.AttributeValue#getName()
	 * @see #getAttributeValue()
	 * @generated
	 */
	EAttribute getAttributeValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AttributeValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see glossa.model.AttributeValue#getValue()
	 * @see #getAttributeValue()
	 * @generated
	 */
	EAttribute getAttributeValue_Value();

	/**
	 * Returns the meta object for class '{@link glossa.model.Relation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relation</em>'.
	 * @see glossa.model.Relation
	 * @generated
	 */
	EClass getRelation();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Relation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see glossa.model.Relation#getId()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_Id();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Relation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see glossa.model.Relation#getKind()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_Kind();

	/**
	 * Returns the meta object for the reference '{@link glossa.model.Relation#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see glossa.model.Relation#getSource()
	 * @see #getRelation()
	 * @generated
	 */
	EReference getRelation_Source();

	/**
	 * Returns the meta object for the reference '{@link glossa.model.Relation#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see glossa.model.Relation#getTarget()
	 * @see #getRelation()
	 * @generated
	 */
	EReference getRelation_Target();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.Relation#getMemo <em>Memo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memo</em>'.
	 * @see glossa.model.Relation#getMemo()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_Memo();

	/**
	 * Returns the meta object for class '{@link glossa.model.AnnotationFilterSpec <em>Annotation Filter Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation Filter Spec</em>'.
	 * @see glossa.model.AnnotationFilterSpec
	 * @generated
	 */
	EClass getAnnotationFilterSpec();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AnnotationFilterSpec#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see glossa.model.AnnotationFilterSpec#getName()
	 * @see #getAnnotationFilterSpec()
	 * @generated
	 */
	EAttribute getAnnotationFilterSpec_Name();

	/**
	 * Returns the meta object for the attribute list '{@link glossa.model.AnnotationFilterSpec#getHiddenTypes <em>Hidden Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hidden Types</em>'.
	 * @see glossa.model.AnnotationFilterSpec#getHiddenTypes()
	 * @see #getAnnotationFilterSpec()
	 * @generated
	 */
	EAttribute getAnnotationFilterSpec_HiddenTypes();

	/**
	 * Returns the meta object for the attribute list '{@link glossa.model.AnnotationFilterSpec#getStatuses <em>Statuses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Statuses</em>'.
	 * @see glossa.model.AnnotationFilterSpec#getStatuses()
	 * @see #getAnnotationFilterSpec()
	 * @generated
	 */
	EAttribute getAnnotationFilterSpec_Statuses();

	/**
	 * Returns the meta object for the attribute list '{@link glossa.model.AnnotationFilterSpec#getAuthors <em>Authors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Authors</em>'.
	 * @see glossa.model.AnnotationFilterSpec#getAuthors()
	 * @see #getAnnotationFilterSpec()
	 * @generated
	 */
	EAttribute getAnnotationFilterSpec_Authors();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.AnnotationFilterSpec#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see glossa.model.AnnotationFilterSpec#getText()
	 * @see #getAnnotationFilterSpec()
	 * @generated
	 */
	EAttribute getAnnotationFilterSpec_Text();

	/**
	 * Returns the meta object for class '{@link glossa.model.MergeConflict <em>Merge Conflict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Merge Conflict</em>'.
	 * @see glossa.model.MergeConflict
	 * @generated
	 */
	EClass getMergeConflict();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.MergeConflict#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see glossa.model.MergeConflict#getId()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Id();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.MergeConflict#getObjectKind <em>Object Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object Kind</em>'.
	 * @see glossa.model.MergeConflict#getObjectKind()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_ObjectKind();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.MergeConflict#getObjectId <em>Object Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object Id</em>'.
	 * @see glossa.model.MergeConflict#getObjectId()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_ObjectId();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.MergeConflict#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see glossa.model.MergeConflict#getFeature()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Feature();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.MergeConflict#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base</em>'.
	 * @see glossa.model.MergeConflict#getBase()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Base();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.MergeConflict#getOurs <em>Ours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ours</em>'.
	 * @see glossa.model.MergeConflict#getOurs()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Ours();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.MergeConflict#getTheirs <em>Theirs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theirs</em>'.
	 * @see glossa.model.MergeConflict#getTheirs()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Theirs();

	/**
	 * Returns the meta object for the attribute '{@link glossa.model.MergeConflict#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see glossa.model.MergeConflict#getCreated()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Created();

	/**
	 * Returns the meta object for enum '{@link glossa.model.SectionKind <em>Section Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Section Kind</em>'.
	 * @see glossa.model.SectionKind
	 * @generated
	 */
	EEnum getSectionKind();

	/**
	 * Returns the meta object for enum '{@link glossa.model.HighlightStyle <em>Highlight Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Highlight Style</em>'.
	 * @see glossa.model.HighlightStyle
	 * @generated
	 */
	EEnum getHighlightStyle();

	/**
	 * Returns the meta object for enum '{@link glossa.model.AttributeKind <em>Attribute Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attribute Kind</em>'.
	 * @see glossa.model.AttributeKind
	 * @generated
	 */
	EEnum getAttributeKind();

	/**
	 * Returns the meta object for enum '{@link glossa.model.AnnotationStatus <em>Annotation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Annotation Status</em>'.
	 * @see glossa.model.AnnotationStatus
	 * @generated
	 */
	EEnum getAnnotationStatus();

	/**
	 * Returns the meta object for enum '{@link glossa.model.AnchorState <em>Anchor State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Anchor State</em>'.
	 * @see glossa.model.AnchorState
	 * @generated
	 */
	EEnum getAnchorState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GlossaFactory getGlossaFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link glossa.model.impl.DocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.impl.DocumentImpl
		 * @see glossa.model.impl.GlossaPackageImpl#getDocument()
		 * @generated
		 */
		EClass DOCUMENT = eINSTANCE.getDocument();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__FORMAT_VERSION = eINSTANCE.getDocument_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Source Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__SOURCE_PATH = eINSTANCE.getDocument_SourcePath();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TITLE = eINSTANCE.getDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Encoding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__ENCODING = eINSTANCE.getDocument_Encoding();

		/**
		 * The meta object literal for the '<em><b>Byte Order Mark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__BYTE_ORDER_MARK = eINSTANCE.getDocument_ByteOrderMark();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__CONTENT_HASH = eINSTANCE.getDocument_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Sections Corrected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__SECTIONS_CORRECTED = eINSTANCE.getDocument_SectionsCorrected();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__SECTIONS = eINSTANCE.getDocument_Sections();

		/**
		 * The meta object literal for the '<em><b>Codebook</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__CODEBOOK = eINSTANCE.getDocument_Codebook();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__ANNOTATIONS = eINSTANCE.getDocument_Annotations();

		/**
		 * The meta object literal for the '<em><b>Relations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__RELATIONS = eINSTANCE.getDocument_Relations();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__FILTERS = eINSTANCE.getDocument_Filters();

		/**
		 * The meta object literal for the '<em><b>Active Filter</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__ACTIVE_FILTER = eINSTANCE.getDocument_ActiveFilter();

		/**
		 * The meta object literal for the '<em><b>Conflicts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__CONFLICTS = eINSTANCE.getDocument_Conflicts();

		/**
		 * The meta object literal for the '<em><b>Memo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__MEMO = eINSTANCE.getDocument_Memo();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__PROVENANCE = eINSTANCE.getDocument_Provenance();

		/**
		 * The meta object literal for the '{@link glossa.model.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.impl.SectionImpl
		 * @see glossa.model.impl.GlossaPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__NUMBER = eINSTANCE.getSection_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TITLE = eINSTANCE.getSection_Title();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__LEVEL = eINSTANCE.getSection_Level();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__BEGIN = eINSTANCE.getSection_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__END = eINSTANCE.getSection_End();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__KIND = eINSTANCE.getSection_Kind();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__CHILDREN = eINSTANCE.getSection_Children();

		/**
		 * The meta object literal for the '<em><b>Memo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__MEMO = eINSTANCE.getSection_Memo();

		/**
		 * The meta object literal for the '{@link glossa.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.impl.ProvenanceImpl
		 * @see glossa.model.impl.GlossaPackageImpl#getProvenance()
		 * @generated
		 */
		EClass PROVENANCE = eINSTANCE.getProvenance();

		/**
		 * The meta object literal for the '<em><b>Source Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__SOURCE_NAME = eINSTANCE.getProvenance_SourceName();

		/**
		 * The meta object literal for the '<em><b>Source Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__SOURCE_SHA256 = eINSTANCE.getProvenance_SourceSha256();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__URL = eINSTANCE.getProvenance_Url();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__AUTHOR = eINSTANCE.getProvenance_Author();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__PUBLISHED = eINSTANCE.getProvenance_Published();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__SITE = eINSTANCE.getProvenance_Site();

		/**
		 * The meta object literal for the '<em><b>Converter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__CONVERTER = eINSTANCE.getProvenance_Converter();

		/**
		 * The meta object literal for the '<em><b>Converter Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__CONVERTER_VERSION = eINSTANCE.getProvenance_ConverterVersion();

		/**
		 * The meta object literal for the '<em><b>Converted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__CONVERTED = eINSTANCE.getProvenance_Converted();

		/**
		 * The meta object literal for the '<em><b>Page Starts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__PAGE_STARTS = eINSTANCE.getProvenance_PageStarts();

		/**
		 * The meta object literal for the '<em><b>Converted Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__CONVERTED_SHA256 = eINSTANCE.getProvenance_ConvertedSha256();

		/**
		 * The meta object literal for the '{@link glossa.model.impl.CodebookImpl <em>Codebook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.impl.CodebookImpl
		 * @see glossa.model.impl.GlossaPackageImpl#getCodebook()
		 * @generated
		 */
		EClass CODEBOOK = eINSTANCE.getCodebook();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODEBOOK__NAME = eINSTANCE.getCodebook_Name();

		/**
		 * The meta object literal for the '<em><b>Types</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODEBOOK__TYPES = eINSTANCE.getCodebook_Types();

		/**
		 * The meta object literal for the '{@link glossa.model.impl.AnnotationTypeImpl <em>Annotation Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.impl.AnnotationTypeImpl
		 * @see glossa.model.impl.GlossaPackageImpl#getAnnotationType()
		 * @generated
		 */
		EClass ANNOTATION_TYPE = eINSTANCE.getAnnotationType();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_TYPE__ID = eINSTANCE.getAnnotationType_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_TYPE__NAME = eINSTANCE.getAnnotationType_Name();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_TYPE__COLOR = eINSTANCE.getAnnotationType_Color();

		/**
		 * The meta object literal for the '<em><b>Shortcut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_TYPE__SHORTCUT = eINSTANCE.getAnnotationType_Shortcut();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_TYPE__DESCRIPTION = eINSTANCE.getAnnotationType_Description();

		/**
		 * The meta object literal for the '<em><b>Retired</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_TYPE__RETIRED = eINSTANCE.getAnnotationType_Retired();

		/**
		 * The meta object literal for the '<em><b>Built In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_TYPE__BUILT_IN = eINSTANCE.getAnnotationType_BuiltIn();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_TYPE__STYLE = eINSTANCE.getAnnotationType_Style();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_TYPE__ATTRIBUTES = eINSTANCE.getAnnotationType_Attributes();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_TYPE__CHILDREN = eINSTANCE.getAnnotationType_Children();

		/**
		 * The meta object literal for the '{@link glossa.model.impl.AttributeDefinitionImpl <em>Attribute Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.impl.AttributeDefinitionImpl
		 * @see glossa.model.impl.GlossaPackageImpl#getAttributeDefinition()
		 * @generated
		 */
		EClass ATTRIBUTE_DEFINITION = eINSTANCE.getAttributeDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__NAME = eINSTANCE.getAttributeDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__KIND = eINSTANCE.getAttributeDefinition_Kind();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__CHOICES = eINSTANCE.getAttributeDefinition_Choices();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__DESCRIPTION = eINSTANCE.getAttributeDefinition_Description();

		/**
		 * The meta object literal for the '{@link glossa.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.impl.AnnotationImpl
		 * @see glossa.model.impl.GlossaPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ID = eINSTANCE.getAnnotation_Id();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__TYPE = eINSTANCE.getAnnotation_Type();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__BEGIN = eINSTANCE.getAnnotation_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__END = eINSTANCE.getAnnotation_End();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__QUOTE = eINSTANCE.getAnnotation_Quote();

		/**
		 * The meta object literal for the '<em><b>Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__PREFIX = eINSTANCE.getAnnotation_Prefix();

		/**
		 * The meta object literal for the '<em><b>Suffix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__SUFFIX = eINSTANCE.getAnnotation_Suffix();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__ATTRIBUTES = eINSTANCE.getAnnotation_Attributes();

		/**
		 * The meta object literal for the '<em><b>Memo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__MEMO = eINSTANCE.getAnnotation_Memo();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__AUTHOR = eINSTANCE.getAnnotation_Author();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CREATED = eINSTANCE.getAnnotation_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__MODIFIED = eINSTANCE.getAnnotation_Modified();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__STATUS = eINSTANCE.getAnnotation_Status();

		/**
		 * The meta object literal for the '<em><b>Anchor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ANCHOR = eINSTANCE.getAnnotation_Anchor();

		/**
		 * The meta object literal for the '<em><b>Anchor Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ANCHOR_SCORE = eINSTANCE.getAnnotation_AnchorScore();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CONFIDENCE = eINSTANCE.getAnnotation_Confidence();

		/**
		 * The meta object literal for the '<em><b>Recommender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__RECOMMENDER = eINSTANCE.getAnnotation_Recommender();

		/**
		 * The meta object literal for the '{@link glossa.model.impl.AttributeValueImpl <em>Attribute Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.impl.AttributeValueImpl
		 * @see glossa.model.impl.GlossaPackageImpl#getAttributeValue()
		 * @generated
		 */
		EClass ATTRIBUTE_VALUE = eINSTANCE.getAttributeValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_VALUE__NAME = eINSTANCE.getAttributeValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_VALUE__VALUE = eINSTANCE.getAttributeValue_Value();

		/**
		 * The meta object literal for the '{@link glossa.model.impl.RelationImpl <em>Relation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.impl.RelationImpl
		 * @see glossa.model.impl.GlossaPackageImpl#getRelation()
		 * @generated
		 */
		EClass RELATION = eINSTANCE.getRelation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__ID = eINSTANCE.getRelation_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__KIND = eINSTANCE.getRelation_Kind();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATION__SOURCE = eINSTANCE.getRelation_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATION__TARGET = eINSTANCE.getRelation_Target();

		/**
		 * The meta object literal for the '<em><b>Memo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__MEMO = eINSTANCE.getRelation_Memo();

		/**
		 * The meta object literal for the '{@link glossa.model.impl.AnnotationFilterSpecImpl <em>Annotation Filter Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.impl.AnnotationFilterSpecImpl
		 * @see glossa.model.impl.GlossaPackageImpl#getAnnotationFilterSpec()
		 * @generated
		 */
		EClass ANNOTATION_FILTER_SPEC = eINSTANCE.getAnnotationFilterSpec();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_FILTER_SPEC__NAME = eINSTANCE.getAnnotationFilterSpec_Name();

		/**
		 * The meta object literal for the '<em><b>Hidden Types</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_FILTER_SPEC__HIDDEN_TYPES = eINSTANCE.getAnnotationFilterSpec_HiddenTypes();

		/**
		 * The meta object literal for the '<em><b>Statuses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_FILTER_SPEC__STATUSES = eINSTANCE.getAnnotationFilterSpec_Statuses();

		/**
		 * The meta object literal for the '<em><b>Authors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_FILTER_SPEC__AUTHORS = eINSTANCE.getAnnotationFilterSpec_Authors();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_FILTER_SPEC__TEXT = eINSTANCE.getAnnotationFilterSpec_Text();

		/**
		 * The meta object literal for the '{@link glossa.model.impl.MergeConflictImpl <em>Merge Conflict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.impl.MergeConflictImpl
		 * @see glossa.model.impl.GlossaPackageImpl#getMergeConflict()
		 * @generated
		 */
		EClass MERGE_CONFLICT = eINSTANCE.getMergeConflict();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__ID = eINSTANCE.getMergeConflict_Id();

		/**
		 * The meta object literal for the '<em><b>Object Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__OBJECT_KIND = eINSTANCE.getMergeConflict_ObjectKind();

		/**
		 * The meta object literal for the '<em><b>Object Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__OBJECT_ID = eINSTANCE.getMergeConflict_ObjectId();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__FEATURE = eINSTANCE.getMergeConflict_Feature();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__BASE = eINSTANCE.getMergeConflict_Base();

		/**
		 * The meta object literal for the '<em><b>Ours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__OURS = eINSTANCE.getMergeConflict_Ours();

		/**
		 * The meta object literal for the '<em><b>Theirs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__THEIRS = eINSTANCE.getMergeConflict_Theirs();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__CREATED = eINSTANCE.getMergeConflict_Created();

		/**
		 * The meta object literal for the '{@link glossa.model.SectionKind <em>Section Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.SectionKind
		 * @see glossa.model.impl.GlossaPackageImpl#getSectionKind()
		 * @generated
		 */
		EEnum SECTION_KIND = eINSTANCE.getSectionKind();

		/**
		 * The meta object literal for the '{@link glossa.model.HighlightStyle <em>Highlight Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.HighlightStyle
		 * @see glossa.model.impl.GlossaPackageImpl#getHighlightStyle()
		 * @generated
		 */
		EEnum HIGHLIGHT_STYLE = eINSTANCE.getHighlightStyle();

		/**
		 * The meta object literal for the '{@link glossa.model.AttributeKind <em>Attribute Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.AttributeKind
		 * @see glossa.model.impl.GlossaPackageImpl#getAttributeKind()
		 * @generated
		 */
		EEnum ATTRIBUTE_KIND = eINSTANCE.getAttributeKind();

		/**
		 * The meta object literal for the '{@link glossa.model.AnnotationStatus <em>Annotation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.AnnotationStatus
		 * @see glossa.model.impl.GlossaPackageImpl#getAnnotationStatus()
		 * @generated
		 */
		EEnum ANNOTATION_STATUS = eINSTANCE.getAnnotationStatus();

		/**
		 * The meta object literal for the '{@link glossa.model.AnchorState <em>Anchor State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see glossa.model.AnchorState
		 * @see glossa.model.impl.GlossaPackageImpl#getAnchorState()
		 * @generated
		 */
		EEnum ANCHOR_STATE = eINSTANCE.getAnchorState();

	}

} //GlossaPackage
