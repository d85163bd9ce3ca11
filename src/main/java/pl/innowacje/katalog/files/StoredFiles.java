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
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import pl.innowacje.katalog.system.PortalProperties;
import pl.innowacje.katalog.system.Refusal;

/**
 * The one door to stored files: bytes go to the {@link FileStore} once per SHA-256, their text is extracted once and
 * kept in the database page by page, so rebuilding the index never parses a file again. Uploads pass a check first
 * (size, type by content, nothing hostile); what fails it is never kept.
 */
@Service
public class StoredFiles {

    /** What the catalogue shows about a stored file; {@code reason} and {@code message} say why it is not plain OK. */
    public record Info(String sha256, String mediaType, long sizeBytes, int pageCount, String language,
            ExtractionStatus status, ExtractionReason reason, String message) {
    }

    private final FileStore store;
    private final Extractor extractor;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    /** For the page rows: one batch per file instead of a statement per page. */
    private final JdbcTemplate batch;
    private final PortalProperties.Upload upload;
    private final Set<String> allowedTypes;

    StoredFiles(FileStore store, Extractor extractor, JdbcClient jdbc, TransactionTemplate tx, JdbcTemplate batch,
            PortalProperties properties) {
        this.store = store;
        this.extractor = extractor;
        this.jdbc = jdbc;
        this.tx = tx;
        this.batch = batch;
        this.upload = properties.upload();
        this.allowedTypes = Set.copyOf(upload.allowedTypes());
    }

    /** A stored file, and whether these bytes were new to the store (see {@link #forget}). */
    public record Stored(Info info, boolean added) {
    }

    /** Stores a file of the shipped catalogue with its extraction, whatever the outcome; known bytes are not read again. */
    public Info store(Path file, String fileName) throws IOException {
        return keep(file, fileName, null).info();
    }

    /** As {@link #store}, saying whether the bytes were new: a package that fails takes back what it added. */
    public Stored storeNoting(Path file, String fileName) throws IOException {
        return keep(file, fileName, null);
    }

    /**
     * As {@link #storeNoting}, without reading the text: the file is stored as {@link ExtractionStatus#PENDING} and
     * its text follows through {@link PendingReads}, so the records that name it can be written at once.
     */
    public Stored storeUnread(Path file, String fileName) throws IOException {
        String sha = Sha256.of(file);
        Optional<Info> known = info(sha);
        if (known.isPresent()) {
            return new Stored(known.get(), false);
        }
        String type = typeByNameAndMagic(file, fileName);
        if (!sha.equals(store.put(file))) {
            throw new IOException("the file changed while it was being stored: " + fileName);
        }
        Extraction unread = new Extraction(type, ExtractionStatus.PENDING, null, null, null, List.of());
        long size = Files.size(file);
        try {
            tx.executeWithoutResult(status -> save(sha, size, unread, false));
        } catch (org.springframework.dao.DuplicateKeyException sameBytesStoredMeanwhile) {
            return new Stored(info(sha).orElseThrow(), false);
        }
        return new Stored(info(sha).orElseThrow(), true);
    }

    /**
     * A first guess at the type, in this process and without opening containers: the file's name and its first
     * bytes. Reading the file replaces it with the type found by content (in a worker, as every file is read).
     */
    private static String typeByNameAndMagic(Path file, String fileName) throws IOException {
        org.apache.tika.metadata.Metadata metadata = new org.apache.tika.metadata.Metadata();
        metadata.set(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (org.apache.tika.io.TikaInputStream in = org.apache.tika.io.TikaInputStream.get(file)) {
            return org.apache.tika.mime.MimeTypes.getDefaultMimeTypes().detect(in, metadata).getBaseType()
                    .toString();
        }
    }

    /**
     * Removes stored bytes, their extraction and their pages, unless a solution refers to them: what a package
     * that failed (or a dry run) stored and nothing uses. Returns how many were removed.
     */
    public int forget(Collection<String> shas) throws IOException {
        int removed = 0;
        for (String sha : shas) {
            Integer gone = tx.execute(status -> jdbc.sql("""
                    DELETE FROM stored_blob WHERE sha256 = ?
                      AND NOT EXISTS (SELECT 1 FROM solution_file f WHERE f.sha256 = ?)""").params(sha, sha).update());
            if (gone != null && gone > 0) {
                store.delete(sha);
                removed++;
            }
        }
        return removed;
    }

    /**
     * Stores an uploaded file, or refuses it: larger than the limit, not a document by its content (whatever its
     * name says), or hostile (it expands far beyond its size). A refused file leaves no trace.
     */
    public Info accept(Path file, String fileName) throws IOException {
        return acceptNoting(file, fileName).info();
    }

    /** As {@link #accept}, saying whether the bytes were new (see {@link #forget}). */
    public Stored acceptNoting(Path file, String fileName) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new Refusal("upload.error.empty");
        }
        if (size > upload.maxSize().toBytes()) {
            throw new Refusal("upload.error.tooLarge", upload.maxSize().toMegabytes());
        }
        String type = extractor.detect(file);
        if (!allowedTypes.contains(type)) {
            throw new Refusal("upload.error.type", type);
        }
        return keep(file, fileName, type);
    }

    /**
     * Stores the bytes with their extraction. Known bytes are not read again, unless their reading failed for a
     * reason of the moment (no reader could start, or a time or memory limit that may have been raised since).
     * {@code checkedType}, for uploads, is the type the allowed list was checked against; it is what downloads say.
     */
    private Stored keep(Path file, String fileName, String checkedType) throws IOException {
        String sha = Sha256.of(file);
        Optional<Info> known = info(sha);
        if (known.isPresent() && !worthReadingAgain(known.get())) {
            return new Stored(known.get(), false);
        }
        Extraction read = extractor.extract(file, fileName);
        if (checkedType != null && read.reason() == ExtractionReason.ZIP_BOMB) {
            throw new Refusal("upload.error.zipBomb");
        }
        Extraction extraction = checkedType == null ? read : new Extraction(checkedType, read.status(),
                read.reason(), read.detail(), read.language(), read.pages());
        // The store hashes what it copies: bytes that changed after they were read are refused, not kept under the
        // name of other bytes.
        if (!sha.equals(store.put(file))) {
            throw new IOException("the file changed while it was being stored: " + fileName);
        }
        long size = Files.size(file);
        try {
            tx.executeWithoutResult(status -> save(sha, size, extraction, known.isPresent()));
        } catch (org.springframework.dao.DuplicateKeyException sameBytesStoredMeanwhile) {
            // Another thread stored the same bytes first; its extraction is as good as ours.
            return new Stored(info(sha).orElseThrow(), false);
        }
        return new Stored(info(sha).orElseThrow(), known.isEmpty());
    }

    private static boolean worthReadingAgain(Info known) {
        return known.status() == ExtractionStatus.FAILED && (known.reason() == ExtractionReason.READER_UNAVAILABLE
                || known.reason() == ExtractionReason.TIMEOUT || known.reason() == ExtractionReason.OUT_OF_MEMORY);
    }

    /** Writes a file's row and its pages; {@code again} replaces what an earlier reading saved. */
    void save(String sha, long size, Extraction e, boolean again) {
        Object[] values = {e.mediaType(), size, e.pages().size(), e.language(), e.status().name(),
                e.reason() == null ? null : e.reason().name(),
                e.detail() == null ? null : e.detail().substring(0, Math.min(1000, e.detail().length())),
                Timestamp.from(Instant.now()), sha};
        if (again) {
            jdbc.sql("DELETE FROM blob_page WHERE sha256 = ?").param(sha).update();
            jdbc.sql("""
                    UPDATE stored_blob SET media_type = ?, size_bytes = ?, page_count = ?, language = ?,
                      extraction_status = ?, extraction_reason = ?, extraction_message = ?, extracted_at = ?
                    WHERE sha256 = ?""").params(values).update();
        } else if (jdbc.sql("SELECT COUNT(*) FROM stored_blob WHERE sha256 = ?").param(sha).query(Long.class)
                .single() > 0) {
            return;
        } else {
            jdbc.sql("""
                    INSERT INTO stored_blob (media_type, size_bytes, page_count, language, extraction_status,
                      extraction_reason, extraction_message, extracted_at, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(values).update();
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < e.pages().size(); i++) {
            rows.add(new Object[] {sha, i + 1, e.pages().get(i)});
        }
        batch.batchUpdate("INSERT INTO blob_page (sha256, page_no, text) VALUES (?, ?, ?)", rows);
    }

    public Optional<Info> info(String sha) {
        return jdbc.sql("""
                SELECT sha256, media_type, size_bytes, page_count, language, extraction_status, extraction_reason,
                  extraction_message FROM stored_blob WHERE sha256 = ?""").param(sha)
                .query((rs, n) -> new Info(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), ExtractionStatus.valueOf(rs.getString(6)),
                        rs.getString(7) == null ? null : ExtractionReason.valueOf(rs.getString(7)), rs.getString(8)))
                .optional();
    }

    /** The beginning of the first page with text, to show staff what was read. */
    public Optional<String> firstText(String sha, int maxCharacters) {
        return jdbc.sql("SELECT text FROM blob_page WHERE sha256 = ? AND text <> '' ORDER BY page_no LIMIT 1")
                .param(sha).query(String.class).optional()
                .map(t -> t.length() > maxCharacters ? t.substring(0, maxCharacters) + "…" : t);
    }

    /** The text of one page or section of a stored file, numbered from 1 (see {@link TextUnit}). */
    public Optional<String> part(String sha, int number) {
        return jdbc.sql("SELECT text FROM blob_page WHERE sha256 = ? AND page_no = ?").params(sha, number)
                .query(String.class).optional();
    }

    public InputStream open(String sha) throws IOException {
        return store.open(sha);
    }

    /** The bytes as a resource that downloads can serve in parts (see {@link FileStore#resource}). */
    public org.springframework.core.io.Resource resource(String sha) throws IOException {
        return store.resource(sha);
    }

    /** Each file's number of pages (or sections), by SHA-256; files never read are absent. */
    public Map<String, Integer> pageCounts(Collection<String> shas) {
        Map<String, Integer> out = new HashMap<>();
        List<String> distinct = shas.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += 500) {
            jdbc.sql("SELECT sha256, page_count FROM stored_blob WHERE sha256 IN (:shas)")
                    .param("shas", distinct.subList(from, Math.min(distinct.size(), from + 500)))
                    .query(rs -> {
                        out.put(rs.getString(1), rs.getInt(2));
                    });
        }
        return out;
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
