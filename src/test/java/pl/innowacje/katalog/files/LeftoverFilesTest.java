package pl.innowacje.katalog.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import pl.innowacje.katalog.system.PortalProperties;

class LeftoverFilesTest {

    private static PortalProperties dataIn(Path dir) {
        return TestSettings.in(dir,
                TestSettings.extraction(Duration.ofSeconds(10), DataSize.ofMegabytes(256), "off").extraction());
    }

    private static Path file(Path path, int bytes, Instant written) throws Exception {
        Files.createDirectories(path.getParent());
        Files.write(path, new byte[bytes]);
        Files.setLastModifiedTime(path, FileTime.from(written));
        return path;
    }

    @Test
    void whatKilledUploadsLeftIsRemovedAndEverythingElseStays(@TempDir Path data) throws Exception {
        Instant started = Instant.now();
        Instant before = started.minusSeconds(5);
        Path incoming = data.resolve("incoming");
        Path store = data.resolve("files");
        String sha = "ab".repeat(32);
        // Left by a killed process: the container's multipart file, the portal's copy, a partial copy into the store.
        Path multipart = file(incoming.resolve("upload_3f2a_00000001.tmp"), 2_000_000, before);
        Path copy = file(incoming.resolve("upload-123456.part"), 700, before);
        Path partial = file(store.resolve("incoming-98765.part"), 300, before);
        // Kept: stored bytes, another file in the store's root, and a temporary file written since this start (a
        // live node sharing the folder is writing it).
        Path stored = file(store.resolve("ab").resolve("ab").resolve(sha), 100, before);
        Path other = file(store.resolve("README"), 10, before);
        Path live = file(store.resolve("incoming-55555.part"), 50, started.plusSeconds(1));

        LeftoverFiles.Removed removed = LeftoverFiles.remove(dataIn(data), started);

        assertThat(removed).isEqualTo(new LeftoverFiles.Removed(3, 2_001_000));
        assertThat(multipart).doesNotExist();
        assertThat(copy).doesNotExist();
        assertThat(partial).doesNotExist();
        assertThat(stored).exists();
        assertThat(other).exists();
        assertThat(live).exists();
    }

    @Test
    void missingFoldersAreCreatedAndNothingIsRemoved(@TempDir Path data) throws Exception {
        assertThat(LeftoverFiles.remove(dataIn(data), Instant.now())).isEqualTo(new LeftoverFiles.Removed(0, 0));
        assertThat(data.resolve("incoming")).isDirectory();
        assertThat(data.resolve("files")).isDirectory();
    }
}
