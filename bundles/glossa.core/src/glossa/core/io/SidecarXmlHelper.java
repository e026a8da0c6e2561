package glossa.core.io;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

/**
 * Writes {@code EDate} values with {@code java.time} instead of EMF's synchronized {@code SimpleDateFormat}: the same
 * characters ({@code yyyy-MM-dd'T'HH:mm:ss.SSSZ} in the default time zone, e.g.
 * {@code 2026-11-28T14:04:34.793+0000}), at a fraction of the cost. Two dates per annotation made date formatting
 * about 400 ms of a one-second save of 100,000 annotations. Reading is left to EMF, which accepts all its formats.
 */
final class SidecarXmlHelper extends XMIHelperImpl {

    private static final DateTimeFormatter EDATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ",
            Locale.ROOT);

    SidecarXmlHelper(XMLResource resource) {
        super(resource);
    }

    @Override
    public String convertToString(EFactory factory, EDataType dataType, Object value) {
        if (dataType == EcorePackage.Literals.EDATE && value instanceof Date date) {
            String formatted = format(date);
            if (formatted != null) {
                return formatted;
            }
        }
        return super.convertToString(factory, dataType, value);
    }

    /**
     * EMF's text for {@code date}, or {@code null} outside the years 1900–9999: earlier, the Julian calendar and local
     * mean times make {@code SimpleDateFormat} differ; later, java.time adds a sign.
     */
    static String format(Date date) {
        ZonedDateTime time = Instant.ofEpochMilli(date.getTime()).atZone(ZoneId.systemDefault());
        if (time.getYear() < 1900 || time.getYear() > 9999) {
            return null;
        }
        return EDATE.format(time);
    }
}
