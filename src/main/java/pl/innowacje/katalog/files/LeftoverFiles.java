package pl.innowacje.katalog.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.system.PortalProperties;

/**
 * At start-up, removes what a process killed in the middle of an upload left on disk: the container's multipart
 * files and the portal's copies of uploads under {@code data/incoming}, and partly copied bytes in the file store's
 * root. Nothing there is referenced by the database, so nothing of the catalogue can go with them. Only files last
 * written before this process started are removed: one that a live process is writing (a node sharing the folder)
 * is left alone.
 */
@Component
class LeftoverFiles {

    private static final Logger log = LoggerFactory.getLogger(LeftoverFiles.class);

    record Removed(int files, long bytes) {
    }

    LeftoverFiles(PortalProperties properties) {
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        try {
            Removed removed = remove(properties, started);
            if (removed.files() > 0) {
                log.info("removed {} files ({} bytes) left by uploads that never finished", removed.files(),
                        removed.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the folders of incoming files", e);
        }
    }

    /** Removes the leftovers last written before {@code startedAt}; creates the folders when they are missing. */
    static Removed remove(PortalProperties properties, Instant startedAt) throws IOException {
        Path incoming = Files.createDirectories(properties.incomingDir());
        Path store = Files.createDirectories(properties.filesDir());
        Removed inIncoming = remove(incoming, "*", startedAt);
        Removed inStore = remove(store, LocalFileStore.TEMP_PREFIX + "*" + LocalFileStore.TEMP_SUFFIX, startedAt);
        return new Removed(inIncoming.files() + inStore.files(), inIncoming.bytes() + inStore.bytes());
    }

    private static Removed remove(Path dir, String glob, Instant startedAt) throws IOException {
        int files = 0;
        long bytes = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
            for (Path entry : entries) {
                try {
                    if (Files.isRegularFile(entry)
                            && Files.getLastModifiedTime(entry).toInstant().isBefore(startedAt)) {
                        long size = Files.size(entry);
                        Files.delete(entry);
                        files++;
                        bytes += size;
                    }
                } catch (NoSuchFileException goneMeanwhile) {
                    // Its writer finished with it first.
                }
            }
        }
        return new Removed(files, bytes);
    }
}
