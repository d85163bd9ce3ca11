package pl.innowacje.katalog.admin;

import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.exchange.CatalogueExport;

/** The administrator's export: the catalogue, an area or a block as a ZIP in the content format. */
@Controller
class ExportController {

    private final CatalogueExport export;
    private final CatalogQueries catalog;

    ExportController(CatalogueExport export, CatalogQueries catalog) {
        this.export = export;
        this.catalog = catalog;
    }

    @GetMapping("/admin/eksport")
    String page(Model model) {
        model.addAttribute("areas", catalog.areas());
        return "admin/export";
    }

    /** {@code zakres} is empty for everything, {@code obszar:SLUG} or {@code blok:SLUG}. */
    @GetMapping("/admin/eksport/katalog.zip")
    ResponseEntity<StreamingResponseBody> zip(@RequestParam(name = "zakres", defaultValue = "") String scope) {
        CatalogueExport.Scope s = scope.startsWith("obszar:") ? new CatalogueExport.Scope(scope.substring(7), null)
                : scope.startsWith("blok:") ? new CatalogueExport.Scope(null, scope.substring(5))
                : CatalogueExport.Scope.ALL;
        String name = "katalog-" + (scope.isEmpty() ? "" : scope.replace(':', '-') + "-") + LocalDate.now() + ".zip";
        // Checked before the first byte: an unknown area or block is a 404 page, not a broken download.
        export.blockIds(s);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(out -> export.write(s, out));
    }
}
