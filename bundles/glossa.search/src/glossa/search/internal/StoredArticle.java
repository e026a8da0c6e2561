package glossa.search.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import glossa.search.IndexTerms;
import glossa.search.SearchableArticle;
import glossa.search.SearchableArticle.CodedSpan;
import glossa.search.SearchableArticle.SectionSpan;

/** A {@link SearchableArticle} as a Lucene document and back: one document per article. */
public final class StoredArticle {

    public static final String PATH = "path";
    public static final String STAMP = "stamp";
    public static final String TERMS = "terms";
    static final String TEXT = "text";
    static final String SECTIONS = "sections";
    static final String ANNOTATIONS = "annotations";
    static final String DATE = "date";

    /** Indexed for "which articles hold this term" only: no frequencies, positions or norms. */
    private static final FieldType TERMS_TYPE = new FieldType();
    static {
        TERMS_TYPE.setIndexOptions(IndexOptions.DOCS);
        TERMS_TYPE.setTokenized(true);
        TERMS_TYPE.setOmitNorms(true);
        TERMS_TYPE.freeze();
    }

    private StoredArticle() {
    }

    public static Document toDocument(SearchableArticle article, String stamp) {
        Document document = new Document();
        document.add(new StringField(PATH, article.path(), Field.Store.YES));
        // Path and stamp also as doc values: a refresh and the article filter read them for every article without
        // decompressing the stored text beside them.
        document.add(new BinaryDocValuesField(PATH, new BytesRef(article.path())));
        document.add(new BinaryDocValuesField(STAMP, new BytesRef(stamp)));
        document.add(new Field(TERMS, new TermsTokenStream(IndexTerms.of(article.text())), TERMS_TYPE));
        document.add(new StoredField(TEXT, article.text()));
        StringBuilder sections = new StringBuilder();
        for (SectionSpan span : article.sections()) {
            sections.append(span.begin()).append('\t').append(span.end()).append('\t').append(flat(span.path()))
                    .append('\n');
        }
        document.add(new StoredField(SECTIONS, sections.toString()));
        StringBuilder annotations = new StringBuilder();
        for (CodedSpan span : article.annotations()) {
            annotations.append(flat(span.typeId())).append('\t').append(span.begin()).append('\t').append(span.end())
                    .append('\n');
        }
        document.add(new StoredField(ANNOTATIONS, annotations.toString()));
        document.add(new StoredField(DATE, article.date() == null ? "" : article.date().toString()));
        return document;
    }

    public static SearchableArticle fromDocument(Document document) {
        List<SectionSpan> sections = new ArrayList<>();
        for (String line : lines(document.get(SECTIONS))) {
            String[] f = line.split("\t", 3);
            sections.add(new SectionSpan(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2]));
        }
        List<CodedSpan> annotations = new ArrayList<>();
        for (String line : lines(document.get(ANNOTATIONS))) {
            String[] f = line.split("\t", 3);
            annotations.add(new CodedSpan(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
        }
        return new SearchableArticle(document.get(PATH), document.get(TEXT), sections, annotations,
                date(document.get(DATE)));
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> lines(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split("\n"));
    }

    /** Section labels and type ids are one line; a tab or line break in one would break the record. */
    private static String flat(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]", " ");
    }
}
