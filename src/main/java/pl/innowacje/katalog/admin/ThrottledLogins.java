package pl.innowacje.katalog.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Staff login with throttling that neither parallel guesses nor strangers can abuse. An attempt from a browser the
 * account does not trust is counted before its password is checked ({@link StaffAccounts#attempt}), so a burst of
 * guesses gets no more checks than the limit; the lock that follows holds only for such browsers, so the account's
 * owner, on a browser they have logged in from before, is never locked out by someone else's guesses. An empty
 * password is refused without being counted: it is never right, and must not lock anyone. Each client's login
 * requests are also rate-limited (package {@code limits}).
 */
@Component
class ThrottledLogins implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final StaffAccounts accounts;
    private final TrustedDevices devices;

    ThrottledLogins(StaffLogins users, PasswordEncoder encoder, StaffAccounts accounts, TrustedDevices devices) {
        this.passwords = new DaoAuthenticationProvider(users::loadUserByUsername);
        passwords.setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.devices = devices;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object password = authentication.getCredentials();
        if (password == null || password.toString().isEmpty()) {
            throw new BadCredentialsException("no password");
        }
        String name = authentication.getName() == null ? ""
                : authentication.getName().strip().toLowerCase(java.util.Locale.ROOT);
        String token = authentication.getDetails() instanceof LoginDetails d ? d.deviceToken() : null;
        if (!devices.trusted(token, name) && !accounts.attempt(name)) {
            throw new LockedException("too many failed logins from untrusted browsers");
        }
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** After a login: the browser becomes trusted for this account, then goes where it was going. */
    @Component
    static class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        private final TrustedDevices devices;

        Success(TrustedDevices devices) {
            this.devices = devices;
            setDefaultTargetUrl("/admin");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws jakarta.servlet.ServletException, java.io.IOException {
            devices.remember(authentication.getName(), request, response);
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
