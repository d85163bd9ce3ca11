package pl.innowacje.katalog.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipBombsTest {

    private static final Path BLOCK = Path.of("content/zatrudnienie-i-integracja-spoleczna/"
            + "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej");

    @Test
    void aPartInflatingAThousandfoldIsABomb(@TempDir Path dir) throws Exception {
        assertThat(ZipBombs.expandsTooFar(Fixtures.zipBombDocx(dir))).isTrue();
    }

    @Test
    void realDocumentsAndNonZipFilesAreNot(@TempDir Path dir) throws Exception {
        assertThat(ZipBombs.expandsTooFar(BLOCK.resolve("powiatowe-rady-zatrudnienia/poradnik-dla-czlonkow-rady.docx")))
                .isFalse();
        assertThat(ZipBombs.expandsTooFar(BLOCK.resolve("express-do-zatrudnienia/podrecznik-wdrozenia.pdf"))).isFalse();
        assertThat(ZipBombs.expandsTooFar(Files.write(dir.resolve("ucięty.zip"), new byte[] {'P', 'K', 3, 4, 1})))
                .isFalse();
    }
}
