package pl.innowacje.katalog.admin;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * What a login request says about the browser it comes from: the trusted-browser token it holds, if any (see
 * {@link TrustedDevices}). Kept with the login in the session, so serializable.
 */
record LoginDetails(String deviceToken) implements Serializable {

    @Configuration(proxyBeanMethods = false)
    static class Source {

        @Bean
        AuthenticationDetailsSource<HttpServletRequest, LoginDetails> loginDetails() {
            return request -> new LoginDetails(TrustedDevices.token(request));
        }
    }
}
