package glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Date;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import glossa.model.AnnotationStatus;

/**
 * The attribute values the fast reader takes as they stand, and the ones it leaves to EMF (it declines them). A value
 * it takes must mean what EMF reads from it; near misses at every boundary are declined. (In package glossa.core.io:
 * the reader is internal.)
 */
class SidecarValuesTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0",
            "7, 7",
            "-0, 0",
            "-1, -1",
            "2147, 2147",
            "123456789, 123456789", // nine digits: the longest form taken
            "-123456789, -123456789",
            "000000001, 1",
            "999999999, 999999999" })
    void integersOfUpToNineDigitsAreRead(String text, int expected) {
        assertEquals(expected, SidecarValues.integer(text));
        assertEquals(Integer.parseInt(text), SidecarValues.integer(text), "as any parser reads it");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "-", "+1", " 1", "1 ", "1a", "a1", "1234567890", "-1234567890", "2147483648", "1.0",
            "/", ":", "--1", "1-" })
    void otherIntegerFormsAreDeclined(String text) {
        assertThrows(SidecarDecline.class, () -> SidecarValues.integer(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "1.0", "0.85", "0.0", "-0.5", "1.0E-4", "1.0E10", "-2.5E-7", "0.3333333333333333",
            "123.456", "9.0E9", "0.9", "1.99", "-9.09", "0.0909E-9" })
    void decimalsInJavasFormAreRead(String text) {
        assertEquals(Double.parseDouble(text), SidecarValues.decimal(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "-", "1", "-1", ".5", "1.", "-.5", "1.0e5", "1.0E", "1.0E-", "1.0E+5", "1.0E5x",
            "1.0x", "1.0E--4", "NaN", "Infinity", "1,0", " 1.0", "1.0 ", "1..0", "1.0E5.0" })
    void otherDecimalFormsAreDeclined(String text) {
        assertThrows(SidecarDecline.class, () -> SidecarValues.decimal(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "true", "false" })
    void booleansAreTheTwoLowerCaseWords(String text) {
        assertEquals(Boolean.parseBoolean(text), SidecarValues.bool(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "True", "FALSE", "1", "0", "yes", " true", "false " })
    void otherBooleanFormsAreDeclined(String text) {
        assertThrows(SidecarDecline.class, () -> SidecarValues.bool(text), text);
    }

    @ParameterizedTest
    @CsvSource({
            "#a-1, a-1",
            "#claim, claim",
            "#Z, Z",
            "#z, z",
            "#A, A",
            "#a, a",
            "#0, 0",
            "#9, 9",
            "#_x, _x",
            "#ns:id, ns:id",
            "#custom-1.child, custom-1.child",
            "#-, -" })
    void sameFileReferencesGiveTheirId(String reference, String id) {
        assertEquals(id, SidecarValues.referencedId(reference));
    }

    @ParameterizedTest
    @ValueSource(strings = { "#", "", "a-1", "claim#x", "#.a", "#a/b", "#//@codebook/@types.0", "#a b", "#[", "#`",
            "#{", "#@", "#/", "#中", "other.glossa#a-1", "##a" })
    void otherReferenceFormsAreDeclined(String reference) {
        assertThrows(SidecarDecline.class, () -> SidecarValues.referencedId(reference), reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-11-28T14:04:34.793+0000",
            "2026-11-28T14:04:34.793+0100",
            "2026-11-28T14:04:34.793-0530",
            "2026-11-28T14:04:34.000+0000",
            "2026-11-28T14:04:34.999+0000",
            "1900-01-01T00:00:00.000+0000", // the first year taken
            "9999-12-31T23:59:59.999+0000",
            "2026-01-31T00:00:00.000+0000", // the last day of a long month
            "2026-12-31T23:59:59.000+0000",
            "2024-02-29T12:00:00.000+0000", // a leap day
            "2026-06-15T23:59:59.000+1800", // the largest offsets
            "2026-06-15T00:00:00.000-1800",
            "2026-06-15T00:00:00.000+1759",
            "2026-06-15T00:00:00.000+0059" })
    void datesInEmfsFormMeanTheInstantEmfReads(String text) {
        Date expected = (Date) EcoreUtil.createFromString(EcorePackage.Literals.EDATE, text);
        assertEquals(expected, SidecarValues.date(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1899-12-31T23:59:59.999+0000", // before 1900 the formatters disagree
            "2026-00-10T00:00:00.000+0000",
            "2026-13-10T00:00:00.000+0000", // EMF's lenient parser would roll over into the next year
            "2026-01-00T00:00:00.000+0000",
            "2026-01-32T00:00:00.000+0000",
            "2026-11-31T00:00:00.000+0000", // November has 30 days
            "2023-02-29T00:00:00.000+0000", // no leap year
            "2026-11-28T24:00:00.000+0000",
            "2026-11-28T14:60:00.000+0000",
            "2026-11-28T14:04:60.000+0000",
            "2026-11-28T14:04:34.793+1900",
            "2026-11-28T14:04:34.793+1801", // beyond eighteen hours
            "2026-11-28T14:04:34.793-1801",
            "2026-11-28T14:04:34.793+0060",
            "2026-11-28T14:04:34.793 0000",
            "2026-11-28T14:04:34.793Z0000",
            "2026-11-28T14:04:34.793+000",
            "2026-11-28T14:04:34.793+00000",
            "2026-11-28T14:04:34+0000",
            "2026-11-28 14:04:34.793+0000",
            "2026/11-28T14:04:34.793+0000",
            "2026-11/28T14:04:34.793+0000",
            "2026-11-28T14.04:34.793+0000",
            "2026-11-28T14:04.34.793+0000",
            "2026-11-28T14:04:34:793+0000",
            "2026-1a-28T14:04:34.793+0000",
            "2026-11-28T14:04:34.7a3+0000",
            "2026-11-28T14:04:34.793+00a0",
            "202/-11-28T14:04:34.793+0000",
            "202:-11-28T14:04:34.793+0000" })
    void otherDateFormsAreDeclined(String text) {
        assertThrows(SidecarDecline.class, () -> SidecarValues.date(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "confirmed", "suggested", "orphaned" })
    void aKnownLiteralIsTakenAndAnUnknownOneDeclined(String literal) {
        AnnotationStatus status = AnnotationStatus.get(literal);
        assertSame(status, SidecarValues.present(status));
        assertThrows(SidecarDecline.class, () -> SidecarValues.present(AnnotationStatus.get(literal + "x")));
    }
}
