package pl.innowacje.katalog.limits;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts the requests refused for being over a limit, by kind: {@code portal_rate_limit_refusals_total{kind=…}}. */
@Component
class Refusals {

    private final Map<Limited, Counter> counters = new EnumMap<>(Limited.class);

    Refusals(MeterRegistry registry) {
        for (Limited kind : Limited.values()) {
            counters.put(kind, Counter.builder("portal.rate.limit.refusals")
                    .description("Requests refused with 429 because their client was over its limit")
                    .tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT)).register(registry));
        }
    }

    void count(Limited kind) {
        counters.get(kind).increment();
    }
}
