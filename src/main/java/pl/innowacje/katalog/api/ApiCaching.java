package pl.innowacje.katalog.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on the read API: a client that sends {@code If-None-Match} with the tag it has gets 304 and no body when
 * nothing changed. The tag is the answer's hash, so it needs no bookkeeping and is the same on every node.
 * {@code /api/suggest} is left out: its answers change with every keystroke. The tags are weak, so that answers are
 * still compressed (Tomcat compresses no answer with a strong tag).
 */
@Configuration
class ApiCaching {

    static final String[] READ_API = {"/api/solutions", "/api/solutions/*", "/api/areas", "/api/areas/*",
        "/api/blocks", "/api/blocks/*", "/api/vocabularies", "/api/organisations", "/api/organisations/*",
        "/api/projects", "/api/projects/*", "/api/news", "/api/news/*", "/api/statistics", "/api/search"};

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> readApiEtags() {
        ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
        etags.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
        registration.addUrlPatterns(READ_API);
        return registration;
    }
}
