package pl.innowacje.katalog.oai;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The schema an OAI-PMH response is validated with: the project's own transcription of the protocol in
 * {@code src/test/resources/oai}, or, with {@code -Doai.schemas=DIR}, the protocol's published files in DIR
 * ({@code OAI-PMH.xsd}, {@code oai_dc.xsd}, {@code simpledc20021212.xsd}, {@code xml.xsd}), resolved offline.
 */
final class OaiSchemas {

    private static final Map<String, String> PUBLISHED = Map.of(
            "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd", "OAI-PMH.xsd",
            "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "oai_dc.xsd",
            "http://dublincore.org/schemas/xmls/simpledc20021212.xsd", "simpledc20021212.xsd",
            "http://www.w3.org/2001/03/xml.xsd", "xml.xsd");

    private OaiSchemas() {
    }

    static Schema load() throws Exception {
        String dir = System.getProperty("oai.schemas");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        if (dir == null || dir.isBlank()) {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            return factory.newSchema(new Source[] {resource("oai-pmh.xsd"), resource("oai-dc.xsd")});
        }
        Path folder = Path.of(dir);
        factory.setResourceResolver((type, namespace, publicId, systemId, base) -> {
            String absolute = base == null ? systemId : URI.create(base).resolve(systemId).toString();
            if (absolute.endsWith("/XMLSchema.dtd")) {
                // xml.xsd names a DTD for DTD-validating parsers; a schema processor needs nothing from it.
                return input(absolute, new byte[0]);
            }
            String file = PUBLISHED.get(absolute);
            if (file == null) {
                throw new IllegalStateException("no local copy of " + absolute + " in " + folder);
            }
            return input(absolute, read(folder.resolve(file)));
        });
        return factory.newSchema(new Source[] {published(folder, "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"),
                published(folder, "http://www.openarchives.org/OAI/2.0/oai_dc.xsd")});
    }

    /** Every problem the schema finds in the document; none for a valid one. */
    static List<String> problems(Schema schema, byte[] xml) throws IOException {
        List<String> out = new ArrayList<>();
        var validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                out.add("warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                out.add(e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                out.add(e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (out.isEmpty()) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    private static Source resource(String name) {
        return new StreamSource(OaiSchemas.class.getResource("/oai/" + name).toExternalForm());
    }

    private static Source published(Path folder, String url) {
        return new StreamSource(new ByteArrayInputStream(read(folder.resolve(PUBLISHED.get(url)))), url);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LSInput input(String systemId, byte[] bytes) {
        return new LSInput() {
            public Reader getCharacterStream() {
                return null;
            }

            public void setCharacterStream(Reader r) {
            }

            public InputStream getByteStream() {
                return new ByteArrayInputStream(bytes);
            }

            public void setByteStream(InputStream s) {
            }

            public String getStringData() {
                return null;
            }

            public void setStringData(String s) {
            }

            public String getSystemId() {
                return systemId;
            }

            public void setSystemId(String s) {
            }

            public String getPublicId() {
                return null;
            }

            public void setPublicId(String s) {
            }

            public String getBaseURI() {
                return null;
            }

            public void setBaseURI(String s) {
            }

            public String getEncoding() {
                return null;
            }

            public void setEncoding(String s) {
            }

            public boolean getCertifiedText() {
                return false;
            }

            public void setCertifiedText(boolean b) {
            }
        };
    }
}
