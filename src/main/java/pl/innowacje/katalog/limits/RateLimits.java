package pl.innowacje.katalog.limits;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Per-client rate limits (token buckets, Bucket4j) on search, suggestions, exports, logins and uploads. A request over
 * its limit is answered 429 with {@code Retry-After} before anything else reads it: a page in the portal's look, or
 * problem+json under {@code /api}. Buckets are kept for clients seen in the last ten minutes, at most 100,000 of them,
 * so the memory they take is bounded whatever the traffic.
 */
final class RateLimits extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    record Key(Limited kind, String client) {
    }

    private final LimitSettings settings;
    private final Refusals refusals;
    private final Cache<Key, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000).build();

    RateLimits(LimitSettings settings, Refusals refusals) {
        this.settings = settings;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limited kind = settings.enabled() ? Limited.of(request) : null;
        if (kind != null) {
            ConsumptionProbe probe = buckets.get(new Key(kind, request.getRemoteAddr()), k -> bucket(kind))
                    .tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
                refusals.count(kind);
                log.debug("{} from {} over its limit; retry after {} s", kind, request.getRemoteAddr(), seconds);
                response.setHeader("Retry-After", Long.toString(seconds));
                response.setHeader("Connection", "close");
                response.sendError(429);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private Bucket bucket(Limited kind) {
        int perMinute = settings.perMinute(kind);
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build();
    }
}
