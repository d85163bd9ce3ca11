package pl.innowacje.katalog.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The size limit of uploads ({@code portal.upload.max-size}). A multipart request whose declared length is over it
 * is answered at once, before anything reads its body, with a page that states the limit: were the container to
 * refuse it instead, the refusal would surface as a missing CSRF token (403), since the token travels in the same
 * body. The container's own limits sit just above, for requests that do not declare their length; a file under them
 * but over the limit is refused with the same message by {@code StoredFiles}.
 */
@Configuration
class Uploads {

    /** Room for the form's other fields and the multipart boundaries around the file. */
    static final long FORM_OVERHEAD = 1024 * 1024;
    static final String TOO_LARGE_PAGE = "/admin/plik-za-duzy";

    /** The larger of a file's limit and an import package's: each is checked again where it is taken in. */
    static DataSize largest(PortalProperties properties) {
        DataSize file = properties.upload().maxSize();
        DataSize pack = properties.importing().maxPackageSize();
        return file.toBytes() >= pack.toBytes() ? file : pack;
    }

    @Bean
    MultipartConfigElement multipartConfigElement(PortalProperties properties) {
        DataSize ceiling = DataSize.ofBytes(largest(properties).toBytes() + FORM_OVERHEAD);
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(ceiling);
        factory.setMaxRequestSize(ceiling);
        // Small uploads stay in memory; anything larger goes to disk as it arrives, never whole into the heap, in
        // the data folder's incoming files, which the next start clears of what a killed process left there.
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        factory.setLocation(properties.incomingDir().toAbsolutePath().toString());
        return factory.createMultipartConfig();
    }

    @Bean
    FilterRegistrationBean<TooLarge> uploadSizeFilter(PortalProperties properties) {
        FilterRegistrationBean<TooLarge> registration = new FilterRegistrationBean<>(
                new TooLarge(properties.upload().maxSize(), properties.importing().maxPackageSize()));
        registration.addUrlPatterns("/admin/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /** Shows the too-large page, with the limit, instead of a multipart request over it. */
    static final class TooLarge extends OncePerRequestFilter {

        private final DataSize fileLimit;
        private final DataSize packageLimit;

        /** A solution's file is held to the upload limit; a package on the import page to the package limit. */
        TooLarge(DataSize fileLimit, DataSize packageLimit) {
            this.fileLimit = fileLimit;
            this.packageLimit = packageLimit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            DataSize limit = request.getRequestURI().startsWith(request.getContextPath() + "/admin/import")
                    ? packageLimit : fileLimit;
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                    && request.getContentLengthLong() > limit.toBytes() + FORM_OVERHEAD) {
                request.setAttribute("uploadLimitMegabytes", limit.toMegabytes());
                response.setHeader("Connection", "close");
                request.getRequestDispatcher(TOO_LARGE_PAGE).forward(new BodyIgnored(request), response);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** The request without its body: nothing downstream may try to read the refused upload's parameters. */
    private static final class BodyIgnored extends HttpServletRequestWrapper {

        BodyIgnored(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    /** The page itself: the portal's look, status 413, the limit in words. */
    @Controller
    static class TooLargePage {

        @RequestMapping(TOO_LARGE_PAGE)
        String show(HttpServletResponse response, Model model) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return "error/413";
        }
    }
}
