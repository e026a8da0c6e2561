package glossa.core.io;

import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;

import org.xml.sax.SAXException;

/**
 * XML parser settings that never resolve external entities or DTDs: a DOCTYPE is refused outright, which also stops
 * entity expansion attacks (billion laughs) before they start.
 */
public final class SafeXml {

    static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    /** SAX features for EMF's {@code OPTION_PARSER_FEATURES} and for our own parsers. */
    static final Map<String, Boolean> FEATURES = Map.of(
            DISALLOW_DOCTYPE, Boolean.TRUE,
            EXTERNAL_GENERAL_ENTITIES, Boolean.FALSE,
            EXTERNAL_PARAMETER_ENTITIES, Boolean.FALSE,
            LOAD_EXTERNAL_DTD, Boolean.FALSE,
            XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);

    /** SAX properties for EMF's {@code OPTION_PARSER_PROPERTIES}: no external DTD or schema access at all. */
    static final Map<String, Object> PROPERTIES = Map.of(
            XMLConstants.ACCESS_EXTERNAL_DTD, "",
            XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");

    private SafeXml() {
    }

    static SAXParserFactory saxParserFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        return factory;
    }

    public static DocumentBuilderFactory documentBuilderFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    static TransformerFactory transformerFactory() {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return factory;
    }
}
