package pl.innowacje.katalog.admin;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

import pl.innowacje.katalog.catalog.FileKind;
import pl.innowacje.katalog.publishing.SolutionEditing;
import pl.innowacje.katalog.system.PortalProperties;
import pl.innowacje.katalog.system.Refusal;

/**
 * A solution's files in the staff area: upload, replace, remove, reorder, and title and kind. Each answers with a
 * redirect to the solution's page, which says what happened; a request sent by the page's script (header
 * {@code X-Requested-With: fetch}, to show upload progress) gets the same destination as JSON instead.
 */
@Controller
class FilesController {

    private final SolutionEditing editing;
    private final StaffActors actors;
    private final Path incoming;

    FilesController(SolutionEditing editing, StaffActors actors, PortalProperties properties) throws IOException {
        this.editing = editing;
        this.actors = actors;
        this.incoming = Files.createDirectories(properties.incomingDir());
    }

    @PostMapping("/admin/rozwiazania/{id:\\d{1,18}}/pliki")
    ResponseEntity<?> add(@PathVariable long id, @RequestParam(name = "plik", required = false) MultipartFile file,
            @RequestParam(name = "tytul", defaultValue = "") String title,
            @RequestParam(name = "rodzaj", defaultValue = "HANDBOOK") FileKind kind,
            @RequestHeader(name = "X-Requested-With", required = false) String requestedWith, Principal principal,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(id, requestedWith, request, response, () -> {
            String name = FileNames.clean(file == null ? null : file.getOriginalFilename());
            withUpload(file, path -> editing.addFile(id, path, name, title, kind, actors.of(principal)));
            return "editor.file.added";
        });
    }

    @PostMapping("/admin/rozwiazania/{id:\\d{1,18}}/pliki/{fileId:\\d{1,18}}/zastap")
    ResponseEntity<?> replace(@PathVariable long id, @PathVariable long fileId,
            @RequestParam(name = "plik", required = false) MultipartFile file,
            @RequestHeader(name = "X-Requested-With", required = false) String requestedWith, Principal principal,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(id, requestedWith, request, response, () -> {
            String name = FileNames.clean(file == null ? null : file.getOriginalFilename());
            withUpload(file, path -> editing.replaceFile(id, fileId, path, name, actors.of(principal)));
            return "editor.file.replaced";
        });
    }

    @PostMapping("/admin/rozwiazania/{id:\\d{1,18}}/pliki/{fileId:\\d{1,18}}/usun")
    ResponseEntity<?> remove(@PathVariable long id, @PathVariable long fileId, Principal principal,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(id, null, request, response, () -> {
            editing.removeFile(id, fileId, actors.of(principal));
            return "editor.file.removed";
        });
    }

    @PostMapping("/admin/rozwiazania/{id:\\d{1,18}}/pliki/{fileId:\\d{1,18}}/przesun")
    ResponseEntity<?> move(@PathVariable long id, @PathVariable long fileId,
            @RequestParam(name = "kierunek", defaultValue = "dol") String direction, Principal principal,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(id, null, request, response, () -> {
            editing.moveFile(id, fileId, "gora".equals(direction) ? -1 : 1, actors.of(principal));
            return "editor.file.moved";
        });
    }

    @PostMapping("/admin/rozwiazania/{id:\\d{1,18}}/pliki/{fileId:\\d{1,18}}/opis")
    ResponseEntity<?> describe(@PathVariable long id, @PathVariable long fileId,
            @RequestParam(name = "tytul", defaultValue = "") String title,
            @RequestParam(name = "rodzaj", defaultValue = "HANDBOOK") FileKind kind, Principal principal,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(id, null, request, response, () -> {
            editing.describeFile(id, fileId, title, kind, actors.of(principal));
            return "editor.file.described";
        });
    }

    private interface Step {
        String run() throws IOException;
    }

    private interface UploadUse {
        void accept(Path path) throws IOException;
    }

    /** The upload in a file of its own under the data folder, gone once it has been stored or refused. */
    private void withUpload(MultipartFile file, UploadUse use) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new Refusal("upload.error.empty");
        }
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            file.transferTo(temp);
            use.accept(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Runs the step and says how it went on the solution's page, by redirect or (for the page's script) as JSON. */
    private ResponseEntity<?> answer(long id, String requestedWith, HttpServletRequest request,
            HttpServletResponse response, Step step) throws IOException {
        // The page opens at the message, inside the files section, so it is the first thing read after the step.
        String location = "/admin/rozwiazania/" + id + "#wynik-plikow";
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        try {
            flash.put("fileDone", step.run());
        } catch (Refusal e) {
            flash.put("fileProblem", e.key());
            flash.put("fileProblemArgs", e.args());
        }
        RequestContextUtils.saveOutputFlashMap(location, request, response);
        if ("fetch".equals(requestedWith)) {
            return ResponseEntity.ok(Map.of("location", location));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
    }
}
