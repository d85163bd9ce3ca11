package pl.innowacje.katalog.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The size limit of uploads ({@code portal.upload.max-size}), applied twice. The servlet container stops reading a
 * larger body, and, before that, a request whose declared length is over the limit is answered at once with a page
 * that says so: without this, the container's refusal would surface as a missing CSRF token (403), because the
 * token travels in the same multipart body.
 */
@Configuration
class Uploads {

    /** Room for the form's other fields and the multipart boundaries around the file. */
    private static final long FORM_OVERHEAD = 1024 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(PortalProperties properties) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(properties.upload().maxSize());
        factory.setMaxRequestSize(DataSize.ofBytes(properties.upload().maxSize().toBytes() + FORM_OVERHEAD));
        // Small uploads stay in memory; anything larger goes to disk as it arrives, never whole into the heap.
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }

    @Bean
    FilterRegistrationBean<TooLarge> uploadSizeFilter(PortalProperties properties) {
        FilterRegistrationBean<TooLarge> registration = new FilterRegistrationBean<>(
                new TooLarge(properties.upload().maxSize()));
        registration.addUrlPatterns("/admin/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /** Answers 413, with the limit, to a multipart request that says it is larger than the limit allows. */
    static final class TooLarge extends OncePerRequestFilter {

        private final DataSize limit;

        TooLarge(DataSize limit) {
            this.limit = limit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                    && request.getContentLengthLong() > limit.toBytes() + FORM_OVERHEAD) {
                request.setAttribute("uploadLimitMegabytes", limit.toMegabytes());
                response.setHeader("Connection", "close");
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
