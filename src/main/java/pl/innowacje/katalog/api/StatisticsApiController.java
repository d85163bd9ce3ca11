package pl.innowacje.katalog.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Views;
import pl.innowacje.katalog.stats.Statistics;
import pl.innowacje.katalog.system.NotFound;

/** Views and downloads per day: of the whole catalogue, and of one public solution with its files. */
@RestController
@RequestMapping(value = "/api", produces = "application/json")
@Tag(name = "statistics", description = "Views of solution pages and downloads of files per day (readers only: "
        + "no robots, no staff, no HEAD; nothing about a reader is stored)")
class StatisticsApiController {

    record Day(LocalDate date, long views, long downloads) {
    }

    record Ranked(String slug, String title, long views, long downloads, String url) {
    }

    record FileCount(long id, String title, long downloads, long downloadsTotal, String url) {
    }

    record Catalogue(LocalDate from, LocalDate to, long views, long downloads, List<Day> days,
            List<Ranked> mostViewed, List<Ranked> mostDownloaded) {
    }

    record Solution(String slug, LocalDate from, LocalDate to, long views, long downloads, List<Day> days,
            List<FileCount> files) {
    }

    private static final int TOP = 10;

    private final Statistics statistics;
    private final CatalogQueries catalog;

    StatisticsApiController(Statistics statistics, CatalogQueries catalog) {
        this.statistics = statistics;
        this.catalog = catalog;
    }

    @GetMapping("/statistics")
    @Operation(summary = "The catalogue's views and downloads per day over the last days, and the ten public "
            + "solutions viewed and downloaded most in them")
    ResponseEntity<Catalogue> catalogue(@Parameter(description = "how many days up to today, 1–366")
            @RequestParam(defaultValue = "30") int days) {
        Statistics.Period period = period(days);
        List<Day> daily = days(statistics.daily(period));
        return ReadResponses.ok(new Catalogue(period.from(), period.to(), sum(daily, true), sum(daily, false), daily,
                ranked(statistics.mostViewed(period, TOP)), ranked(statistics.mostDownloaded(period, TOP))));
    }

    @GetMapping("/solutions/{slug}/statistics")
    @Operation(summary = "One public solution's views and downloads per day, and each file's downloads in the "
            + "period and in all")
    ResponseEntity<Solution> solution(@PathVariable String slug,
            @Parameter(description = "how many days up to today, 1–366") @RequestParam(defaultValue = "30") int days) {
        Views.SolutionPage s = catalog.solution(slug).orElseThrow(NotFound::new);
        Statistics.Period period = period(days);
        List<Day> daily = days(statistics.daily(period, s.id()));
        Map<Long, Long> byFile = statistics.fileDownloads(period, s.id());
        List<FileCount> files = s.files().stream().map(f -> new FileCount(f.id(), f.title(),
                byFile.getOrDefault(f.id(), 0L), f.downloads(), "/pliki/" + f.id())).toList();
        return ReadResponses.ok(new Solution(s.slug(), period.from(), period.to(), sum(daily, true),
                sum(daily, false), daily, files));
    }

    private static Statistics.Period period(int days) {
        if (days < 1 || days > Statistics.MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + Statistics.MAX_DAYS);
        }
        return Statistics.Period.last(days);
    }

    private static List<Day> days(List<Statistics.Day> days) {
        return days.stream().map(d -> new Day(d.date(), d.views(), d.downloads())).toList();
    }

    private static long sum(List<Day> days, boolean views) {
        return days.stream().mapToLong(views ? Day::views : Day::downloads).sum();
    }

    private static List<Ranked> ranked(List<Statistics.Ranked> list) {
        return list.stream().map(r -> new Ranked(r.slug(), r.title(), r.views(), r.downloads(),
                "/rozwiazania/" + r.slug())).toList();
    }
}
