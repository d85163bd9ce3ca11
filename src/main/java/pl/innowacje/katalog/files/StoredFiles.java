package pl.innowacje.katalog.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door to stored files: bytes go to the {@link FileStore} once per SHA-256, their text is extracted once and
 * kept in the database page by page, so rebuilding the index never parses a file again.
 */
@Service
public class StoredFiles {

    /** What the catalogue shows about a stored file. */
    public record Info(String sha256, String mediaType, long sizeBytes, int pageCount, String language,
            ExtractionStatus status, String message) {
    }

    private final FileStore store;
    private final TikaExtractor extractor;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    /** For the page rows: one batch per file instead of a statement per page. */
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    StoredFiles(FileStore store, TikaExtractor extractor, JdbcClient jdbc, TransactionTemplate tx,
            org.springframework.jdbc.core.JdbcTemplate batch) {
        this.store = store;
        this.extractor = extractor;
        this.jdbc = jdbc;
        this.tx = tx;
        this.batch = batch;
    }

    /** Stores the file and its extraction unless the same bytes are stored already. */
    public Info store(Path file, String fileName) throws IOException {
        String sha = store.put(file);
        Optional<Info> known = info(sha);
        if (known.isPresent()) {
            return known.get();
        }
        Extraction extraction = extractor.extract(file, fileName);
        long size = Files.size(file);
        try {
            tx.executeWithoutResult(status -> save(sha, size, extraction));
        } catch (org.springframework.dao.DuplicateKeyException sameBytesStoredMeanwhile) {
            // Another thread stored the same bytes first; its extraction is as good as ours.
        }
        return info(sha).orElseThrow();
    }

    private void save(String sha, long size, Extraction e) {
        if (jdbc.sql("SELECT COUNT(*) FROM stored_blob WHERE sha256 = ?").param(sha).query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO stored_blob (sha256, media_type, size_bytes, page_count, language, extraction_status,
                  extraction_message, extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sha, e.mediaType(), size, e.pages().size(), e.language(), e.status().name(),
                        e.message() == null ? null : e.message().substring(0, Math.min(1000, e.message().length())),
                        Timestamp.from(Instant.now()))
                .update();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < e.pages().size(); i++) {
            rows.add(new Object[] {sha, i + 1, e.pages().get(i)});
        }
        batch.batchUpdate("INSERT INTO blob_page (sha256, page_no, text) VALUES (?, ?, ?)", rows);
    }

    public Optional<Info> info(String sha) {
        return jdbc.sql("""
                SELECT sha256, media_type, size_bytes, page_count, language, extraction_status, extraction_message
                FROM stored_blob WHERE sha256 = ?""").param(sha)
                .query((rs, n) -> new Info(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), ExtractionStatus.valueOf(rs.getString(6)), rs.getString(7)))
                .optional();
    }

    public InputStream open(String sha) throws IOException {
        return store.open(sha);
    }

    /** Page texts of many files at once (for the indexer), in page order. */
    public Map<String, List<String>> pages(Collection<String> shas) {
        Map<String, List<String>> out = new HashMap<>();
        if (shas.isEmpty()) {
            return out;
        }
        List<String> distinct = shas.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += 500) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 500));
            jdbc.sql("SELECT sha256, text FROM blob_page WHERE sha256 IN (:shas) ORDER BY sha256, page_no")
                    .param("shas", chunk)
                    .query(rs -> {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    });
        }
        return out;
    }
}
