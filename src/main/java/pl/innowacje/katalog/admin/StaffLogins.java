package pl.innowacje.katalog.admin;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Staff accounts for Spring Security. Failed logins are counted and accounts locked by {@link ThrottledLogins}
 * (before the password is checked); a failed login from a trusted browser ends its trust. The login page says the
 * same for every failure, so it tells nobody which usernames exist.
 */
@Component
class StaffLogins {

    private final StaffAccounts accounts;
    private final TrustedDevices devices;

    StaffLogins(StaffAccounts accounts, TrustedDevices devices) {
        this.accounts = accounts;
        this.devices = devices;
    }

    /** The account as Spring Security checks it; for {@link ThrottledLogins} only, so not a bean of that type. */
    UserDetails loadUserByUsername(String username) {
        StaffAccounts.Account a = accounts.find(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(a.username())
                .password(a.passwordHash())
                .authorities(new SimpleGrantedAuthority("ROLE_" + a.role().name()))
                .disabled(!a.enabled())
                .build();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getDetails() instanceof LoginDetails details) {
            devices.forget(details.deviceToken());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.successfulLogin(event.getAuthentication().getName());
    }
}
