package glossa.core.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import glossa.core.agreement.AgreementReport;
import glossa.core.agreement.ArticleCoding;
import glossa.exchange.agreement.AgreementReportFormat;

/** The agreement report's HTML and CSV: structure, figures and escaping, read back as a browser and a sheet would. */
class AgreementReportWritersTest {

    /** Two coders who disagree more than chance would: alpha below zero for claim. */
    private static AgreementReport report() {
        TwoCoderDocument d = new TwoCoderDocument();
        d.add("ana", d.claim, 0, 250);
        d.add("=bo", d.claim, 250, 500);
        d.add("ana", d.measure, 600, 700);
        d.add("=bo", d.measure, 600, 700);
        return AgreementReport.forArticle(ArticleCoding.of(d.article), null, null);
    }

    private static String write(AgreementReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(report(), LocalDate.of(2026, 1, 2), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void htmlHasASummaryRowPerScopeAndATablePerScope() throws IOException {
        org.jsoup.nodes.Document page = Jsoup.parse(write(AgreementReportFormat.HTML));
        assertEquals("=bo, ana", page.getElementById("coders").text());
        assertEquals("2026-01-02", page.getElementById("date").text());
        List<Element> summary = page.select("#summary tbody tr");
        assertEquals(List.of("Two coders", "一 背景", "二 内容"), summary.stream().map(r -> r.child(0).text()).toList());
        // Section 二: the measure, coded alike: everything 1, kappa included for two coders.
        assertEquals(List.of("100.0\u202f%", "1.000", "1.000", "1.000"),
                summary.get(2).select("td").stream().skip(1).map(Element::text).toList());
        Element claim = page.selectFirst("#by-type tr[data-type=claim]");
        assertTrue(claim.select("td").get(2).text().startsWith("\u2212"), "a negative alpha: " + claim);
        assertEquals(0, page.select("script").size());
    }

    @Test
    void csvWritesFiguresAsNumbersAndDefusesText() throws IOException {
        List<String> rows = write(AgreementReportFormat.CSV).lines().toList();
        String claim = rows.stream().filter(r -> r.startsWith("Two coders,0,claim,")).findFirst().orElseThrow();
        String[] cells = claim.split(",");
        assertEquals("'=bo; ana", cells[4], "a coder list starting with = is defused");
        assertTrue(cells[8].startsWith("-0."), "a negative alpha stays a number: " + claim);
        assertEquals(AgreementReportFormat.CSV, AgreementReportFormat.of(java.nio.file.Path.of("x/Report.CSV")));
        assertEquals(null, AgreementReportFormat.of(java.nio.file.Path.of("report.pdf")));
    }
}
