package pl.innowacje.katalog.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Every setting of the portal that is not Spring's own, under the prefix {@code portal}. */
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Content content,
        @DefaultValue Extraction extraction,
        @DefaultValue Search search,
        @DefaultValue Upload upload,
        @DefaultValue Operator operator,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Accessibility accessibility,
        @DefaultValue Oai oai,
        @DefaultValue Importing importing,
        @DefaultValue Storage files) {

    /**
     * Where stored files' bytes live. {@code local}: in {@code data/files} only, for one node (the default with the
     * embedded database, which one node alone can open). {@code database}: in the database as well, in parts of
     * {@code chunkSize}, so every node on that database can serve every file; each node keeps the bytes it served
     * in its own {@code data/files} and reads them from the database once (the mysql profile's setting).
     */
    public record Storage(@DefaultValue("local") String store, @DefaultValue("1MB") DataSize chunkSize) {

        public boolean inDatabase() {
            return "database".equalsIgnoreCase(store);
        }
    }

    /**
     * Packages brought in from the admin page or with {@code --import}: a ZIP or spreadsheet of at most
     * {@code maxPackageSize}, unpacking to at most {@code maxEntries} files and {@code maxUnpackedSize} in all, a
     * spreadsheet of at most {@code maxRows} rows; each file in it is held to the upload limits.
     */
    public record Importing(
            @DefaultValue("100MB") DataSize maxPackageSize,
            @DefaultValue("20000") int maxRows,
            @DefaultValue("10000") int maxEntries,
            @DefaultValue("2GB") DataSize maxUnpackedSize) {
    }

    /** OAI-PMH at {@code /oai}: how many records one list response holds before its resumption token. */
    public record Oai(@DefaultValue("100") int pageSize) {
    }

    /**
     * The accessibility statement's data, in the form the regulation asks for: when the site was published and last
     * updated, when the statement was prepared, its compliance ({@code full}, {@code partial} or {@code none}), and
     * who answers accessibility requests (by default the operator's address).
     */
    public record Accessibility(
            @DefaultValue("2026-12-02") LocalDate published,
            @DefaultValue("2026-12-02") LocalDate updated,
            @DefaultValue("2026-12-02") LocalDate prepared,
            @DefaultValue("partial") String status,
            @DefaultValue("Katalog innowacji społecznych – zespół koordynatorów") String contactPerson,
            @DefaultValue("kontakt@katalog-innowacji.example") String email,
            @DefaultValue("") String phone) {
    }

    /**
     * Who runs this portal, as the footer and the accessibility statement name it. The defaults are the shipped
     * catalogue's own team at a reserved {@code .example} address: set them for a real deployment.
     */
    public record Operator(
            @DefaultValue("Katalog innowacji społecznych – zespół koordynatorów") String name,
            @DefaultValue("kontakt@katalog-innowacji.example") String email,
            @DefaultValue("") String phone,
            @DefaultValue("") String address) {
    }

    /**
     * Where the shipped catalogue lives and whether the start-up loads it. With {@code recordsFirst}, records are
     * written before their files' text is read, which follows in the background: the catalogue can be browsed and
     * searched within seconds of a first start.
     */
    public record Content(@DefaultValue("./content") Path dir, @DefaultValue("true") boolean loadOnStart,
            @DefaultValue("true") boolean recordsFirst) {
    }

    /**
     * Limits of reading one file. They are large on purpose: whole handbooks must be read, not their first pages,
     * while a hostile file still ends in a recorded failure instead of a hung or dead portal. Files are read in
     * worker processes of {@code memory} each, {@code threads} at once; recognition of scanned pages
     * ({@code ocr}: {@code auto} uses Tesseract when it is installed, {@code off} never) has its own time limit. With
     * {@code warmStart} the workers start with the portal rather than on the first file. One worker reads up to
     * {@code filesPerWorker} files at once, within its {@code memory}: fewer processes compile the parsers' code fewer
     * times over.
     */
    public record Extraction(
            @DefaultValue("120s") Duration timeout,
            @DefaultValue("50000000") int maxCharacters,
            @DefaultValue("3000") int charactersPerSection,
            @DefaultValue("2") int threads,
            @DefaultValue("1GB") DataSize memory,
            @DefaultValue("auto") String ocr,
            @DefaultValue("pol+eng") String ocrLanguages,
            @DefaultValue("10m") Duration ocrTimeout,
            @DefaultValue("true") boolean warmStart,
            @DefaultValue("4") int filesPerWorker) {

        public boolean ocrEnabled() {
            return !"off".equalsIgnoreCase(ocr);
        }
    }

    /**
     * Where the index lives, how often it looks for changes written by other nodes, how many solutions a download
     * of search results holds at most, and how many answers of the public pages' most asked searches are kept until
     * the index changes (0: none).
     */
    public record Search(@DefaultValue("") String indexDir, @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("5000") int exportRows, @DefaultValue("500") int keptResults) {
    }

    /**
     * What staff may upload: files up to {@code maxSize}, of a type (decided by content, never by name) on the
     * {@code allowedTypes} list: documents, spreadsheets, presentations, e-books and plain text.
     */
    public record Upload(
            @DefaultValue("100MB") DataSize maxSize,
            @DefaultValue({"application/pdf", "application/msword",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.oasis.opendocument.text", "application/rtf", "application/vnd.ms-excel",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.ms-powerpoint",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "application/vnd.oasis.opendocument.presentation", "application/epub+zip", "text/plain"})
            List<String> allowedTypes) {
    }

    /** The base URL without a trailing slash, so that absolute addresses are {@code siteUrl() + "/path"}. */
    public String siteUrl() {
        return baseUrl.replaceAll("/+$", "");
    }

    public Path indexDir() {
        return search.indexDir().isBlank() ? dataDir.resolve("index") : Path.of(search.indexDir());
    }

    public Path filesDir() {
        return dataDir.resolve("files");
    }

    /** Uploads on their way in (the container's multipart files and the copies made of them); never kept. */
    public Path incomingDir() {
        return dataDir.resolve("incoming");
    }
}
