package pl.innowacje.katalog.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SitemapXmlTest {

    private static final String BASE = "https://katalog.example";

    private static List<PublicPages.Page> pages(int n) {
        List<PublicPages.Page> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new PublicPages.Page("/rozwiazania/r-" + i, i % 2 == 0 ? null : Instant.ofEpochSecond(i)));
        }
        return out;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void pagesUpToTheProtocolsLimitAreOneListWithLastChangesWhereKnown() throws Exception {
        List<PublicPages.Page> pages = pages(3);
        assertThat(SitemapXml.files(pages.size())).isEqualTo(1);
        Document xml = parse(SitemapXml.urlset(pages, 1, BASE));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapXml.NAMESPACE);
        assertThat(xml.getElementsByTagNameNS(SitemapXml.NAMESPACE, "loc").item(2).getTextContent())
                .isEqualTo(BASE + "/rozwiazania/r-2");
        assertThat(xml.getElementsByTagNameNS(SitemapXml.NAMESPACE, "lastmod").getLength()).isEqualTo(1);
        assertThat(xml.getElementsByTagNameNS(SitemapXml.NAMESPACE, "lastmod").item(0).getTextContent())
                .isEqualTo("1970-01-01T00:00:01Z");
        assertThat(SitemapXml.files(0)).isEqualTo(1);
    }

    @Test
    void moreThanOneListOfPagesIsServedThroughAnIndexOfLists() throws Exception {
        List<PublicPages.Page> pages = pages(SitemapXml.PER_FILE + 2);
        assertThat(SitemapXml.files(pages.size())).isEqualTo(2);
        Document index = parse(SitemapXml.index(pages, BASE));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getElementsByTagNameNS(SitemapXml.NAMESPACE, "loc").item(1).getTextContent())
                .isEqualTo(BASE + "/sitemap-2.xml");
        assertThat(index.getElementsByTagNameNS(SitemapXml.NAMESPACE, "lastmod").item(1).getTextContent())
                .isEqualTo(Instant.ofEpochSecond(SitemapXml.PER_FILE + 1).toString());
        assertThat(parse(SitemapXml.urlset(pages, 1, BASE)).getElementsByTagNameNS(SitemapXml.NAMESPACE, "url")
                .getLength()).isEqualTo(SitemapXml.PER_FILE);
        assertThat(parse(SitemapXml.urlset(pages, 2, BASE)).getElementsByTagNameNS(SitemapXml.NAMESPACE, "loc").item(1)
                .getTextContent()).isEqualTo(BASE + "/rozwiazania/r-" + (SitemapXml.PER_FILE + 1));
    }
}
