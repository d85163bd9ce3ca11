package pl.innowacje.katalog.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.innowacje.katalog.catalog.Status;

/** What the staff area lists: every solution whatever its status, and each one's history of transitions. */
@Service
@Transactional(readOnly = true)
public class StaffSolutions {

    public record Row(long id, String slug, String title, Status status, String blockTitle, Instant updatedAt) {
    }

    public record Change(String from, String to, String by, Instant at, String reason) {
    }

    private final JdbcClient jdbc;

    StaffSolutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> list(Status status) {
        String where = status == null ? "" : " WHERE s.status = :status";
        var spec = jdbc.sql("""
                SELECT s.id, s.slug, s.title, s.status, b.title, s.updated_at FROM solution s
                JOIN thematic_block b ON b.id = s.primary_block_id""" + where + " ORDER BY s.updated_at DESC, s.title LIMIT 500");
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                Status.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    public Optional<Row> one(long id) {
        return jdbc.sql("""
                SELECT s.id, s.slug, s.title, s.status, b.title, s.updated_at FROM solution s
                JOIN thematic_block b ON b.id = s.primary_block_id WHERE s.id = ?""").param(id)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Status.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    public List<Change> history(long id) {
        return jdbc.sql("""
                SELECT from_status, to_status, changed_by, changed_at, reason FROM solution_status_change
                WHERE solution_id = ? ORDER BY changed_at DESC, id DESC""").param(id)
                .query((rs, n) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }
}
