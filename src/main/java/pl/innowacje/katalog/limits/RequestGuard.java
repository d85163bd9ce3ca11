package pl.innowacje.katalog.limits;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Requests that no page of the portal sends are refused before anything reads them, logged in one line without a
 * stack trace, at WARN once a minute per client (a client sending thousands of them cannot fill the log): parameters that cannot be decoded or are too
 * many (400), the error page asked for directly (404), and file uploads other than staff's to the upload addresses
 * (403 without a staff login, 400 elsewhere): a multipart body is written to disk as it is read, so a stranger's is
 * never read at all.
 */
final class RequestGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestGuard.class);
    private static final Pattern UPLOADS = Pattern.compile(
            "/admin/(rozwiazania/\\d{1,18}/pliki(/\\d{1,18}/zastap)?|import)");

    private final Cache<String, Boolean> warned = Caffeine.newBuilder()
            .expireAfterWrite(java.time.Duration.ofMinutes(1)).maximumSize(10_000).build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("/error".equals(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            if (!UPLOADS.matcher(path).matches()) {
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "a file sent where none is taken");
                return;
            }
            if (!staff(request)) {
                refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "a file sent without a staff login");
                return;
            }
        } else {
            try {
                request.getParameterMap();
            } catch (RuntimeException unreadable) {
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, unreadable.getMessage());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The guard stands before the error page too: what it refused is shown by that page, not refused again. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    private static boolean staff(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why)
            throws IOException {
        // One line per client a minute at WARN; the rest at DEBUG, so a client repeating itself cannot fill the log.
        boolean first = warned.asMap().putIfAbsent(request.getRemoteAddr(), Boolean.TRUE) == null;
        String format = "refused {} {} from {}: {}";
        Object[] args = {request.getMethod(), abbreviated(request.getRequestURI()), request.getRemoteAddr(),
            abbreviated(why)};
        if (first) {
            log.warn(format + " (more from this address within a minute are logged at DEBUG)", args);
        } else {
            log.debug(format, args);
        }
        response.setHeader("Connection", "close");
        response.sendError(status);
    }

    /** At most 200 characters on one line, whatever the client sent. */
    private static String abbreviated(String s) {
        String line = s == null ? "" : s.replaceAll("[\\p{Cntrl}]", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
