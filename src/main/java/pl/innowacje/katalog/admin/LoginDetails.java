package pl.innowacje.katalog.admin;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * What a login request says about where it comes from: the client's address and the trusted-browser token it holds
 * (see {@link TrustedDevices}). Kept with the login in the session, so serializable.
 */
record LoginDetails(String remoteAddress, String deviceToken) implements Serializable {

    @Configuration(proxyBeanMethods = false)
    static class Source {

        @Bean
        AuthenticationDetailsSource<HttpServletRequest, LoginDetails> loginDetails() {
            return request -> new LoginDetails(request.getRemoteAddr(), TrustedDevices.token(request));
        }
    }
}
