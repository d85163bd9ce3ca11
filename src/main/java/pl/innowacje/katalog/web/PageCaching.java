package pl.innowacje.katalog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Public pages may be kept and revalidated: they carry an ETag (the page's hash, the same on every node) and
 * {@code Cache-Control: no-cache}, so a browser or proxy that has the page asks again with {@code If-None-Match} and
 * gets 304 when nothing changed; a page rendered for a logged-in member of staff is {@code private}. The staff area
 * and the login page keep Spring Security's {@code no-store}; downloads have their own ETag and are not buffered.
 */
@Configuration
class PageCaching implements WebMvcConfigurer {

    /** Servlet URL patterns of the public pages (and the feeds below them). */
    static final String[] PAGES = {"/", "/szukaj", "/rozwiazania", "/rozwiazania/*", "/obszary", "/obszary/*",
        "/bloki", "/bloki/*", "/organizacje", "/organizacje/*", "/projekty", "/projekty/*", "/aktualnosci",
        "/aktualnosci/*", "/porownaj", "/deklaracja-dostepnosci"};

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> pageEtags() {
        ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
        // Weak: the page is the same whether sent compressed or not, and Tomcat compresses no answer with a strong tag.
        etags.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
        registration.addUrlPatterns(PAGES);
        registration.setName("pageEtags");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                    response.setHeader("Cache-Control", request.getUserPrincipal() == null ? "no-cache"
                            : "private, no-cache");
                }
                return true;
            }
        }).addPathPatterns("/", "/szukaj", "/rozwiazania", "/rozwiazania/**", "/obszary", "/obszary/**", "/bloki",
                "/bloki/**", "/organizacje", "/organizacje/**", "/projekty", "/projekty/**", "/aktualnosci",
                "/aktualnosci/**", "/porownaj", "/deklaracja-dostepnosci");
    }
}
