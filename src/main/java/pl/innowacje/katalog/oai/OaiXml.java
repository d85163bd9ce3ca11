package pl.innowacje.katalog.oai;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import pl.innowacje.katalog.discovery.DublinCore;

/** Writes one OAI-PMH response: the envelope, headers, and records in {@code oai_dc}. */
final class OaiXml implements AutoCloseable {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;

    /** Opens the response: its date and the request as the harvester sent it (no arguments if it was malformed). */
    OaiXml(String baseUrl, String verb, Map<String, String> arguments) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(OAI);
            xml.writeStartElement("OAI-PMH");
            xml.writeDefaultNamespace(OAI);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", OAI + " " + OAI_SCHEMA);
            text("responseDate", datestamp(Instant.now()));
            xml.writeStartElement("request");
            if (verb != null) {
                xml.writeAttribute("verb", verb);
                for (Map.Entry<String, String> a : arguments.entrySet()) {
                    xml.writeAttribute(a.getKey(), a.getValue());
                }
            }
            xml.writeCharacters(baseUrl);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static String datestamp(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    void start(String element) throws XMLStreamException {
        xml.writeStartElement(element);
    }

    void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    void text(String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    void writeToken(String token, long completeListSize, int cursor) throws XMLStreamException {
        xml.writeStartElement("resumptionToken");
        xml.writeAttribute("completeListSize", Long.toString(completeListSize));
        xml.writeAttribute("cursor", Integer.toString(cursor));
        xml.writeCharacters(token);
        xml.writeEndElement();
    }

    void error(OaiError error) throws XMLStreamException {
        xml.writeStartElement("error");
        xml.writeAttribute("code", error.code());
        xml.writeCharacters(error.getMessage());
        xml.writeEndElement();
    }

    void header(OaiRecords.Header h, String identifier) throws XMLStreamException {
        xml.writeStartElement("header");
        if (h.deleted()) {
            xml.writeAttribute("status", "deleted");
        }
        text("identifier", identifier);
        text("datestamp", datestamp(h.datestamp()));
        for (String set : h.sets()) {
            text("setSpec", set);
        }
        xml.writeEndElement();
    }

    /** A record's metadata in simple Dublin Core; values in the catalogue's language, Polish. */
    void dublinCore(DublinCore dc) throws XMLStreamException {
        xml.writeStartElement("metadata");
        xml.writeStartElement("oai_dc", "dc", OAI_DC);
        xml.writeNamespace("oai_dc", OAI_DC);
        xml.writeNamespace("dc", DC);
        // Declared again here: harvesters often cut the metadata out of the response and read it on its own.
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", OAI_DC + " " + OAI_DC_SCHEMA);
        element("title", dc.title(), dc.language());
        element("title", dc.alternativeTitle(), "en");
        all("creator", dc.creators(), null);
        all("subject", dc.subjects(), null);
        element("description", dc.description(), dc.language());
        element("publisher", dc.publisher(), null);
        all("contributor", dc.contributors(), null);
        element("date", dc.date(), null);
        all("type", dc.types(), null);
        all("format", dc.formats(), null);
        element("identifier", dc.identifier(), null);
        element("language", dc.language(), null);
        all("relation", dc.relations(), null);
        all("coverage", dc.coverage(), null);
        element("rights", dc.rights(), null);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void all(String name, List<String> values, String lang) throws XMLStreamException {
        for (String value : values) {
            element(name, value, lang);
        }
    }

    private void element(String name, String value, String lang) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        xml.writeStartElement("dc", name, DC);
        if (lang != null) {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        }
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    byte[] finish() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // Closing a writer over memory fails only if already closed.
        }
    }
}
