package pl.innowacje.katalog.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from configuration (PORTAL_ADMIN_USERNAME / PORTAL_ADMIN_PASSWORD, or
 * portal.admin.username / portal.admin.password) when no administrator exists. No password is ever built in.
 */
@Component
@Order(1)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final StaffAccounts accounts;
    private final String username;
    private final String password;

    FirstAdmin(StaffAccounts accounts, @Value("${portal.admin.username:}") String username,
            @Value("${portal.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("no administrator yet: set PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD to create one");
            return;
        }
        try {
            accounts.create(username, username, password, Role.ADMIN);
            log.info("administrator '{}' created from configuration", username);
        } catch (pl.innowacje.katalog.system.Refusal e) {
            log.error("the configured administrator cannot be created: {} (username: 3-80 characters a-z 0-9 . _ -;"
                    + " password: at least {} characters)", e.key(), StaffAccounts.MIN_PASSWORD);
        }
    }
}
