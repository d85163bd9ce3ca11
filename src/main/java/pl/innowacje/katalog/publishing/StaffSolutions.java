package pl.innowacje.katalog.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.innowacje.katalog.catalog.FileKind;
import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.files.ExtractionReason;
import pl.innowacje.katalog.files.ExtractionStatus;
import pl.innowacje.katalog.files.StoredFiles;

/**
 * What the staff area lists: every solution whatever its status, filtered and paged; one solution's files with what
 * was read from each; and its history of transitions.
 */
@Service
@Transactional(readOnly = true)
public class StaffSolutions {

    public static final int PAGE_SIZE = 50;
    private static final int PREVIEW_CHARACTERS = 1_200;

    public record Row(long id, String slug, String title, Status status, String blockTitle, String createdBy,
            Instant updatedAt) {
    }

    /** What the list shows: a status, a block (by id), only the user's own, words in the title; page from 1. */
    public record Filter(Status status, Long blockId, String owner, String words, int page) {
    }

    public record Page(List<Row> rows, long total, int page, int pages) {
    }

    public record Change(String from, String to, String by, Instant at, String reason) {
    }

    /** A file as staff see it: what the portal read from it, down to the beginning of its text. */
    public record FileRow(long id, String title, FileKind kind, String fileName, String mediaType, long sizeBytes,
            int pages, String language, ExtractionStatus status, ExtractionReason reason, String message,
            long downloads, String firstText) {
    }

    private static final String ROW = """
            SELECT s.id, s.slug, s.title, s.status, b.title, s.created_by, s.updated_at FROM solution s
            JOIN thematic_block b ON b.id = s.primary_block_id""";

    private final JdbcClient jdbc;
    private final StoredFiles files;

    StaffSolutions(JdbcClient jdbc, StoredFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    public Page list(Filter f) {
        List<String> where = new ArrayList<>();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (f.status() != null) {
            where.add("s.status = :status");
            params.put("status", f.status().name());
        }
        if (f.blockId() != null) {
            where.add("s.id IN (SELECT solution_id FROM solution_block WHERE block_id = :block)");
            params.put("block", f.blockId());
        }
        if (f.owner() != null) {
            where.add("s.created_by = :owner");
            params.put("owner", f.owner());
        }
        if (f.words() != null && !f.words().isBlank()) {
            where.add("LOWER(s.title) LIKE :words");
            params.put("words", "%" + f.words().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM solution s" + condition).params(params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.max(1, Math.min(f.page(), pages));
        List<Row> rows = jdbc.sql(ROW + condition + " ORDER BY s.updated_at DESC, s.id DESC LIMIT :size OFFSET :skip")
                .params(params).param("size", PAGE_SIZE).param("skip", (page - 1) * PAGE_SIZE)
                .query((rs, n) -> row(rs)).list();
        return new Page(rows, total, page, pages);
    }

    public Optional<Row> one(long id) {
        return jdbc.sql(ROW + " WHERE s.id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    public List<FileRow> files(long id) {
        List<String> shas = new ArrayList<>();
        List<FileRow> rows = jdbc.sql("""
                SELECT f.id, f.title, f.kind, f.file_name, b.media_type, b.size_bytes, b.page_count, b.language,
                  b.extraction_status, b.extraction_reason, b.extraction_message, f.download_count, f.sha256
                FROM solution_file f JOIN stored_blob b ON b.sha256 = f.sha256 WHERE f.solution_id = ?
                ORDER BY f.position""").param(id)
                .query((rs, n) -> {
                    shas.add(rs.getString(13));
                    return new FileRow(rs.getLong(1), rs.getString(2), FileKind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getLong(6), rs.getInt(7), rs.getString(8),
                            ExtractionStatus.valueOf(rs.getString(9)),
                            rs.getString(10) == null ? null : ExtractionReason.valueOf(rs.getString(10)),
                            rs.getString(11), rs.getLong(12), null);
                })
                .list();
        List<FileRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FileRow r = rows.get(i);
            out.add(new FileRow(r.id(), r.title(), r.kind(), r.fileName(), r.mediaType(), r.sizeBytes(), r.pages(),
                    r.language(), r.status(), r.reason(), r.message(), r.downloads(),
                    files.firstText(shas.get(i), PREVIEW_CHARACTERS).orElse(null)));
        }
        return out;
    }

    public List<Change> history(long id) {
        return jdbc.sql("""
                SELECT from_status, to_status, changed_by, changed_at, reason FROM solution_status_change
                WHERE solution_id = ? ORDER BY changed_at DESC, id DESC""").param(id)
                .query((rs, n) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), Status.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant());
    }
}
