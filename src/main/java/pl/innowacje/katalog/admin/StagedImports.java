package pl.innowacje.katalog.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import pl.innowacje.katalog.importing.LoadReport;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * Packages uploaded on the import page, between the dry run and the decision: kept under the data folder's incoming
 * files for an hour at most, each known only to the member of staff who uploaded it, with its latest report (for
 * the CSV download). What a restart interrupts is cleared with the rest of the incoming files.
 */
@Component
class StagedImports {

    static final Duration KEPT = Duration.ofHours(1);
    private static final int MAX = 50;

    /** An uploaded package: where it is, its name, who uploaded it, and what was last done with it. */
    record Staged(String token, Path path, Path folder, String name, String username, Instant at, LoadReport report,
            boolean imported) {
    }

    private final Map<String, Staged> staged = new ConcurrentHashMap<>();
    private final Path incoming;

    StagedImports(PortalProperties properties) {
        this.incoming = properties.incomingDir();
    }

    /** A folder of its own for an upload's files. */
    Path newFolder() throws IOException {
        expire();
        return Files.createDirectories(incoming.resolve("import-upload-" + UUID.randomUUID()));
    }

    Staged keep(Path path, Path folder, String name, String username, LoadReport report) {
        Staged s = new Staged(UUID.randomUUID().toString(), path, folder, name, username, Instant.now(), report,
                false);
        staged.put(s.token(), s);
        return s;
    }

    Optional<Staged> find(String token, String username) {
        expire();
        return Optional.ofNullable(staged.get(token)).filter(s -> s.username().equals(username));
    }

    /** The package was imported (or given up): its files go, its report stays for the download. */
    Staged done(Staged s, LoadReport report) {
        remove(s.folder());
        Staged after = new Staged(s.token(), s.path(), s.folder(), s.name(), s.username(), s.at(), report, true);
        staged.put(s.token(), after);
        return after;
    }

    private void expire() {
        Instant oldest = Instant.now().minus(KEPT);
        staged.values().removeIf(s -> {
            boolean old = s.at().isBefore(oldest);
            if (old) {
                remove(s.folder());
            }
            return old;
        });
        while (staged.size() > MAX) {
            staged.values().stream().min(Comparator.comparing(Staged::at)).ifPresent(s -> {
                staged.remove(s.token());
                remove(s.folder());
            });
        }
    }

    static void remove(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            // Cleared at the next start with the rest of the incoming files.
        }
    }
}
