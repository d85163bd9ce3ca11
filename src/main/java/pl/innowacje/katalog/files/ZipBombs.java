package pl.innowacje.katalog.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;

/**
 * Measures how far a ZIP-based file (DOCX, XLSX, ODT, EPUB…) really inflates, by inflating it once into nothing
 * rather than trusting the sizes its headers claim. Parsers buffer some parts whole (a Word text run, for one), so a
 * part that inflates a thousandfold must be caught before a parser sees it.
 */
final class ZipBombs {

    /** Inflated bytes per stored byte beyond which a file is a bomb... */
    private static final long RATIO = 100;
    /** ...once it has inflated at least this much: small, highly compressible files are common and harmless. */
    private static final long FLOOR = 50L * 1024 * 1024;

    private ZipBombs() {
    }

    static boolean expandsTooFar(Path file) throws IOException {
        long size = Files.size(file);
        long limit = Math.max(FLOOR, size * RATIO);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(4);
            byte[] magic = raw.readNBytes(4);
            raw.reset();
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
                return false;
            }
            ZipInputStream zip = new ZipInputStream(raw);
            byte[] buffer = new byte[64 * 1024];
            long inflated = 0;
            while (zip.getNextEntry() != null) {
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    inflated += n;
                    if (inflated > limit) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException damagedArchive) {
            // Not this check's business: the parser reports a damaged file with its own words.
            return false;
        }
    }
}
