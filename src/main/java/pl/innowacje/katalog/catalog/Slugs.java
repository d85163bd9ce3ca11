package pl.innowacje.katalog.catalog;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import pl.innowacje.katalog.system.Refusal;

/** Finds ids by stable slug; a missing reference is a clear error for the writer's caller, never a null id. */
final class Slugs {

    private Slugs() {
    }

    static Optional<Long> find(JdbcClient jdbc, String table, String slug) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE slug = ?").param(slug).query(Long.class).optional();
    }

    static long require(JdbcClient jdbc, String table, String slug, String what) {
        return find(jdbc, table, slug)
                .orElseThrow(() -> new Refusal("catalog.error.unknown." + what, slug));
    }

    static Long optional(JdbcClient jdbc, String table, String slug, String what) {
        return slug == null || slug.isBlank() ? null : require(jdbc, table, slug, what);
    }

    static boolean unchanged(JdbcClient jdbc, String table, String slug, String sourceHash) {
        return sourceHash != null && jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE slug = ? AND source_hash = ?")
                .params(slug, sourceHash).query(Long.class).single() > 0;
    }

    /**
     * A slug made from {@code wanted} (Polish letters folded, anything else a hyphen) that no row of the table has
     * yet: {@code -2}, {@code -3}... is added as needed.
     */
    static String unique(JdbcClient jdbc, String table, String wanted) {
        String base = of(wanted);
        String slug = base;
        for (int n = 2; find(jdbc, table, slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Lowercase ASCII letters, digits and single hyphens, at most 120 characters. */
    static String of(String text) {
        String folded = java.text.Normalizer.normalize((text == null ? "" : text).toLowerCase(java.util.Locale.ROOT)
                .replace('ł', 'l'), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 120) {
            slug = slug.substring(0, 120).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "rozwiazanie" : slug;
    }

    static String lines(java.util.List<String> items) {
        return items == null || items.isEmpty() ? null : String.join("\n", items);
    }
}
