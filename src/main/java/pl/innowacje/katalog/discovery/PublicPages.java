package pl.innowacje.katalog.discovery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * Every public page a search engine should know, with when it last changed. Search result pages are left out: the
 * pages they lead to are all here, and their filter combinations are endless.
 */
@Component
class PublicPages {

    /** A page by its path, and the time of its last change where the catalogue knows it. */
    record Page(String path, Instant lastModified) {
    }

    private static final String PUBLIC = "status IN " + CatalogQueries.PUBLIC_STATUSES;

    private final JdbcClient jdbc;

    private final LocalDate statementUpdated;

    PublicPages(JdbcClient jdbc, PortalProperties properties) {
        this.jdbc = jdbc;
        this.statementUpdated = properties.accessibility().updated();
    }

    List<Page> all() {
        List<Page> solutions = jdbc.sql("SELECT s.slug, " + CatalogQueries.RECORD_CHANGED_AT
                        + " FROM solution s WHERE s." + PUBLIC + " ORDER BY s.id")
                .query((rs, n) -> new Page("/rozwiazania/" + rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
        Instant newest = solutions.stream().map(Page::lastModified).max(Instant::compareTo).orElse(null);
        List<Page> out = new ArrayList<>();
        for (String path : List.of("/", "/rozwiazania", "/obszary", "/bloki")) {
            out.add(new Page(path, newest));
        }
        out.addAll(jdbc.sql("SELECT slug, updated_at FROM area ORDER BY sort_order, id")
                .query((rs, n) -> new Page("/obszary/" + rs.getString(1), rs.getTimestamp(2).toInstant())).list());
        out.addAll(blocks());
        out.addAll(solutions);
        out.addAll(directory("/organizacje", "organisation", ORGANISATION_SOLUTIONS));
        out.addAll(directory("/projekty", "project", PROJECT_SOLUTIONS));
        List<Page> news = jdbc.sql("SELECT slug, published_on FROM news_item ORDER BY published_on DESC, id")
                .query((rs, n) -> new Page("/aktualnosci/" + rs.getString(1), startOf(rs.getDate(2).toLocalDate())))
                .list();
        out.add(new Page("/aktualnosci", news.isEmpty() ? null : news.get(0).lastModified()));
        out.addAll(news);
        out.add(new Page("/deklaracja-dostepnosci", startOf(statementUpdated)));
        return out;
    }

    /** An organisation's public solutions: of the projects it carried out, and those it was a partner in. */
    private static final String ORGANISATION_SOLUTIONS = """
            SELECT p.implementer_id AS ref_id, s.id AS solution_id FROM solution s JOIN project p ON p.id = s.project_id
            UNION SELECT sp.organisation_id, sp.solution_id FROM solution_partner sp""";
    private static final String PROJECT_SOLUTIONS =
            "SELECT s.project_id AS ref_id, s.id AS solution_id FROM solution s WHERE s.project_id IS NOT NULL";

    /**
     * A directory page shows its public solutions, so it changes when they do; one without any has no known change
     * time (the sitemap then leaves lastmod out). The list page changes with the newest of them.
     */
    private List<Page> directory(String path, String table, String solutionsOf) {
        Map<Long, Instant> changed = new HashMap<>();
        jdbc.sql("SELECT x.ref_id, MAX(" + CatalogQueries.RECORD_CHANGED_AT + ") FROM (" + solutionsOf
                        + ") x JOIN solution s ON s.id = x.solution_id WHERE s." + PUBLIC + " GROUP BY x.ref_id")
                .query(rs -> {
                    changed.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        List<Page> pages = jdbc.sql("SELECT id, slug FROM " + table + " ORDER BY id")
                .query((rs, n) -> new Page(path + "/" + rs.getString(2), changed.get(rs.getLong(1)))).list();
        List<Page> out = new ArrayList<>();
        out.add(new Page(path, changed.values().stream().max(Instant::compareTo).orElse(null)));
        out.addAll(pages);
        return out;
    }

    /** A block page changes with its own record and with every public solution it lists. */
    private List<Page> blocks() {
        Map<Long, Instant> solutions = new HashMap<>();
        jdbc.sql("SELECT sb.block_id, MAX(" + CatalogQueries.RECORD_CHANGED_AT + ") FROM solution_block sb "
                + "JOIN solution s ON s.id = sb.solution_id"
                + " WHERE s." + PUBLIC + " GROUP BY sb.block_id")
                .query(rs -> {
                    solutions.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return jdbc.sql("SELECT id, slug, updated_at FROM thematic_block ORDER BY id").query((rs, n) -> {
            Instant own = rs.getTimestamp(3).toInstant();
            Instant listed = solutions.get(rs.getLong(1));
            return new Page("/bloki/" + rs.getString(2), listed != null && listed.isAfter(own) ? listed : own);
        }).list();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
