package glossa.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * <p>Not thread-safe; one instance reads one file.</p>
 */
final class SidecarFastReader {

    private static final String XMI_NS = "http://www.omg.org/XMI";

    /** Thrown to give up; carries no stack trace, as giving up is an answer, not an error. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super(null, null, false, false);
        }
    }

    private static final Decline DECLINE = new Decline();

    private static final GlossaFactory FACTORY = GlossaFactory.eINSTANCE;

    /** The element and attribute names of the format, so a tag's names cost no new String each. */
    private static final NameTable NAMES = new NameTable("activeFilter", "anchor", "anchorScore", "annotations",
            "attributes", "author", "authors", "begin", "builtIn", "byteOrderMark", "children", "choices", "codebook",
            "color", "confidence", "contentHash", "created", "description", "encoding", "end", "filters", "formatVersion",
            "hiddenTypes", "id", "kind", "level", "memo", "modified", "name", "number", "prefix", "quote", "recommender",
            "relations", "retired", "sections", "sectionsCorrected", "shortcut", "source", "sourcePath", "status",
            "statuses", "style", "suffix", "target", "text", "title", "type", "value", "xmi:version",
            "xmlns:glossa", "xmlns:xmi", "glossa:Document");

    /** A fixed open-addressing table of Strings, looked up by a range of characters and its String hash. */
    private static final class NameTable {
        private final String[] slots = new String[256];

        NameTable(String... names) {
            for (String name : names) {
                int i = name.hashCode() & (slots.length - 1);
                while (slots[i] != null) {
                    i = (i + 1) & (slots.length - 1);
                }
                slots[i] = name;
            }
        }

        String find(char[] chars, int start, int length, int hash) {
            for (int i = hash & (slots.length - 1);; i = (i + 1) & (slots.length - 1)) {
                String name = slots[i];
                if (name == null) {
                    return null;
                }
                if (name.hashCode() == hash && name.length() == length && matches(name, chars, start)) {
                    return name;
                }
            }
        }

        private static boolean matches(String name, char[] chars, int start) {
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) != chars[start + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private final char[] c;
    private final int n;
    private int p;
    private boolean xml11;

    // The attributes of the start tag just read.
    private String[] names = new String[16];
    private String[] values = new String[16];
    private int count;
    private boolean empty;
    /** The element name of the start tag just read. */
    private String lastName;

    private final StringBuilder scratch = new StringBuilder();
    private final Map<String, EObject> ids;
    private final List<Annotation> typed = new ArrayList<>();
    private final List<String> typeRefs = new ArrayList<>();
    private final List<Relation> related = new ArrayList<>();
    private final List<String> relationRefs = new ArrayList<>();
    private final Map<String, String> repeated = new HashMap<>();
    private String lastDateText;
    private Date lastDate;

    private SidecarFastReader(char[] chars, int length, int bytes) {
        this.c = chars;
        this.n = length;
        // Glossa writes some 500 bytes per annotation: size the ID map once instead of rehashing it a dozen times.
        this.ids = new HashMap<>(Math.max(16, bytes / 256));
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
            // Declined (Decline), or an input this reader did not foresee: EMF reads it (or reports what is wrong).
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------- document

    private Document document() {
        declaration();
        skipSpace();
        expect('<');
        if (!"glossa:Document".equals(startTag())) {
            throw DECLINE;
        }
        Document document = FACTORY.createDocument();
        boolean glossaNs = false;
        boolean xmiNs = false;
        boolean xmiVersion = false;
        for (int i = 0; i < count; i++) {
            String name = names[i];
            String value = values[i];
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
        require(glossaNs && (xmiNs || !xmiVersion) && (xmiVersion || !hasName("xmi:version")));
        noDuplicates();
        if (!empty) {
            String child;
            while ((child = nextChild("glossa:Document")) != null) {
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
        skipSpace();
        require(p == n);
        resolveReferences();
        shrink(document, GlossaPackage.Literals.DOCUMENT__SECTIONS);
        shrink(document, GlossaPackage.Literals.DOCUMENT__ANNOTATIONS);
        shrink(document, GlossaPackage.Literals.DOCUMENT__RELATIONS);
        return document;
    }

    private Section section() {
        Section section = FACTORY.createSection();
        for (int i = 0; i < count; i++) {
            String value = values[i];
            switch (names[i]) {
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
        noDuplicates();
        if (!empty) {
            String self = lastName;
            String child;
            while ((child = nextChild(self)) != null) {
                require("children".equals(child));
                add(section.getChildren(), section());
            }
            shrink(section, GlossaPackage.Literals.SECTION__CHILDREN);
        }
        return section;
    }

    private Codebook codebook() {
        Codebook codebook = FACTORY.createCodebook();
        for (int i = 0; i < count; i++) {
            require("name".equals(names[i]));
            codebook.setName(values[i]);
        }
        noDuplicates();
        if (!empty) {
            String child;
            while ((child = nextChild("codebook")) != null) {
                require("types".equals(child));
                add(codebook.getTypes(), type());
            }
        }
        return codebook;
    }

    private AnnotationType type() {
        AnnotationType type = FACTORY.createAnnotationType();
        for (int i = 0; i < count; i++) {
            String value = values[i];
            switch (names[i]) {
                case "id" -> type.setId(id(value, type));
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
        noDuplicates();
        if (!empty) {
            String self = lastName;
            String child;
            while ((child = nextChild(self)) != null) {
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
        for (int i = 0; i < count; i++) {
            String value = values[i];
            switch (names[i]) {
                case "name" -> definition.setName(value);
                case "kind" -> definition.setKind(present(AttributeKind.get(value)));
                case "description" -> definition.setDescription(value);
                default -> throw DECLINE;
            }
        }
        noDuplicates();
        if (!empty) {
            String child;
            while ((child = nextChild("attributes")) != null) {
                require("choices".equals(child));
                definition.getChoices().add(textElement("choices"));
            }
        }
        return definition;
    }

    private Annotation annotation() {
        Annotation annotation = FACTORY.createAnnotation();
        for (int i = 0; i < count; i++) {
            String value = values[i];
            switch (names[i]) {
                case "id" -> annotation.setId(id(value, annotation));
                case "type" -> {
                    typed.add(annotation);
                    typeRefs.add(reference(value));
                }
                case "begin" -> annotation.setBegin(integer(value));
                case "end" -> annotation.setEnd(integer(value));
                case "quote" -> annotation.setQuote(value);
                case "prefix" -> annotation.setPrefix(value);
                case "suffix" -> annotation.setSuffix(value);
                case "memo" -> annotation.setMemo(value);
                case "author" -> annotation.setAuthor(repeated(value));
                case "created" -> annotation.setCreated(date(value));
                case "modified" -> annotation.setModified(date(value));
                case "status" -> annotation.setStatus(present(AnnotationStatus.get(value)));
                case "anchor" -> annotation.setAnchor(present(AnchorState.get(value)));
                case "anchorScore" -> annotation.setAnchorScore(decimal(value));
                case "confidence" -> annotation.setConfidence(decimal(value));
                case "recommender" -> annotation.setRecommender(value);
                default -> throw DECLINE;
            }
        }
        noDuplicates();
        if (!empty) {
            String child;
            while ((child = nextChild("annotations")) != null) {
                require("attributes".equals(child));
                add(annotation.getAttributes(), annotationAttribute());
            }
            shrink(annotation, GlossaPackage.Literals.ANNOTATION__ATTRIBUTES);
        }
        return annotation;
    }

    private AttributeValue annotationAttribute() {
        AttributeValue value = FACTORY.createAttributeValue();
        for (int i = 0; i < count; i++) {
            switch (names[i]) {
                case "name" -> value.setName(repeated(values[i]));
                case "value" -> value.setValue(repeated(values[i]));
                default -> throw DECLINE;
            }
        }
        noDuplicates();
        require(empty || nextChild("attributes") == null);
        return value;
    }

    private Relation relation() {
        Relation relation = FACTORY.createRelation();
        String source = null;
        String target = null;
        for (int i = 0; i < count; i++) {
            String value = values[i];
            switch (names[i]) {
                case "id" -> relation.setId(id(value, relation));
                case "kind" -> relation.setKind(repeated(value));
                case "memo" -> relation.setMemo(value);
                case "source" -> source = reference(value);
                case "target" -> target = reference(value);
                default -> throw DECLINE;
            }
        }
        noDuplicates();
        require(empty || nextChild("relations") == null);
        related.add(relation);
        relationRefs.add(source);
        relationRefs.add(target);
        return relation;
    }

    private AnnotationFilterSpec filter(String element) {
        AnnotationFilterSpec filter = FACTORY.createAnnotationFilterSpec();
        for (int i = 0; i < count; i++) {
            switch (names[i]) {
                case "name" -> filter.setName(values[i]);
                case "text" -> filter.setText(values[i]);
                default -> throw DECLINE;
            }
        }
        noDuplicates();
        if (!empty) {
            String child;
            while ((child = nextChild(element)) != null) {
                switch (child) {
                    case "hiddenTypes" -> filter.getHiddenTypes().add(textElement(child));
                    case "statuses" -> filter.getStatuses().add(present(AnnotationStatus.get(textElement(child))));
                    case "authors" -> filter.getAuthors().add(textElement(child));
                    default -> throw DECLINE;
                }
            }
        }
        return filter;
    }

    /** Resolves {@code type}, {@code source} and {@code target} at the end, as EMF's deferred IDREF resolution. */
    private void resolveReferences() {
        for (int i = 0; i < typed.size(); i++) {
            typed.get(i).setType(resolve(typeRefs.get(i), AnnotationType.class));
        }
        for (int i = 0; i < related.size(); i++) {
            Relation relation = related.get(i);
            String source = relationRefs.get(2 * i);
            String target = relationRefs.get(2 * i + 1);
            if (source != null) {
                relation.setSource(resolve(source, Annotation.class));
            }
            if (target != null) {
                relation.setTarget(resolve(target, Annotation.class));
            }
        }
    }

    private <T> T resolve(String id, Class<T> type) {
        EObject object = ids.get(id);
        require(type.isInstance(object));
        return type.cast(object);
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

    // -------------------------------------------------------------------------------------------------- values

    private String id(String value, EObject owner) {
        require(ids.putIfAbsent(value, owner) == null);
        return value;
    }

    /** The ID in a same-file reference {@code #id}; other URI forms (paths, other files) are left to EMF. */
    private static String reference(String value) {
        require(value.length() > 1 && value.charAt(0) == '#');
        for (int i = 1; i < value.length(); i++) {
            char ch = value.charAt(i);
            require(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-'
                    || ch == '_' || ch == ':' || ch == '.' && i > 1);
        }
        return value.substring(1);
    }

    /**
     * One String for each distinct author, attribute name and value, relation kind, as
     * {@link LoadedDocumentCompactor} would share them afterwards.
     */
    private String repeated(String value) {
        if (value.length() > 64) {
            return value;
        }
        String first = repeated.putIfAbsent(value, value);
        return first != null ? first : value;
    }

    private static <T> T present(T literal) {
        require(literal != null);
        return literal;
    }

    private static boolean bool(String value) {
        if ("true".equals(value)) {
            return true;
        }
        require("false".equals(value));
        return false;
    }

    /** An optional minus and 1 to 9 digits: always an {@code int}, read alike by any parser. */
    private static int integer(String value) {
        int length = value.length();
        int start = length > 0 && value.charAt(0) == '-' ? 1 : 0;
        require(length > start && length - start <= 9);
        int result = 0;
        for (int i = start; i < length; i++) {
            char ch = value.charAt(i);
            require(ch >= '0' && ch <= '9');
            result = result * 10 + (ch - '0');
        }
        return start == 1 ? -result : result;
    }

    /** Java's {@code Double.toString} form, which EMF writes: {@code 1.0}, {@code 0.85}, {@code 1.0E-4}. */
    private static double decimal(String value) {
        int i = value.startsWith("-") ? 1 : 0;
        int digits = i;
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            i++;
        }
        require(i > digits && i < value.length() && value.charAt(i) == '.');
        int fraction = ++i;
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            i++;
        }
        require(i > fraction);
        if (i < value.length()) {
            require(value.charAt(i) == 'E');
            i++;
            if (i < value.length() && value.charAt(i) == '-') {
                i++;
            }
            int exponent = i;
            while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                i++;
            }
            require(i > exponent && i == value.length());
        }
        return Double.parseDouble(value);
    }

    /**
     * {@code yyyy-MM-dd'T'HH:mm:ss.SSS±hhmm}, the form EMF writes, for the years 1900–9999 where {@code java.time}
     * and EMF's {@code SimpleDateFormat} agree (see {@link SidecarXmlHelper#format}); anything else, such as a value
     * EMF's lenient parser would roll over (month 13), is left to EMF.
     */
    private Date date(String v) {
        // Created and modified are mostly the same instant: one Date for both, as AnnotationFactory makes them.
        if (v.equals(lastDateText)) {
            return lastDate;
        }
        lastDate = parseDate(v);
        lastDateText = v;
        return lastDate;
    }

    private static Date parseDate(String v) {
        require(v.length() == 28 && v.charAt(4) == '-' && v.charAt(7) == '-' && v.charAt(10) == 'T'
                && v.charAt(13) == ':' && v.charAt(16) == ':' && v.charAt(19) == '.');
        char sign = v.charAt(23);
        require(sign == '+' || sign == '-');
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        int millis = digits(v, 20, 3);
        int offsetHours = digits(v, 24, 2);
        int offsetMinutes = digits(v, 26, 2);
        require(year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59
                && second <= 59 && offsetHours <= 18 && offsetMinutes <= 59);
        require(day <= YearMonth.of(year, month).lengthOfMonth());
        int offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
        require(Math.abs(offsetSeconds) <= 18 * 3600);
        long epochSecond = LocalDateTime.of(year, month, day, hour, minute, second)
                .toEpochSecond(ZoneOffset.ofTotalSeconds(offsetSeconds));
        return new Date(epochSecond * 1000 + millis);
    }

    private static int digits(String value, int from, int length) {
        int result = 0;
        for (int i = from; i < from + length; i++) {
            char ch = value.charAt(i);
            require(ch >= '0' && ch <= '9');
            result = result * 10 + (ch - '0');
        }
        return result;
    }

    private static void require(boolean condition) {
        if (!condition) {
            throw DECLINE;
        }
    }

    // ----------------------------------------------------------------------------------------------------- XML

    /** {@code <?xml version="1.0|1.1" encoding="UTF-8"?>}, exactly as EMF and the migration write it. */
    private void declaration() {
        require(startsWith("<?xml version=\"1."));
        p += 17;
        require(p + 1 < n && (c[p] == '0' || c[p] == '1') && c[p + 1] == '"');
        xml11 = c[p] == '1';
        p += 2;
        require(startsWith(" encoding=\"UTF-8\"?>") || startsWith(" encoding=\"utf-8\"?>"));
        p += 19;
    }

    /**
     * After a start tag of a non-empty element: skips whitespace, then returns the name of the next child's start
     * tag (its attributes read into {@link #names}/{@link #values}), or {@code null} at the end tag {@code </parent>}.
     */
    private String nextChild(String parent) {
        skipSpace();
        expect('<');
        if (p < n && c[p] == '/') {
            p++;
            require(startsWith(parent));
            p += parent.length();
            skipSpace();
            expect('>');
            return null;
        }
        return startTag();
    }

    /** Reads a start tag after its {@code <}: returns its name, fills the attribute arrays and {@link #empty}. */
    private String startTag() {
        String name = name();
        lastName = name;
        count = 0;
        while (true) {
            boolean spaced = skipSpace();
            require(p < n);
            char ch = c[p];
            if (ch == '>') {
                p++;
                empty = false;
                return name;
            }
            if (ch == '/') {
                p++;
                expect('>');
                empty = true;
                return name;
            }
            require(spaced);
            String attribute = name();
            skipSpace();
            expect('=');
            skipSpace();
            String value = attributeValue();
            if (count == names.length) {
                names = Arrays.copyOf(names, count * 2);
                values = Arrays.copyOf(values, count * 2);
            }
            names[count] = attribute;
            values[count] = value;
            count++;
        }
    }

    private boolean hasName(String name) {
        for (int i = 0; i < count; i++) {
            if (names[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** XML forbids an attribute twice in one tag; EMF's parser would refuse it, so decline. */
    private void noDuplicates() {
        for (int i = 1; i < count; i++) {
            for (int j = 0; j < i; j++) {
                require(!names[i].equals(names[j]));
            }
        }
    }

    /** A name of ASCII letters, digits, {@code _ - . :}, starting with a letter or {@code _}. */
    private String name() {
        int start = p;
        int hash = 0;
        while (p < n) {
            char ch = c[p];
            if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '_' || ch == ':'
                    || p > start && (ch >= '0' && ch <= '9' || ch == '-' || ch == '.')) {
                hash = 31 * hash + ch;
                p++;
            } else {
                break;
            }
        }
        require(p > start);
        String known = NAMES.find(c, start, p - start, hash);
        return known != null ? known : new String(c, start, p - start);
    }

    private String attributeValue() {
        require(p < n);
        char quote = c[p];
        require(quote == '"' || quote == '\'');
        int start = ++p;
        while (p < n) {
            char ch = c[p];
            if (ch == quote) {
                return new String(c, start, p++ - start);
            }
            if (ch == '&') {
                return escapedValue(start, quote);
            }
            requireLiteral(ch);
            require(ch != '<');
            p++;
        }
        throw DECLINE;
    }

    private String escapedValue(int start, char quote) {
        StringBuilder value = scratch;
        value.setLength(0);
        value.append(c, start, p - start);
        while (p < n) {
            char ch = c[p];
            if (ch == quote) {
                p++;
                return value.toString();
            }
            if (ch == '&') {
                reference(value);
            } else {
                requireLiteral(ch);
                require(ch != '<');
                value.append(ch);
                p++;
            }
        }
        throw DECLINE;
    }

    /** The text of a data element such as {@code <choices>stance</choices>}, after its start tag. */
    private String textElement(String element) {
        require(count == 0 && !empty);
        StringBuilder text = scratch;
        text.setLength(0);
        while (p < n) {
            char ch = c[p];
            if (ch == '<') {
                p++;
                require(p < n && c[p] == '/');
                p++;
                require(startsWith(element));
                p += element.length();
                skipSpace();
                expect('>');
                // EMF's reading of an empty element is not worth matching: decline it.
                require(text.length() > 0);
                return text.toString();
            }
            if (ch == '&') {
                reference(text);
            } else {
                // Literal tabs and line feeds are content as they stand; "]]>" may not appear in text.
                if (ch != '\n' && ch != '\t') {
                    requireLiteral(ch);
                }
                require(ch != '>' || text.length() < 2 || text.charAt(text.length() - 1) != ']'
                        || text.charAt(text.length() - 2) != ']');
                text.append(ch);
                p++;
            }
        }
        throw DECLINE;
    }

    /**
     * A character XML passes on as it stands: not a control character (tab, line feed and carriage return in
     * attribute values become spaces, and XML 1.1 forbids the others literally), not U+007F–U+009F (XML 1.1 restricts
     * them and reads U+0085 as a line end), not U+2028 (an XML 1.1 line end), not U+FFFE/U+FFFF.
     */
    private static void requireLiteral(char ch) {
        if (ch < 0x20 || ch >= 0x7F && (ch <= 0x9F || ch == 0x2028 || ch >= 0xFFFE)) {
            throw DECLINE;
        }
    }

    /** Appends the character of the reference at {@code &}: {@code &#xA;}, {@code &#10;} or one of the five. */
    private void reference(StringBuilder out) {
        p++;
        require(p < n);
        if (c[p] == '#') {
            p++;
            int radix = 10;
            if (p < n && c[p] == 'x') {
                radix = 16;
                p++;
            }
            int start = p;
            int code = 0;
            while (p < n && c[p] != ';') {
                require(p - start < 6);
                int digit = Character.digit(c[p], radix);
                require(digit >= 0 && c[p] < 128);
                code = code * radix + digit;
                p++;
            }
            require(p < n && p > start);
            p++;
            // Char of XML 1.1 (or 1.0): no NUL, no surrogates, no U+FFFE/U+FFFF; 1.0 allows only tab, LF, CR below space.
            require(code >= 1 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF) && code != 0xFFFE
                    && code != 0xFFFF && (xml11 || code >= 0x20 || code == 0x9 || code == 0xA || code == 0xD));
            out.appendCodePoint(code);
            return;
        }
        if (startsWith("lt;")) {
            out.append('<');
            p += 3;
        } else if (startsWith("gt;")) {
            out.append('>');
            p += 3;
        } else if (startsWith("amp;")) {
            out.append('&');
            p += 4;
        } else if (startsWith("quot;")) {
            out.append('"');
            p += 5;
        } else if (startsWith("apos;")) {
            out.append('\'');
            p += 5;
        } else {
            throw DECLINE;
        }
    }

    /** Skips XML white space (space, tab, line feed, carriage return); true if there was any. */
    private boolean skipSpace() {
        int start = p;
        while (p < n) {
            char ch = c[p];
            if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
                p++;
            } else {
                break;
            }
        }
        return p > start;
    }

    private void expect(char ch) {
        require(p < n && c[p] == ch);
        p++;
    }

    private boolean startsWith(String text) {
        int length = text.length();
        if (p + length > n) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (c[p + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
