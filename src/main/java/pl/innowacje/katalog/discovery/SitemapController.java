package pl.innowacje.katalog.discovery;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import pl.innowacje.katalog.system.NotFound;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * What search engines read first: {@code /robots.txt} and {@code /sitemap.xml}. Addresses are built from the
 * configured base URL, never from the request's Host header.
 */
@RestController
class SitemapController {

    private static final MediaType XML = new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8);

    private final PublicPages pages;
    private final String baseUrl;

    SitemapController(PublicPages pages, PortalProperties properties) {
        this.pages = pages;
        this.baseUrl = properties.siteUrl();
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap() {
        List<PublicPages.Page> all = pages.all();
        byte[] body = SitemapXml.files(all.size()) == 1 ? SitemapXml.urlset(all, 1, baseUrl)
                : SitemapXml.index(all, baseUrl);
        return ResponseEntity.ok().contentType(XML).body(body);
    }

    @GetMapping("/sitemap-{number:\\d{1,4}}.xml")
    ResponseEntity<byte[]> part(@PathVariable int number) {
        List<PublicPages.Page> all = pages.all();
        if (number < 1 || number > SitemapXml.files(all.size())) {
            throw new NotFound();
        }
        return ResponseEntity.ok().contentType(XML).body(SitemapXml.urlset(all, number, baseUrl));
    }

    /**
     * The staff area and the sign-in are no business of a crawler; neither are search and comparison pages, whose
     * parameter combinations never end and whose destinations the sitemap already lists.
     */
    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /login
                Disallow: /logout
                Disallow: /szukaj
                Disallow: /porownaj
                Disallow: /api/
                Allow: /

                Sitemap: %s/sitemap.xml
                """.formatted(baseUrl);
    }
}
