package glossa.core.io;

import static glossa.core.io.SidecarDecline.DECLINE;
import static glossa.core.io.SidecarDecline.require;
import static glossa.core.io.SidecarValues.bool;
import static glossa.core.io.SidecarValues.decimal;
import static glossa.core.io.SidecarValues.integer;
import static glossa.core.io.SidecarValues.present;
import static glossa.core.io.SidecarValues.referencedId;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;

import glossa.model.AnchorState;
import glossa.model.Annotation;
import glossa.model.AnnotationFilterSpec;
import glossa.model.AnnotationStatus;
import glossa.model.AnnotationType;
import glossa.model.AttributeDefinition;
import glossa.model.AttributeKind;
import glossa.model.AttributeValue;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.GlossaPackage;
import glossa.model.HighlightStyle;
import glossa.model.Relation;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * Reads a current-version sidecar in the form Glossa writes, about twice as fast as EMF's generic XMI load, or
 * declines. It builds documents equal to EMF's (the tests compare both with {@code EcoreUtil.equals}).
 *
 * <p>It accepts a strict subset of XML and of the format: UTF-8 with an XML 1.0 or 1.1 declaration, the model's
 * elements and attributes under their plain names, values in the forms EMF writes (canonical numbers, booleans,
 * enum literals, {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ} dates, {@code #id} references), character references and the
 * five predefined entities. Anything else — a DOCTYPE, comments, CDATA, an unknown name or namespace, a literal
 * control character, carriage return or line separator (which XML would normalise), a duplicate ID, an unresolved
 * reference, malformed XML or UTF-8 — makes it return {@code null}, and {@link SidecarStore} loads the bytes with
 * EMF instead, which reads every XMI form and reports errors with their line and column. So this reader never
 * rejects a file, never resolves an entity (it knows none beyond the five), and never guesses.</p>
 *
 * <p>The document comes out as compact as {@link LoadedDocumentCompactor} leaves EMF's: one String per distinct
 * author, attribute name and value and relation kind, one {@code Date} for equal created and modified texts, contents
 * lists trimmed to their size.</p>
 *
 * <p>This class builds the model objects, element by element; {@link SidecarXmlScanner} reads the tags,
 * {@link SidecarValues} the attribute values, {@link SidecarIdReferences} resolves the references and
 * {@link SidecarSharedValues} shares repeated values.</p>
 *
 * <p>Not thread-safe; one instance reads one file.</p>
 */
final class SidecarFastReader {

    private static final String XMI_NS = "http://www.omg.org/XMI";

    private static final GlossaFactory FACTORY = GlossaFactory.eINSTANCE;

    private final SidecarXmlScanner xml;
    private final SidecarIdReferences references;
    private final SidecarSharedValues shared = new SidecarSharedValues();

    private SidecarFastReader(char[] chars, int length, int bytes) {
        this.xml = new SidecarXmlScanner(chars, length);
        this.references = new SidecarIdReferences(bytes);
    }

    /** The document in {@code bytes}, or {@code null} if this reader does not handle them; see the class comment. */
    static Document read(byte[] bytes) {
        // Strict UTF-8 straight into one array (UTF-8 never gives more chars than bytes): no replacement characters,
        // and no second copy of a file that may be 50 MB.
        char[] chars = new char[bytes.length];
        CharBuffer out = CharBuffer.wrap(chars);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (decoder.decode(ByteBuffer.wrap(bytes), out, true).isError() || decoder.flush(out).isError()) {
            return null;
        }
        try {
            return new SidecarFastReader(chars, out.position(), bytes.length).document();
        } catch (RuntimeException e) {
            // Declined (SidecarDecline), or an input this reader did not foresee: EMF reads it (or reports what is
            // wrong).
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------- document

    private Document document() {
        if (!"glossa:Document".equals(xml.rootStartTag())) {
            throw DECLINE;
        }
        Document document = FACTORY.createDocument();
        boolean glossaNs = false;
        boolean xmiNs = false;
        boolean xmiVersion = false;
        for (int i = 0, count = xml.attributeCount(); i < count; i++) {
            String name = xml.attributeName(i);
            String value = xml.attributeValue(i);
            switch (name) {
                case "xmlns:glossa" -> glossaNs = GlossaPackage.eNS_URI.equals(value);
                case "xmlns:xmi" -> xmiNs = XMI_NS.equals(value);
                case "xmi:version" -> xmiVersion = "2.0".equals(value);
                case "formatVersion" -> document.setFormatVersion(integer(value));
                case "sourcePath" -> document.setSourcePath(value);
                case "title" -> document.setTitle(value);
                case "encoding" -> document.setEncoding(value);
                case "byteOrderMark" -> document.setByteOrderMark(bool(value));
                case "contentHash" -> document.setContentHash(value);
                case "sectionsCorrected" -> document.setSectionsCorrected(bool(value));
                case "memo" -> document.setMemo(value);
                default -> throw DECLINE;
            }
        }
        // The prefix glossa must be bound to this model; xmi:version needs its prefix bound too.
        require(glossaNs && (xmiNs || !xmiVersion) && (xmiVersion || !xml.hasAttribute("xmi:version")));
        xml.noDuplicateAttributes();
        if (!xml.isEmptyElement()) {
            String child;
            while ((child = xml.nextChild("glossa:Document")) != null) {
                switch (child) {
                    case "sections" -> add(document.getSections(), section());
                    case "codebook" -> {
                        require(document.getCodebook() == null);
                        document.setCodebook(codebook());
                    }
                    case "annotations" -> add(document.getAnnotations(), annotation());
                    case "relations" -> add(document.getRelations(), relation());
                    case "filters" -> add(document.getFilters(), filter("filters"));
                    case "activeFilter" -> {
                        require(document.getActiveFilter() == null);
                        document.setActiveFilter(filter("activeFilter"));
                    }
                    default -> throw DECLINE;
                }
            }
        }
        xml.end();
        references.resolve();
        shrink(document, GlossaPackage.Literals.DOCUMENT__SECTIONS);
        shrink(document, GlossaPackage.Literals.DOCUMENT__ANNOTATIONS);
        shrink(document, GlossaPackage.Literals.DOCUMENT__RELATIONS);
        return document;
    }

    private Section section() {
        Section section = FACTORY.createSection();
        for (int i = 0, count = xml.attributeCount(); i < count; i++) {
            String value = xml.attributeValue(i);
            switch (xml.attributeName(i)) {
                case "number" -> section.setNumber(value);
                case "title" -> section.setTitle(value);
                case "level" -> section.setLevel(integer(value));
                case "begin" -> section.setBegin(integer(value));
                case "end" -> section.setEnd(integer(value));
                case "kind" -> section.setKind(present(SectionKind.get(value)));
                case "memo" -> section.setMemo(value);
                default -> throw DECLINE;
            }
        }
        xml.noDuplicateAttributes();
        if (!xml.isEmptyElement()) {
            String self = xml.elementName();
            String child;
            while ((child = xml.nextChild(self)) != null) {
                require("children".equals(child));
                add(section.getChildren(), section());
            }
            shrink(section, GlossaPackage.Literals.SECTION__CHILDREN);
        }
        return section;
    }

    private Codebook codebook() {
        Codebook codebook = FACTORY.createCodebook();
        for (int i = 0, count = xml.attributeCount(); i < count; i++) {
            require("name".equals(xml.attributeName(i)));
            codebook.setName(xml.attributeValue(i));
        }
        xml.noDuplicateAttributes();
        if (!xml.isEmptyElement()) {
            String child;
            while ((child = xml.nextChild("codebook")) != null) {
                require("types".equals(child));
                add(codebook.getTypes(), type());
            }
        }
        return codebook;
    }

    private AnnotationType type() {
        AnnotationType type = FACTORY.createAnnotationType();
        for (int i = 0, count = xml.attributeCount(); i < count; i++) {
            String value = xml.attributeValue(i);
            switch (xml.attributeName(i)) {
                case "id" -> type.setId(references.id(value, type));
                case "name" -> type.setName(value);
                case "color" -> type.setColor(value);
                case "shortcut" -> type.setShortcut(value);
                case "description" -> type.setDescription(value);
                case "retired" -> type.setRetired(bool(value));
                case "builtIn" -> type.setBuiltIn(bool(value));
                case "style" -> type.setStyle(present(HighlightStyle.get(value)));
                default -> throw DECLINE;
            }
        }
        xml.noDuplicateAttributes();
        if (!xml.isEmptyElement()) {
            String self = xml.elementName();
            String child;
            while ((child = xml.nextChild(self)) != null) {
                switch (child) {
                    case "attributes" -> add(type.getAttributes(), attributeDefinition());
                    case "children" -> add(type.getChildren(), type());
                    default -> throw DECLINE;
                }
            }
        }
        return type;
    }

    private AttributeDefinition attributeDefinition() {
        AttributeDefinition definition = FACTORY.createAttributeDefinition();
        for (int i = 0, count = xml.attributeCount(); i < count; i++) {
            String value = xml.attributeValue(i);
            switch (xml.attributeName(i)) {
                case "name" -> definition.setName(value);
                case "kind" -> definition.setKind(present(AttributeKind.get(value)));
                case "description" -> definition.setDescription(value);
                default -> throw DECLINE;
            }
        }
        xml.noDuplicateAttributes();
        if (!xml.isEmptyElement()) {
            String child;
            while ((child = xml.nextChild("attributes")) != null) {
                require("choices".equals(child));
                definition.getChoices().add(xml.textElement("choices"));
            }
        }
        return definition;
    }

    private Annotation annotation() {
        Annotation annotation = FACTORY.createAnnotation();
        for (int i = 0, count = xml.attributeCount(); i < count; i++) {
            String value = xml.attributeValue(i);
            switch (xml.attributeName(i)) {
                case "id" -> annotation.setId(references.id(value, annotation));
                case "type" -> references.typeOf(annotation, referencedId(value));
                case "begin" -> annotation.setBegin(integer(value));
                case "end" -> annotation.setEnd(integer(value));
                case "quote" -> annotation.setQuote(value);
                case "prefix" -> annotation.setPrefix(value);
                case "suffix" -> annotation.setSuffix(value);
                case "memo" -> annotation.setMemo(value);
                case "author" -> annotation.setAuthor(shared.shared(value));
                case "created" -> annotation.setCreated(shared.date(value));
                case "modified" -> annotation.setModified(shared.date(value));
                case "status" -> annotation.setStatus(present(AnnotationStatus.get(value)));
                case "anchor" -> annotation.setAnchor(present(AnchorState.get(value)));
                case "anchorScore" -> annotation.setAnchorScore(decimal(value));
                case "confidence" -> annotation.setConfidence(decimal(value));
                case "recommender" -> annotation.setRecommender(value);
                default -> throw DECLINE;
            }
        }
        xml.noDuplicateAttributes();
        if (!xml.isEmptyElement()) {
            String child;
            while ((child = xml.nextChild("annotations")) != null) {
                require("attributes".equals(child));
                add(annotation.getAttributes(), annotationAttribute());
            }
            shrink(annotation, GlossaPackage.Literals.ANNOTATION__ATTRIBUTES);
        }
        return annotation;
    }

    private AttributeValue annotationAttribute() {
        AttributeValue value = FACTORY.createAttributeValue();
        for (int i = 0, count = xml.attributeCount(); i < count; i++) {
            switch (xml.attributeName(i)) {
                case "name" -> value.setName(shared.shared(xml.attributeValue(i)));
                case "value" -> value.setValue(shared.shared(xml.attributeValue(i)));
                default -> throw DECLINE;
            }
        }
        xml.noDuplicateAttributes();
        require(xml.isEmptyElement() || xml.nextChild("attributes") == null);
        return value;
    }

    private Relation relation() {
        Relation relation = FACTORY.createRelation();
        String source = null;
        String target = null;
        for (int i = 0, count = xml.attributeCount(); i < count; i++) {
            String value = xml.attributeValue(i);
            switch (xml.attributeName(i)) {
                case "id" -> relation.setId(references.id(value, relation));
                case "kind" -> relation.setKind(shared.shared(value));
                case "memo" -> relation.setMemo(value);
                case "source" -> source = referencedId(value);
                case "target" -> target = referencedId(value);
                default -> throw DECLINE;
            }
        }
        xml.noDuplicateAttributes();
        require(xml.isEmptyElement() || xml.nextChild("relations") == null);
        references.endsOf(relation, source, target);
        return relation;
    }

    private AnnotationFilterSpec filter(String element) {
        AnnotationFilterSpec filter = FACTORY.createAnnotationFilterSpec();
        for (int i = 0, count = xml.attributeCount(); i < count; i++) {
            switch (xml.attributeName(i)) {
                case "name" -> filter.setName(xml.attributeValue(i));
                case "text" -> filter.setText(xml.attributeValue(i));
                default -> throw DECLINE;
            }
        }
        xml.noDuplicateAttributes();
        if (!xml.isEmptyElement()) {
            String child;
            while ((child = xml.nextChild(element)) != null) {
                switch (child) {
                    case "hiddenTypes" -> filter.getHiddenTypes().add(xml.textElement(child));
                    case "statuses" -> filter.getStatuses().add(present(AnnotationStatus.get(xml.textElement(child))));
                    case "authors" -> filter.getAuthors().add(xml.textElement(child));
                    default -> throw DECLINE;
                }
            }
        }
        return filter;
    }

    /**
     * Trims a contents list to its size (EMF grows them by half plus four), as {@link LoadedDocumentCompactor} does
     * after EMF's load; eIsSet keeps an unused list from being created.
     */
    private static void shrink(EObject owner, EReference feature) {
        if (owner.eIsSet(feature) && owner.eGet(feature) instanceof BasicEList<?> list) {
            list.shrink();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(EList<T> list, T object) {
        // addUnique: a new object cannot be in the list yet, and the uniqueness check would make loading quadratic.
        ((InternalEList<T>) list).addUnique(object);
    }
}
