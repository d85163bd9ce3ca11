package pl.innowacje.katalog.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The filters that stand before everything else, Spring Security included: requests no page sends are answered
 * 400 ({@link RequestGuard}), then clients over their limits 429 ({@link RateLimits}). Nothing behind them reads a
 * request they refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitSettings.class)
class Limits {

    @Bean
    FilterRegistrationBean<RequestGuard> requestGuard() {
        FilterRegistrationBean<RequestGuard> registration = new FilterRegistrationBean<>(new RequestGuard());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 30);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimits> rateLimits(LimitSettings settings, Refusals refusals) {
        FilterRegistrationBean<RateLimits> registration = new FilterRegistrationBean<>(
                new RateLimits(settings, refusals));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }
}
