package pl.innowacje.katalog.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a thematic block's card as writers take it ({@link Inputs.Block}): the form coordinators edit. */
@Service
@Transactional(readOnly = true)
public class BlockRecords {

    private final JdbcClient jdbc;

    BlockRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> id(String slug) {
        return Slugs.find(jdbc, "thematic_block", slug);
    }

    public Optional<Inputs.Block> load(long id) {
        Map<Vocabulary, List<String>> terms = new EnumMap<>(Vocabulary.class);
        jdbc.sql("SELECT vocabulary, code FROM block_term WHERE block_id = ? ORDER BY vocabulary, code").param(id)
                .query(rs -> {
                    terms.computeIfAbsent(Vocabulary.valueOf(rs.getString(1)), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        List<String> related = jdbc.sql(
                "SELECT related_block_slug FROM block_relation WHERE block_id = ? ORDER BY position").param(id)
                .query(String.class).list();
        List<Inputs.Group> groups = jdbc.sql("SELECT code, title, goal FROM solution_group WHERE block_id = ? ORDER BY id")
                .param(id).query((rs, n) -> new Inputs.Group(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        return jdbc.sql("""
                SELECT b.slug, a.slug, b.title, b.title_en, b.introduction, b.problems_text, b.benefits, b.details,
                  b.how_to_use, b.coordinator_name, b.coordinator_organisation, b.coordinator_email, b.sort_order,
                  b.source_hash, b.summary_en
                FROM thematic_block b JOIN area a ON a.id = b.area_id WHERE b.id = ?""").param(id)
                .query((rs, n) -> new Inputs.Block(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(15), rs.getString(5), CatalogQueries.lines(rs.getString(6)),
                        CatalogQueries.lines(rs.getString(7)), rs.getString(8), rs.getString(9),
                        new Inputs.Contact(rs.getString(10), rs.getString(11), rs.getString(12)), terms, related,
                        groups, rs.getInt(13), rs.getString(14)))
                .optional();
    }
}
