package pl.innowacje.katalog.system;

import java.io.IOException;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every answer, set first thing. Three ways an answer can miss Spring Security's header
 * writer, each covered here: a request refused before Spring Security sees it (too many, unreadable, over a limit) is
 * answered through the error page; a request Tomcat refuses itself (TRACE) goes straight to the error dispatch; and a
 * request line Tomcat cannot parse never reaches the application, so Tomcat's own error report adds them. Spring
 * Security leaves headers already set as they are, so each is sent once.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", SecurityConfig.CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        apply(response);
                        chain.doFilter(request, response);
                    }

                    @Override
                    protected boolean shouldNotFilterErrorDispatch() {
                        return false;
                    }
                });
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectorErrorReports() {
        return factory -> factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
                .setErrorReportValveClass(ConnectorErrorReport.class.getName()));
    }
}
