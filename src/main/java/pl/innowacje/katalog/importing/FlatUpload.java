package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A spreadsheet uploaded through a browser together with its files: browsers send each file by its bare name, so a
 * row that names {@code pliki/podrecznik.pdf} would not find it. Each such path is given the uploaded file of that
 * name before the import reads the folder. Paths leaving the folder, and names not uploaded, are left as they are,
 * for the import to report.
 */
final class FlatUpload {

    private FlatUpload() {
    }

    static void arrange(Path folder, int maxRows) throws IOException {
        List<Path> sheets;
        try (Stream<Path> s = Files.list(folder)) {
            sheets = s.filter(Files::isRegularFile).filter(SheetReader::isSheet).toList();
        }
        for (Path sheet : sheets) {
            SheetReader.Sheet read;
            try {
                read = SheetReader.read(sheet, maxRows);
            } catch (IOException | RuntimeException unreadable) {
                continue; // the import reads it again and says what is wrong with it
            }
            for (SheetReader.SheetRow row : read.rows()) {
                for (Map<String, Object> file : SheetSolutions.parts(row.values().get("files"), "path", "title", "kind")) {
                    place(folder, String.valueOf(file.getOrDefault("path", "")));
                }
            }
        }
    }

    private static void place(Path folder, String path) throws IOException {
        if (path.isBlank() || !path.contains("/")) {
            return;
        }
        Path target = folder.resolve(path).normalize();
        Path bare = folder.resolve(target.getFileName().toString());
        if (!target.startsWith(folder) || Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(bare, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Files.copy(bare, target);
    }
}
