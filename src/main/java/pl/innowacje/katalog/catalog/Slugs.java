package pl.innowacje.katalog.catalog;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Finds ids by stable slug; a missing reference is a clear error for the writer's caller, never a null id. */
final class Slugs {

    private Slugs() {
    }

    static Optional<Long> find(JdbcClient jdbc, String table, String slug) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE slug = ?").param(slug).query(Long.class).optional();
    }

    static long require(JdbcClient jdbc, String table, String slug, String what) {
        return find(jdbc, table, slug)
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + slug + "'"));
    }

    static Long optional(JdbcClient jdbc, String table, String slug, String what) {
        return slug == null || slug.isBlank() ? null : require(jdbc, table, slug, what);
    }

    static boolean unchanged(JdbcClient jdbc, String table, String slug, String sourceHash) {
        return sourceHash != null && jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE slug = ? AND source_hash = ?")
                .params(slug, sourceHash).query(Long.class).single() > 0;
    }

    static String lines(java.util.List<String> items) {
        return items == null || items.isEmpty() ? null : String.join("\n", items);
    }
}
