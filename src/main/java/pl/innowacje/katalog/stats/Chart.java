package pl.innowacje.katalog.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A bar chart of one measure per day, laid out here so the page draws it as plain SVG (no script, nothing for the
 * content security policy to allow). The same numbers are in a table beside it for screen readers and copying.
 */
record Chart(long max, List<Bar> bars, LocalDate first, LocalDate last, long total) {

    static final int WIDTH = 720;
    static final int HEIGHT = 190;
    static final int LEFT = 56;
    static final int TOP = 10;
    static final int BASE = 160;

    /** One day's bar in the chart's own units (its viewBox). */
    record Bar(double x, double y, double width, double height, LocalDate date, long value) {
    }

    static Chart of(List<Statistics.Day> days, ToLongFunction<Statistics.Day> measure) {
        long max = 0;
        long total = 0;
        for (Statistics.Day d : days) {
            max = Math.max(max, measure.applyAsLong(d));
            total += measure.applyAsLong(d);
        }
        double slot = (WIDTH - LEFT - 4) / (double) Math.max(1, days.size());
        double gap = slot > 4 ? slot * 0.2 : 0;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            long value = measure.applyAsLong(days.get(i));
            double height = max == 0 ? 0 : (BASE - TOP) * value / (double) max;
            bars.add(new Bar(round(LEFT + i * slot + gap / 2), round(BASE - height), round(slot - gap), round(height),
                    days.get(i).date(), value));
        }
        return new Chart(max, bars, days.isEmpty() ? null : days.get(0).date(),
                days.isEmpty() ? null : days.get(days.size() - 1).date(), total);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
