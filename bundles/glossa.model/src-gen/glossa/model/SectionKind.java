/**
 * Glossa. Generated from glossa.ecore; regenerate with releng/glossa.codegen.
 */
package glossa.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Section Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see glossa.model.GlossaPackage#getSectionKind()
 * @model
 * @generated
 */
public enum SectionKind implements Enumerator {
	/**
	 * The '<em><b>Body</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BODY_VALUE
	 * @generated
	 * @ordered
	 */
	BODY(0, "body", "body"),

	/**
	 * The '<em><b>Preamble</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREAMBLE_VALUE
	 * @generated
	 * @ordered
	 */
	PREAMBLE(1, "preamble", "preamble"),

	/**
	 * The '<em><b>Closing</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSING_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSING(2, "closing", "closing"), /**
	 * The '<em><b>Boilerplate</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Page furniture around the article (logo, breadcrumbs, related articles, copyright): annotatable, but left out of summaries and reports by default.
	 * <!-- end-model-doc -->
	 * @see #BOILERPLATE_VALUE
	 * @generated
	 * @ordered
	 */
	BOILERPLATE(3, "boilerplate", "boilerplate"), /**
	 * The '<em><b>Front Matter</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metadata written at the head of the text (YAML front matter): read as provenance, not part of the body.
	 * <!-- end-model-doc -->
	 * @see #FRONT_MATTER_VALUE
	 * @generated
	 * @ordered
	 */
	FRONT_MATTER(4, "frontMatter", "frontMatter");

	/**
	 * The '<em><b>Body</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BODY
	 * @model name="body"
	 * @generated
	 * @ordered
	 */
	public static final int BODY_VALUE = 0;

	/**
	 * The '<em><b>Preamble</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREAMBLE
	 * @model name="preamble"
	 * @generated
	 * @ordered
	 */
	public static final int PREAMBLE_VALUE = 1;

	/**
	 * The '<em><b>Closing</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSING
	 * @model name="closing"
	 * @generated
	 * @ordered
	 */
	public static final int CLOSING_VALUE = 2;

	/**
	 * The '<em><b>Boilerplate</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Page furniture around the article (logo, breadcrumbs, related articles, copyright): annotatable, but left out of summaries and reports by default.
	 * <!-- end-model-doc -->
	 * @see #BOILERPLATE
	 * @model name="boilerplate"
	 * @generated
	 * @ordered
	 */
	public static final int BOILERPLATE_VALUE = 3;

	/**
	 * The '<em><b>Front Matter</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metadata written at the head of the text (YAML front matter): read as provenance, not part of the body.
	 * <!-- end-model-doc -->
	 * @see #FRONT_MATTER
	 * @model name="frontMatter"
	 * @generated
	 * @ordered
	 */
	public static final int FRONT_MATTER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Section Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SectionKind[] VALUES_ARRAY =
		new SectionKind[] {
			BODY,
			PREAMBLE,
			CLOSING,
			BOILERPLATE,
			FRONT_MATTER,
		};

	/**
	 * A public read-only list of all the '<em><b>Section Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SectionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Section Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SectionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SectionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Section Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SectionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SectionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Section Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SectionKind get(int value) {
		switch (value) {
			case BODY_VALUE: return BODY;
			case PREAMBLE_VALUE: return PREAMBLE;
			case CLOSING_VALUE: return CLOSING;
			case BOILERPLATE_VALUE: return BOILERPLATE;
			case FRONT_MATTER_VALUE: return FRONT_MATTER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SectionKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //SectionKind
