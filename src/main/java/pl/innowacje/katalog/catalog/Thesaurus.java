package pl.innowacje.katalog.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search thesaurus, held in memory like {@link Vocabularies}: small and read on every search. It changes only
 * through {@link ThesaurusWriter}, which reloads it after each commit; other nodes hear of a change through the
 * change log ({@link ChangeLog.Entity#THESAURUS}).
 */
@Component
public class Thesaurus {

    private final JdbcClient jdbc;
    private volatile List<SynonymGroup> groups;

    Thesaurus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every group, in the order of content/thesaurus.yml (groups added later after them), then by code. */
    public List<SynonymGroup> groups() {
        List<SynonymGroup> loaded = groups;
        if (loaded == null) {
            reload();
            loaded = groups;
        }
        return loaded;
    }

    public synchronized void reload() {
        record Row(long id, String code, String term) {
        }
        Map<Long, List<Row>> byGroup = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT g.id, g.code, t.term FROM synonym_group g JOIN synonym_term t ON t.group_id = g.id
                ORDER BY g.sort_order, g.code, t.term_order""")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list()
                .forEach(r -> byGroup.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        List<SynonymGroup> out = new ArrayList<>();
        byGroup.forEach((id, rows) -> out.add(new SynonymGroup(id, rows.get(0).code(),
                rows.stream().map(Row::term).toList())));
        groups = List.copyOf(out);
    }
}
