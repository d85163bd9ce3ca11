package pl.innowacje.katalog.web;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Views;
import pl.innowacje.katalog.files.StoredFiles;
import pl.innowacje.katalog.stats.Usage;
import pl.innowacje.katalog.system.NotFound;

/** Downloads by file id only; the name in the URL is for people and is never used to find bytes. */
@Controller
class DownloadController {

    private static final Logger log = LoggerFactory.getLogger(DownloadController.class);

    private final CatalogQueries catalog;
    private final StoredFiles files;
    private final Usage usage;

    DownloadController(CatalogQueries catalog, StoredFiles files, Usage usage) {
        this.catalog = catalog;
        this.files = files;
        this.usage = usage;
    }

    /**
     * The bytes, with their SHA-256 as a strong ETag (stored bytes never change under their name): a browser that
     * has them gets 304, and a PDF reader may ask for parts (HTTP ranges). A download is counted once, by the request
     * for the whole file or for its first part, never by a 304 (and only a reader's: see {@link Usage}).
     */
    @GetMapping({"/pliki/{id:\\d{1,18}}", "/pliki/{id:\\d{1,18}}/{name}"})
    ResponseEntity<Resource> download(@PathVariable long id, WebRequest request, HttpServletRequest http,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) String range) throws IOException {
        Views.Download file = catalog.download(id).orElseThrow(NotFound::new);
        String etag = "\"" + file.sha256() + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        Resource bytes;
        try {
            bytes = files.resource(file.sha256());
        } catch (NoSuchFileException missing) {
            // The catalogue holds the file but this node cannot reach its bytes: a node of several whose files are
            // not shared (README, "Several nodes"). The reader is asked to try again, the operator is told.
            log.warn("file {} ({}) is in the catalogue but its bytes are not in this node's file store", id,
                    file.sha256());
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
        }
        if (range == null || range.replace(" ", "").startsWith("bytes=0-")) {
            usage.downloaded(id, file.solutionId(), http);
        }
        // PDFs open in the browser, so a "page 37" link (#page=37) lands on the page; other formats download.
        ContentDisposition.Builder disposition = "application/pdf".equals(file.mediaType())
                ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .eTag(etag)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }
}
