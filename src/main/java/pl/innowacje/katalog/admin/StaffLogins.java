package pl.innowacje.katalog.admin;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Staff accounts for Spring Security, with the lock-out: failed logins are counted per account and a locked account
 * is refused even with the right password until the lock expires. The login page says the same for every failure, so
 * it tells nobody which usernames exist.
 */
@Component
class StaffLogins implements UserDetailsService {

    private final StaffAccounts accounts;

    StaffLogins(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccounts.Account a = accounts.find(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(a.username())
                .password(a.passwordHash())
                .authorities(new SimpleGrantedAuthority("ROLE_" + a.role().name()))
                .disabled(!a.enabled())
                .accountLocked(a.locked(Instant.now()))
                .build();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.failedLogin(String.valueOf(event.getAuthentication().getPrincipal()).strip()
                .toLowerCase(java.util.Locale.ROOT));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.successfulLogin(event.getAuthentication().getName());
    }
}
