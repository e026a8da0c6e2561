package glossa.exchange.uima;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.ExportModel;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.export.Exporter;
import glossa.exchange.export.internal.Iso;
import glossa.exchange.export.internal.XmlOut;
import glossa.model.Annotation;
import glossa.model.AttributeValue;
import glossa.model.Relation;
import glossa.model.Section;

/**
 * An article as a UIMA CAS in XMI (the serialisation INCEpTION and DKPro Core read): the text is the sofa of the
 * initial view; DKPro's {@code DocumentMetaData} (title, id) is the document annotation; sections, annotations
 * (as the filter selects) and the relations between them follow {@link UimaTypes}. Offsets are UTF-16 code units,
 * as in Glossa and in UIMA's Java CAS, so they are written unchanged. The type system goes beside the file
 * ({@link UimaTypes#typeSystem()}).
 */
public final class UimaXmiExporter implements Exporter {

    private static final int SOFA = 1;

    @Override
    public void export(AnnotatedArticle article, ExportOptions options, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        ExportModel model = ExportModel.of(article, options);
        String text = article.text();
        XmlOut x = new XmlOut(out, 2);
        x.declaration();
        x.start("xmi:XMI").attr("xmlns:xmi", UimaTypes.XMI_NS).attr("xmlns:cas", UimaTypes.CAS_NS)
                .attr("xmlns:tcas", UimaTypes.TCAS_NS).attr("xmlns:type", UimaTypes.DKPRO_METADATA_NS)
                .attr("xmlns:glossa", UimaTypes.GLOSSA_NS).attr("xmi:version", "2.0");
        x.start("cas:NULL").attr("xmi:id", 0).end();
        List<Integer> members = new ArrayList<>();
        int next = SOFA + 1;
        members.add(next);
        x.start("type:DocumentMetaData").attr("xmi:id", next++).attr("sofa", SOFA).attr("begin", 0)
                .attr("end", text.length()).attr("language", language(text))
                .attr("documentTitle", article.document().getTitle()).attr("documentId", model.source())
                .attr("isLastSegment", "false").end();
        for (Section section : article.document().getSections()) {
            next = section(x, section, next, members);
        }
        String memo = article.document().getMemo();
        if (memo != null && !memo.isBlank()) {
            members.add(next);
            x.start("glossa:DocumentMemo").attr("xmi:id", next++).attr("sofa", SOFA).attr("begin", 0)
                    .attr("end", text.length()).attr("memo", memo).end();
        }
        Map<Annotation, Integer> ids = new IdentityHashMap<>();
        for (Annotation a : model.annotations()) {
            int id = next++;
            ids.put(a, id);
            members.add(id);
            x.start("glossa:Annotation").attr("xmi:id", id).attr("sofa", SOFA).attr("begin", a.getBegin())
                    .attr("end", a.getEnd()).attr("id", a.getId()).attr("typeId", a.getType().getId())
                    .attr("typeName", a.getType().getName())
                    .attr("status", a.getStatus() == null ? null : a.getStatus().getLiteral())
                    .attr("author", a.getAuthor()).attr("memo", a.getMemo())
                    .attr("created", a.getCreated() == null ? null : Iso.format(a.getCreated()))
                    .attr("modified", a.getModified() == null ? null : Iso.format(a.getModified()));
            for (AttributeValue v : a.getAttributes()) {
                x.element("attributeNames", v.getName());
            }
            for (AttributeValue v : a.getAttributes()) {
                x.element("attributeValues", v.getValue() == null ? "" : v.getValue());
            }
            x.end();
        }
        for (Relation r : article.document().getRelations()) {
            Integer governor = ids.get(r.getSource());
            Integer dependent = ids.get(r.getTarget());
            if (governor == null || dependent == null) {
                continue;
            }
            int id = next++;
            members.add(id);
            x.start("glossa:Relation").attr("xmi:id", id).attr("sofa", SOFA).attr("begin", r.getTarget().getBegin())
                    .attr("end", r.getTarget().getEnd()).attr("Governor", governor).attr("Dependent", dependent)
                    .attr("id", r.getId()).attr("kind", r.getKind()).attr("memo", r.getMemo()).end();
        }
        x.start("cas:Sofa").attr("xmi:id", SOFA).attr("sofaNum", 1).attr("sofaID", "_InitialView")
                .attr("mimeType", "text").attr("sofaString", text).end();
        StringBuilder list = new StringBuilder();
        for (int m : members) {
            list.append(list.length() == 0 ? "" : " ").append(m);
        }
        x.start("cas:View").attr("sofa", SOFA).attr("members", list.toString()).end();
        x.finish();
    }

    private static int section(XmlOut x, Section section, int next, List<Integer> members) throws IOException {
        int id = next++;
        members.add(id);
        x.start("glossa:Section").attr("xmi:id", id).attr("sofa", SOFA).attr("begin", section.getBegin())
                .attr("end", section.getEnd()).attr("number", section.getNumber()).attr("title", section.getTitle())
                .attr("level", section.getLevel())
                .attr("kind", section.getKind() == null ? null : section.getKind().getLiteral())
                .attr("memo", section.getMemo() == null || section.getMemo().isBlank() ? null : section.getMemo()).end();
        for (Section child : section.getChildren()) {
            next = section(x, child, next, members);
        }
        return next;
    }

    /** "zh" when Han characters make up a fifth of the letters, else UIMA's "x-unspecified". */
    static String language(String text) {
        int letters = 0;
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return letters > 0 && han * 5 >= letters ? "zh" : "x-unspecified";
    }
}
