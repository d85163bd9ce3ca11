package pl.innowacje.katalog.admin;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Browsers an account has logged in from: after a successful login the browser gets a random token in a cookie
 * (the database keeps only its SHA-256, shared by every node). A login from such a browser is not refused by the
 * account's lock, which only strangers' failures set; a failed login from it ends its trust.
 */
@Component
class TrustedDevices {

    static final String COOKIE = "KATALOG_ZAUFANE";
    static final Duration LIFETIME = Duration.ofDays(180);

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    TrustedDevices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The token this request's browser holds, or null. */
    static String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && c.getValue().matches("[A-Za-z0-9_-]{43}")) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    boolean trusted(String token, String username) {
        return token != null && jdbc.sql("""
                SELECT COUNT(*) FROM staff_device d JOIN staff_user u ON u.id = d.user_id
                WHERE d.token_sha256 = ? AND u.username = ? AND d.created_at > ?""")
                .params(hash(token), username, Timestamp.from(Instant.now().minus(LIFETIME)))
                .query(Long.class).single() > 0;
    }

    void remember(String username, HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                INSERT INTO staff_device (token_sha256, user_id, created_at)
                SELECT ?, id, ? FROM staff_user WHERE username = ?""")
                .params(hash(token), Timestamp.from(Instant.now()), username).update();
        forget(token(request));
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setPath(request.getContextPath() + "/login");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    void forget(String token) {
        if (token != null) {
            jdbc.sql("DELETE FROM staff_device WHERE token_sha256 = ?").param(hash(token)).update();
        }
    }

    private static String hash(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
