package pl.innowacje.katalog.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChartTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void barsAreScaledToTheLargestDayAndKeepTheirDates() {
        Chart chart = Chart.of(List.of(new Statistics.Day(DAY, 10, 0), new Statistics.Day(DAY.plusDays(1), 5, 0),
                new Statistics.Day(DAY.plusDays(2), 0, 0)), Statistics.Day::views);

        assertThat(chart.max()).isEqualTo(10);
        assertThat(chart.total()).isEqualTo(15);
        assertThat(chart.first()).isEqualTo(DAY);
        assertThat(chart.last()).isEqualTo(DAY.plusDays(2));
        assertThat(chart.bars()).extracting(Chart.Bar::value).containsExactly(10L, 5L, 0L);
        assertThat(chart.bars()).extracting(Chart.Bar::height).containsExactly(150.0, 75.0, 0.0);
        assertThat(chart.bars()).extracting(Chart.Bar::y).containsExactly(10.0, 85.0, 160.0);
        assertThat(chart.bars().get(1).x()).isGreaterThan(chart.bars().get(0).x() + chart.bars().get(0).width());
    }

    @Test
    void aPeriodWithoutCountsHasNoBarsAboveTheAxis() {
        Chart chart = Chart.of(List.of(new Statistics.Day(DAY, 0, 0)), Statistics.Day::downloads);
        assertThat(chart.max()).isZero();
        assertThat(chart.bars()).extracting(Chart.Bar::height).containsExactly(0.0);
    }

    @Test
    void aPeriodIsKeptBetweenOneDayAndAYear() {
        assertThat(Statistics.Period.last(0, DAY)).isEqualTo(new Statistics.Period(DAY, DAY));
        assertThat(Statistics.Period.last(30, DAY).from()).isEqualTo(DAY.minusDays(29));
        assertThat(Statistics.Period.last(5000, DAY).from()).isEqualTo(DAY.minusDays(365));
    }
}
