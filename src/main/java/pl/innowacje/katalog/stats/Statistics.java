package pl.innowacje.katalog.stats;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.innowacje.katalog.catalog.CatalogQueries;

/** Views and downloads per day, for the whole catalogue or one solution, as the admin page and the API show them. */
@Service
@Transactional(readOnly = true)
public class Statistics {

    /** Days are the portal's days: a count made at 00:30 in Warsaw belongs to that day. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    /** The longest period asked for at once: a year, and a day more for leap years. */
    public static final int MAX_DAYS = 366;

    /** The first and last day of a period, both included. */
    public record Period(LocalDate from, LocalDate to) {

        /** The last {@code days} days up to today; {@code days} is kept between 1 and {@link #MAX_DAYS}. */
        public static Period last(int days, LocalDate today) {
            return new Period(today.minusDays(Math.max(1, Math.min(days, MAX_DAYS)) - 1L), today);
        }

        public static Period last(int days) {
            return last(days, LocalDate.now(ZONE));
        }
    }

    public record Day(LocalDate date, long views, long downloads) {
    }

    /** A solution's counts in a period; {@code slug} and {@code title} say which. */
    public record Ranked(long id, String slug, String title, long views, long downloads) {
    }

    private final JdbcClient jdbc;

    Statistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every day of the period in order, days without counts included as zeros. */
    public List<Day> daily(Period period) {
        return days(period, "", new Object[0]);
    }

    /** Every day of the period for one solution. */
    public List<Day> daily(Period period, long solutionId) {
        return days(period, " AND solution_id = ?", new Object[] {solutionId});
    }

    private List<Day> days(Period period, String where, Object[] more) {
        Map<LocalDate, long[]> counts = new HashMap<>();
        Object[] args = args(period, more);
        jdbc.sql("SELECT on_day, SUM(views) FROM solution_view_day WHERE on_day BETWEEN ? AND ?" + where
                        + " GROUP BY on_day")
                .params(args).query(rs -> {
                    counts.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new long[2])[0] = rs.getLong(2);
                });
        jdbc.sql("SELECT on_day, SUM(downloads) FROM file_download_day WHERE on_day BETWEEN ? AND ?" + where
                        + " GROUP BY on_day")
                .params(args).query(rs -> {
                    counts.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new long[2])[1] = rs.getLong(2);
                });
        List<Day> days = new ArrayList<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            long[] c = counts.getOrDefault(d, new long[2]);
            days.add(new Day(d, c[0], c[1]));
        }
        return days;
    }

    /** A public solution's downloads in the period, file by file (files removed since are left out). */
    public Map<Long, Long> fileDownloads(Period period, long solutionId) {
        Map<Long, Long> byFile = new HashMap<>();
        jdbc.sql("SELECT file_id, SUM(downloads) FROM file_download_day WHERE on_day BETWEEN ? AND ? "
                        + "AND solution_id = ? GROUP BY file_id")
                .params(args(period, new Object[] {solutionId}))
                .query(rs -> {
                    byFile.put(rs.getLong(1), rs.getLong(2));
                });
        return byFile;
    }

    /** The public solutions most viewed in the period, most first. */
    public List<Ranked> mostViewed(Period period, int limit) {
        return ranked(period, "views DESC, downloads DESC", limit);
    }

    /** The public solutions most downloaded in the period, most first. */
    public List<Ranked> mostDownloaded(Period period, int limit) {
        return ranked(period, "downloads DESC, views DESC", limit);
    }

    private List<Ranked> ranked(Period period, String order, int limit) {
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        return jdbc.sql("""
                SELECT s.id, s.slug, s.title,
                  COALESCE((SELECT SUM(v.views) FROM solution_view_day v
                            WHERE v.solution_id = s.id AND v.on_day BETWEEN ? AND ?), 0) AS views,
                  COALESCE((SELECT SUM(d.downloads) FROM file_download_day d
                            WHERE d.solution_id = s.id AND d.on_day BETWEEN ? AND ?), 0) AS downloads
                FROM solution s WHERE s.status IN """ + CatalogQueries.PUBLIC_STATUSES + """
                 AND (EXISTS (SELECT 1 FROM solution_view_day v
                              WHERE v.solution_id = s.id AND v.on_day BETWEEN ? AND ?)
                   OR EXISTS (SELECT 1 FROM file_download_day d
                              WHERE d.solution_id = s.id AND d.on_day BETWEEN ? AND ?))
                ORDER BY""" + " " + order + ", s.title LIMIT ?")
                .params(from, to, from, to, from, to, from, to, limit)
                .query((rs, n) -> new Ranked(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    private static Object[] args(Period period, Object[] more) {
        Object[] args = new Object[2 + more.length];
        args[0] = Date.valueOf(period.from());
        args[1] = Date.valueOf(period.to());
        System.arraycopy(more, 0, args, 2, more.length);
        return args;
    }
}
