package pl.innowacje.katalog.admin;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.innowacje.katalog.system.Refusal;

/** Staff accounts: creation with checked input, roles, and the failed-login count behind the lock-out. */
@Service
@Transactional
public class StaffAccounts {

    /** After this many failed logins in a row from untrusted browsers, they are refused for {@link #LOCK_FOR}. */
    static final int MAX_FAILURES = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);
    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,80}");
    private static final java.util.Set<String> RESERVED = java.util.Set.of("content", "system");

    public record Account(long id, String username, String displayName, Role role, boolean enabled,
            String passwordHash, int failedAttempts, Instant lockedUntil) {

        public boolean locked(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public Account create(String username, String displayName, String password, Role role) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new Refusal("admin.users.error.username");
        }
        if (RESERVED.contains(name)) {
            // The names the portal signs its own changes with: loaded content and system baselines.
            throw new Refusal("admin.users.error.reserved");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new Refusal("admin.users.error.password");
        }
        if (find(name).isPresent()) {
            throw new Refusal("admin.users.error.taken");
        }
        String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
        jdbc.sql("""
                INSERT INTO staff_user (username, display_name, password_hash, role, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(name, display.length() > 200 ? display.substring(0, 200) : display, passwords.encode(password),
                        role.name(), Timestamp.from(Instant.now()))
                .update();
        return find(name).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return jdbc.sql("""
                SELECT id, username, display_name, role, enabled, password_hash, failed_attempts, locked_until
                FROM staff_user WHERE username = ?""").param(username)
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getString(6), rs.getInt(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return jdbc.sql("""
                SELECT id, username, display_name, role, enabled, password_hash, failed_attempts, locked_until
                FROM staff_user ORDER BY username""")
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getBoolean(5), "", rs.getInt(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_user WHERE role = 'ADMIN'").query(Long.class).single() > 0;
    }

    /** The blocks a coordinator works in, by id. */
    @Transactional(readOnly = true)
    public List<Long> blocksOf(long userId) {
        return jdbc.sql("SELECT block_id FROM staff_block WHERE user_id = ? ORDER BY block_id").param(userId)
                .query(Long.class).list();
    }

    @Transactional(readOnly = true)
    public List<String> blockSlugsOf(long userId) {
        return jdbc.sql("""
                SELECT b.slug FROM staff_block s JOIN thematic_block b ON b.id = s.block_id WHERE s.user_id = ?
                ORDER BY b.slug""").param(userId).query(String.class).list();
    }

    /** Replaces a coordinator's blocks; slugs that name no block are ignored. */
    public void assignBlocks(long userId, List<String> blockSlugs) {
        jdbc.sql("DELETE FROM staff_block WHERE user_id = ?").param(userId).update();
        for (String slug : blockSlugs.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO staff_block (user_id, block_id) SELECT ?, id FROM thematic_block WHERE slug = ?")
                    .params(userId, slug).update();
        }
    }

    public void changeRole(long id, Role role) {
        jdbc.sql("UPDATE staff_user SET role = ? WHERE id = ?").params(role.name(), id).update();
    }

    /** A failed login for a known user; the fifth in a row locks the account for a while. */
    /**
     * Counts a login attempt from a browser the account does not trust, before its password is checked, in one
     * statement: guesses sent in parallel are counted one by one, so no more than {@link #MAX_FAILURES} of them are
     * ever checked between two successful logins. The attempt after those is refused and locks the account (for
     * untrusted browsers) for {@link #LOCK_FOR}; a lock that has run out starts a new count. Returns whether this
     * attempt may be checked.
     */
    boolean attempt(String username) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                UPDATE staff_user SET locked_until = NULL, failed_attempts = 0
                WHERE username = ? AND locked_until IS NOT NULL AND locked_until <= ?""").params(username, now).update();
        int counted = jdbc.sql("""
                UPDATE staff_user SET failed_attempts = failed_attempts + 1
                WHERE username = ? AND locked_until IS NULL AND failed_attempts < ?""")
                .params(username, MAX_FAILURES).update();
        if (counted == 1) {
            return true;
        }
        jdbc.sql("UPDATE staff_user SET locked_until = ? WHERE username = ? AND locked_until IS NULL")
                .params(Timestamp.from(Instant.now().plus(LOCK_FOR)), username).update();
        return false;
    }

    void successfulLogin(String username) {
        jdbc.sql("UPDATE staff_user SET failed_attempts = 0, locked_until = NULL WHERE username = ?").param(username)
                .update();
    }
}
