package glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Date;
import java.util.SplittableRandom;
import java.util.TimeZone;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** The fast date writer must produce exactly EMF's text, or step aside. (In package glossa.core.io: it is internal.) */
class SidecarXmlHelperTest {

    @Test
    void datesAreWrittenExactlyAsEmfWritesThem() {
        SplittableRandom random = new SplittableRandom(42);
        long from = -2_208_988_800_000L; // 1900-01-01
        long to = 4_102_444_800_000L; // 2100-01-01
        for (int i = 0; i < 20_000; i++) {
            Date date = new Date(random.nextLong(from + 86_400_000L, to));
            assertEquals(EcoreUtil.convertToString(EcorePackage.Literals.EDATE, date), SidecarXmlHelper.format(date),
                    () -> "at " + date.getTime() + " in " + TimeZone.getDefault().getID());
        }
        Date epoch = new Date(0);
        assertEquals(EcoreUtil.convertToString(EcorePackage.Literals.EDATE, epoch), SidecarXmlHelper.format(epoch));
    }

    @Test
    void yearsWhereTheFormattersDifferAreLeftToEmf() {
        assertNull(SidecarXmlHelper.format(new Date(-12_219_292_800_000L))); // 1582, Julian calendar
        assertNull(SidecarXmlHelper.format(new Date(253_402_300_800_000L + 86_400_000L))); // year 10000
    }
}
