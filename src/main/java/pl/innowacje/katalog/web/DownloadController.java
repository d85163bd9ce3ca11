package pl.innowacje.katalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Views;
import pl.innowacje.katalog.files.StoredFiles;
import pl.innowacje.katalog.system.NotFound;

/** Downloads by file id only; the name in the URL is for people and is never used to find bytes. */
@Controller
class DownloadController {

    private final CatalogQueries catalog;
    private final StoredFiles files;

    DownloadController(CatalogQueries catalog, StoredFiles files) {
        this.catalog = catalog;
        this.files = files;
    }

    @GetMapping({"/pliki/{id:\\d{1,18}}", "/pliki/{id:\\d{1,18}}/{name}"})
    ResponseEntity<InputStreamResource> download(@PathVariable long id) throws IOException {
        Views.Download file = catalog.download(id).orElseThrow(NotFound::new);
        InputStream in = files.open(file.sha256());
        catalog.countDownload(id);
        // PDFs open in the browser, so a "page 37" link (#page=37) lands on the page; other formats download.
        ContentDisposition.Builder disposition = "application/pdf".equals(file.mediaType())
                ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(in));
    }
}
