package pl.innowacje.katalog.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import pl.innowacje.katalog.importing.LoadReport;
import pl.innowacje.katalog.importing.PackageImport;
import pl.innowacje.katalog.importing.ReportTable;
import pl.innowacje.katalog.system.NotFound;

/**
 * The import page: upload a ZIP, or a spreadsheet with the files it names; read the dry run's report; import or
 * give up. The import itself is the same as {@code --import}, in the uploader's name and with their rights.
 */
@Controller
class ImportController {

    private static final String PAGE = "admin/import";

    private final PackageImport imports;
    private final StagedImports staged;
    private final StaffActors actors;

    ImportController(PackageImport imports, StagedImports staged, StaffActors actors) {
        this.imports = imports;
        this.staged = staged;
        this.actors = actors;
    }

    /** A report row as the page shows it, the reason and note in the page's language. */
    record Line(String where, String kind, String slug, String outcome, String reason, String note) {
    }

    @GetMapping("/admin/import")
    String page() {
        return PAGE;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("columns")
    List<String> columns() {
        return PackageImport.SHEET_COLUMNS;
    }

    @PostMapping("/admin/import")
    String check(@RequestParam(name = "pliki", required = false) List<MultipartFile> files, Principal principal,
            Model model, Locale locale) throws IOException {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            model.addAttribute("problem", "upload.error.empty");
            return PAGE;
        }
        Path folder = staged.newFolder();
        for (MultipartFile f : chosen) {
            f.transferTo(folder.resolve(FileNames.clean(f.getOriginalFilename())));
        }
        // One ZIP is the package; anything else (a spreadsheet and its files) is a folder of files.
        Path source = chosen.size() == 1 && FileNames.clean(chosen.get(0).getOriginalFilename())
                .toLowerCase(Locale.ROOT).endsWith(".zip") ? folder.resolve(FileNames.clean(
                        chosen.get(0).getOriginalFilename())) : folder;
        if (source.equals(folder)) {
            imports.arrangeFlatUpload(folder);
        }
        String name = chosen.size() == 1 ? FileNames.clean(chosen.get(0).getOriginalFilename())
                : FileNames.clean(chosen.stream().map(MultipartFile::getOriginalFilename)
                        .filter(n -> n != null && n.matches("(?i).*\\.(csv|xlsx)$")).findFirst().orElse("pliki"));
        LoadReport report = imports.run(source, name, actors.of(principal), true);
        StagedImports.Staged s = staged.keep(source, folder, name, principal.getName(), report);
        if (report.failed()) {
            s = staged.done(s, report);
        }
        show(model, s, true, locale);
        return PAGE;
    }

    @PostMapping("/admin/import/{token}")
    String confirm(@PathVariable String token, Principal principal, Model model, Locale locale) {
        StagedImports.Staged s = find(token, principal);
        if (s.imported()) {
            model.addAttribute("problem", "admin.import.gone");
            return PAGE;
        }
        LoadReport report = imports.run(s.path(), s.name(), actors.of(principal), false);
        show(model, staged.done(s, report), false, locale);
        return PAGE;
    }

    @PostMapping("/admin/import/{token}/anuluj")
    String cancel(@PathVariable String token, Principal principal, Model model) {
        StagedImports.Staged s = find(token, principal);
        staged.done(s, s.report());
        model.addAttribute("cancelled", true);
        return PAGE;
    }

    @GetMapping("/admin/import/{token}/raport.csv")
    ResponseEntity<byte[]> report(@PathVariable String token, Principal principal) throws IOException {
        StagedImports.Staged s = find(token, principal);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ReportTable.csv(s.report(), s.name(), out);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("raport-importu.csv").build().toString())
                .body(out.toByteArray());
    }

    private StagedImports.Staged find(String token, Principal principal) {
        return staged.find(token, principal.getName()).orElseThrow(NotFound::new);
    }

    private static void show(Model model, StagedImports.Staged s, boolean dryRun, Locale locale) {
        LoadReport report = s.report();
        List<Line> lines = new ArrayList<>();
        for (LoadReport.Row r : report.rows()) {
            lines.add(new Line(r.where(), r.kind(), r.slug(), r.outcome().name(), report.reason(r, locale),
                    r.note() == null ? "" : report.text(r.note(), locale)));
        }
        model.addAttribute("staged", s);
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("report", report);
        model.addAttribute("lines", lines);
        model.addAttribute("failure", report.failed() ? report.text(report.failure(), locale) : null);
    }
}
