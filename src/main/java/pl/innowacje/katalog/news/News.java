package pl.innowacje.katalog.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dated news items of the blocks and projects, newest first; each links to its block and project. */
@Service
@Transactional(readOnly = true)
public class News {

    public record Link(String slug, String title) {
    }

    /** {@code block} and {@code project} are null when the item belongs to none. */
    public record Item(String slug, String title, LocalDate date, String body, Link block, Link project) {
    }

    private static final String SELECT = """
            SELECT n.slug, n.title, n.published_on, n.body, b.slug, b.title, p.slug, p.title FROM news_item n
            LEFT JOIN thematic_block b ON b.id = n.block_id LEFT JOIN project p ON p.id = n.project_id""";

    private final JdbcClient jdbc;

    News(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Item> all() {
        return jdbc.sql(SELECT + " ORDER BY n.published_on DESC, n.title").query((rs, n) -> item(rs)).list();
    }

    public Optional<Item> item(String slug) {
        return jdbc.sql(SELECT + " WHERE n.slug = ?").param(slug).query((rs, n) -> item(rs)).optional();
    }

    public List<Item> ofBlock(String blockSlug) {
        return jdbc.sql(SELECT + " WHERE b.slug = ? ORDER BY n.published_on DESC, n.title").param(blockSlug)
                .query((rs, n) -> item(rs)).list();
    }

    public List<Item> ofProject(String projectSlug) {
        return jdbc.sql(SELECT + " WHERE p.slug = ? ORDER BY n.published_on DESC, n.title").param(projectSlug)
                .query((rs, n) -> item(rs)).list();
    }

    private static Item item(ResultSet rs) throws SQLException {
        return new Item(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                rs.getString(5) == null ? null : new Link(rs.getString(5), rs.getString(6)),
                rs.getString(7) == null ? null : new Link(rs.getString(7), rs.getString(8)));
    }
}
