package pl.innowacje.katalog.discovery;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The sitemap protocol's two documents: a list of pages ({@code urlset}) and, when the pages are more than one list
 * may hold, an index of lists ({@code sitemapindex}).
 */
final class SitemapXml {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The protocol's limit of addresses in one list. */
    static final int PER_FILE = 50_000;

    private SitemapXml() {
    }

    /** How many lists the pages need; one list is served as the sitemap itself, with no index. */
    static int files(int pages) {
        return Math.max(1, (pages + PER_FILE - 1) / PER_FILE);
    }

    /** The pages of list {@code number} (from 1), at absolute addresses under the base URL. */
    static byte[] urlset(List<PublicPages.Page> pages, int number, String baseUrl) {
        int from = (number - 1) * PER_FILE;
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            for (PublicPages.Page page : pages.subList(from, Math.min(pages.size(), from + PER_FILE))) {
                xml.writeStartElement("url");
                element(xml, "loc", baseUrl + page.path());
                if (page.lastModified() != null) {
                    element(xml, "lastmod", w3c(page.lastModified()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** The index of {@code files} lists, each with the newest change among its pages. */
    static byte[] index(List<PublicPages.Page> pages, String baseUrl) {
        return write(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(NAMESPACE);
            for (int n = 1; n <= files(pages.size()); n++) {
                int from = (n - 1) * PER_FILE;
                Instant newest = pages.subList(from, Math.min(pages.size(), from + PER_FILE)).stream()
                        .map(PublicPages.Page::lastModified).filter(t -> t != null).max(Instant::compareTo)
                        .orElse(null);
                xml.writeStartElement("sitemap");
                element(xml, "loc", baseUrl + "/sitemap-" + n + ".xml");
                if (newest != null) {
                    element(xml, "lastmod", w3c(newest));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("sitemap not written", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** W3C datetime, as the protocol asks: to the second, in UTC. */
    private static String w3c(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }
}
