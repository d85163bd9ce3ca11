package pl.innowacje.katalog.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percentiles of measured durations (milliseconds), nearest-rank. */
final class Stats {

    private Stats() {
    }

    static Map<String, Object> percentiles(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("p50", round(at(sorted, 0.50)));
        out.put("p95", round(at(sorted, 0.95)));
        out.put("p99", round(at(sorted, 0.99)));
        out.put("n", sorted.length);
        out.put("mean", round(Arrays.stream(sorted).average().orElse(0)));
        return out;
    }

    static double at(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static double perSecond(long count, long nanos) {
        return nanos <= 0 ? 0 : round(count / (nanos / 1e9));
    }
}
