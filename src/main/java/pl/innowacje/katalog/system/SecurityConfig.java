package pl.innowacje.katalog.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may see what: everything public stays open; the staff area under /admin needs a login, and users,
 * vocabularies and the index need the ADMIN role (finer rights, such as a coordinator's blocks, are checked where the
 * work is done). CSRF protects every form; headers forbid framing, sniffing and inline scripts.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfig {

    /** Scripts and styles only from the portal itself; nothing may frame it. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * {@code loginSuccess} and {@code loginDetails} are the staff login's own (package admin): where a login goes
     * next and what is known of the browser it came from. Slices of the web layer have neither and get Spring's.
     */
    @Bean
    SecurityFilterChain security(HttpSecurity http, ObjectProvider<AuthenticationSuccessHandler> loginSuccess,
            ObjectProvider<AuthenticationDetailsSource<HttpServletRequest, ?>> loginDetails) throws Exception {
        // Relative redirects to the login page: an absolute one would be built from the request's Host header.
        LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        toLogin.setFavorRelativeUris(true);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/uzytkownicy", "/admin/uzytkownicy/**", "/admin/slowniki",
                                "/admin/slowniki/**", "/admin/indeks", "/admin/indeks/**", "/admin/eksport",
                                "/admin/eksport/**").hasRole("ADMIN")
                        .requestMatchers("/admin", "/admin/**").hasAnyRole("EDITOR", "COORDINATOR", "ADMIN")
                        .anyRequest().permitAll())
                .formLogin(form -> {
                    form.loginPage("/login").defaultSuccessUrl("/admin", false).failureUrl("/login?blad").permitAll();
                    loginSuccess.ifAvailable(form::successHandler);
                    loginDetails.ifAvailable(form::authenticationDetailsSource);
                })
                .exceptionHandling(errors -> errors.authenticationEntryPoint(toLogin))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                // OAI-PMH harvesters may POST their (read-only) requests; they hold no session to forge. Alerts
                // neither: a forged subscription only sends its address a confirmation (at most one in ten
                // minutes), confirming and unsubscribing need the token that only the subscriber's mailbox has
                // (and a mail program's one-click unsubscribe, RFC 8058, posts without a session); and a token in
                // the form would give every reader of a public page a session.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> "POST".equals(request.getMethod())
                        && ("/oai".equals(request.getServletPath())
                                || request.getServletPath().startsWith("/powiadomienia"))))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
