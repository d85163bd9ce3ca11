package pl.innowacje.katalog.exchange;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * Reads the rows of a results download for many solutions at once: a handful of queries per few hundred
 * solutions, not a page's worth of queries per solution. Only public solutions are ever read.
 */
@Component
@Transactional(readOnly = true)
class ExportRows {

    /** Ids per query: well below every database's limit on bound parameters. */
    private static final int CHUNK = 500;
    private static final String JOIN = "; ";

    private final JdbcClient jdbc;
    private final Vocabularies vocabularies;
    private final String site;

    ExportRows(JdbcClient jdbc, Vocabularies vocabularies, PortalProperties portal) {
        this.jdbc = jdbc;
        this.vocabularies = vocabularies;
        this.site = portal.siteUrl();
    }

    /** Rows in the order of {@code ids}; an id that is not a public solution is left out. */
    List<ExportRow> of(List<Long> ids, Locale locale) {
        List<ExportRow> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            out.addAll(chunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)), locale));
        }
        return out;
    }

    private List<ExportRow> chunk(List<Long> ids, Locale locale) {
        String in = "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        Map<Long, Map<Vocabulary, List<String>>> terms = new HashMap<>();
        jdbc.sql("SELECT solution_id, vocabulary, code FROM solution_term WHERE solution_id IN " + in
                + " ORDER BY code").params(ids).query(rs -> {
                    terms.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Vocabulary.class))
                            .computeIfAbsent(Vocabulary.valueOf(rs.getString(2)), k -> new ArrayList<>())
                            .add(rs.getString(3));
                });
        boolean en = "en".equals(locale.getLanguage());
        Map<Long, List<String>> blocks = new HashMap<>();
        Map<Long, List<String>> areas = new HashMap<>();
        jdbc.sql("SELECT sb.solution_id, b.title, b.title_en, a.title, a.title_en FROM solution_block sb "
                + "JOIN thematic_block b ON b.id = sb.block_id JOIN area a ON a.id = b.area_id "
                + "WHERE sb.solution_id IN " + in + " ORDER BY sb.is_primary DESC, b.title").params(ids).query(rs -> {
                    blocks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(pick(rs.getString(2),
                            rs.getString(3), en));
                    List<String> of = areas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    String area = pick(rs.getString(4), rs.getString(5), en);
                    if (!of.contains(area)) {
                        of.add(area);
                    }
                });
        Map<Long, List<String>> partners = new HashMap<>();
        jdbc.sql("SELECT sp.solution_id, o.name FROM solution_partner sp JOIN organisation o "
                + "ON o.id = sp.organisation_id WHERE sp.solution_id IN " + in + " ORDER BY o.name").params(ids)
                .query(rs -> {
                    partners.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, Integer> files = new HashMap<>();
        Map<Long, Long> downloads = new HashMap<>();
        jdbc.sql("SELECT solution_id, COUNT(*), SUM(download_count) FROM solution_file WHERE solution_id IN " + in
                + " GROUP BY solution_id").params(ids).query(rs -> {
                    files.put(rs.getLong(1), rs.getInt(2));
                    downloads.put(rs.getLong(1), rs.getLong(3));
                });
        Map<Long, List<String>> results = lists("SELECT solution_id, label, amount, unit FROM solution_result "
                + "WHERE solution_id IN " + in + " ORDER BY solution_id, position", ids, rs -> rs.getString(2) + ": "
                + rs.getBigDecimal(3).stripTrailingZeros().toPlainString()
                + (rs.getString(4) == null || rs.getString(4).isBlank() ? "" : " " + rs.getString(4)));
        Map<Long, List<String>> components = lists("SELECT solution_id, name FROM solution_component "
                + "WHERE solution_id IN " + in + " ORDER BY solution_id, position", ids, rs -> rs.getString(2));
        Map<Long, ExportRow> rows = new HashMap<>();
        jdbc.sql("""
                SELECT s.id, s.slug, s.title, s.title_en, s.summary, s.status, s.verification_result, s.verified_on,
                  s.verified_by, s.programme_code, s.period_from, s.period_to, p.title, o.name, s.keywords, s.language,
                  s.licence, s.published_at, s.updated_at, s.summary_en, s.goal, s.contact_name,
                  s.contact_organisation, s.contact_email
                FROM solution s LEFT JOIN project p ON p.id = s.project_id
                LEFT JOIN organisation o ON o.id = p.implementer_id
                WHERE s.status IN""" + CatalogQueries.PUBLIC_STATUSES + " AND s.id IN " + in).params(ids)
                .query(rs -> {
                    long id = rs.getLong(1);
                    // Labels one by one: a label may hold a comma, so the list is joined by "; " here.
                    Function<Vocabulary, String> vocabulary = v -> String.join(JOIN, terms.getOrDefault(id, Map.of())
                            .getOrDefault(v, List.of()).stream().map(c -> vocabularies.label(v, c, locale)).toList());
                    rows.put(id, new ExportRow(id, rs.getString(2), site + "/rozwiazania/" + rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            text(rs.getDate(8)), rs.getString(9),
                            rs.getString(10) == null ? null : vocabularies.label(Vocabulary.PROGRAMME,
                                    rs.getString(10), locale),
                            String.join(JOIN, areas.getOrDefault(id, List.of())),
                            String.join(JOIN, blocks.getOrDefault(id, List.of())), vocabulary.apply(Vocabulary.PROBLEM),
                            vocabulary.apply(Vocabulary.USER), vocabulary.apply(Vocabulary.BENEFICIARY),
                            vocabulary.apply(Vocabulary.FORM), vocabulary.apply(Vocabulary.REGION),
                            text(rs.getDate(11)), text(rs.getDate(12)), rs.getString(13), rs.getString(14),
                            String.join(JOIN, partners.getOrDefault(id, List.of())),
                            rs.getString(15) == null ? null : String.join(JOIN, rs.getString(15).lines()
                                    .map(String::strip).filter(l -> !l.isEmpty()).toList()),
                            rs.getString(16), rs.getString(17), files.getOrDefault(id, 0), text(rs.getTimestamp(18)),
                            text(rs.getTimestamp(19)), rs.getString(20), rs.getString(21),
                            String.join(JOIN, results.getOrDefault(id, List.of())),
                            String.join(JOIN, components.getOrDefault(id, List.of())),
                            String.join(", ", nonBlank(rs.getString(22), rs.getString(23), rs.getString(24))),
                            downloads.getOrDefault(id, 0L)));
                });
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    /** Values per solution, in the query's order. */
    private Map<Long, List<String>> lists(String sql, List<Long> ids, RowText text) {
        Map<Long, List<String>> out = new HashMap<>();
        jdbc.sql(sql).params(ids).query(rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(text.of(rs));
        });
        return out;
    }

    private interface RowText {
        String of(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private static List<String> nonBlank(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static String pick(String pl, String en, boolean english) {
        return english && en != null && !en.isBlank() ? en : pl;
    }

    private static String text(Date date) {
        return date == null ? null : date.toLocalDate().toString();
    }

    private static String text(Timestamp time) {
        return time == null ? null : time.toInstant().toString();
    }
}
