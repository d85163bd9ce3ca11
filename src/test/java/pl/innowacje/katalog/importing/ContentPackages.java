package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Small packages for import tests, written as a coordinator would: a folder in the content format and its ZIP. */
final class ContentPackages {

    private ContentPackages() {
    }

    /** An organisation, an area with one block, and one published solution with a handbook. */
    static Path folderPackage(Path root) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("organisations.yml"), """
                - slug: fundacja-z-paczki
                  name: "Fundacja z paczki"
                  type: NGO
                  region: "12"
                  competences: ["aktywizacja zawodowa"]
                  contact: "biuro / biuro@fundacja.example"
                """, StandardCharsets.UTF_8);
        Path block = Files.createDirectories(root.resolve("obszar-z-paczki/blok-z-paczki"));
        Files.writeString(root.resolve("obszar-z-paczki/area.md"), """
                ---
                title: "Obszar z paczki"
                title_en: "Area from a package"
                order: 9
                ---
                Obszar wczytany z paczki.
                """, StandardCharsets.UTF_8);
        Files.writeString(block.resolve("block.md"), """
                ---
                title: "Blok z paczki"
                order: 1
                problems: [DLUGOTRWALE_BEZROBOCIE]
                ---
                Blok wczytany z paczki.
                """, StandardCharsets.UTF_8);
        Path solution = Files.createDirectories(block.resolve("rozwiazanie-z-paczki"));
        Files.writeString(solution.resolve("solution.md"), """
                ---
                id: rozwiazanie-z-paczki
                title: "Rozwiązanie z paczki"
                summary: "Model wsparcia przywieziony w paczce."
                status: PUBLISHED
                problems: [DLUGOTRWALE_BEZROBOCIE]
                regions: ["12"]
                partners: [fundacja-z-paczki]
                verification: {result: POSITIVE, date: 2021-03-01, by: "Instytut Badań"}
                files:
                  - {path: podrecznik.txt, title: "Podręcznik", kind: HANDBOOK}
                ---
                Opis rozwiązania z paczki.
                """, StandardCharsets.UTF_8);
        Files.writeString(solution.resolve("podrecznik.txt"), "Podręcznik rozwiązania z paczki.\n",
                StandardCharsets.UTF_8);
        return root;
    }

    /** The folder's files in a ZIP, under the folder's own name as packing a folder does. */
    static Path zip(Path folder, Path target) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(target.toFile());
             Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.getFileName() + "/" + folder.relativize(p).toString().replace('\\', '/');
                zip.putArchiveEntry(new ZipArchiveEntry(name));
                Files.copy(p, zip);
                zip.closeArchiveEntry();
            }
        }
        return target;
    }

    /** A ZIP with one entry of the given name and bytes; {@code unixMode} 0 for a plain file. */
    static Path zipWith(Path target, String name, byte[] bytes, int unixMode, String encoding) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(target.toFile())) {
            zip.setEncoding(encoding);
            zip.setUseLanguageEncodingFlag(false);
            zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            if (unixMode != 0) {
                entry.setUnixMode(unixMode);
            }
            zip.putArchiveEntry(entry);
            zip.write(bytes);
            zip.closeArchiveEntry();
        }
        return target;
    }

    /** A ZIP whose one entry is {@code size} zero bytes: tiny packed, huge unpacked. */
    static Path bomb(Path target, long size) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(target.toFile())) {
            zip.putArchiveEntry(new ZipArchiveEntry("paczka/zera.txt"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeArchiveEntry();
        }
        return target;
    }

    static List<String> storedFiles(Path store) throws IOException {
        if (!Files.isDirectory(store)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(store)) {
            return all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
