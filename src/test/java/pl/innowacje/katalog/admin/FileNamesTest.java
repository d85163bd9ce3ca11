package pl.innowacje.katalog.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aPathSentAsTheNameKeepsOnlyItsLastPart() {
        assertThat(FileNames.clean("C:\\Users\\ania\\Podręcznik.pdf")).isEqualTo("Podręcznik.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void controlCharactersAndQuotesGoAndNothingBecomesAName() {
        assertThat(FileNames.clean("ra\"port\r\n.pdf")).isEqualTo("raport.pdf");
        assertThat(FileNames.clean(null)).isEqualTo("plik");
        assertThat(FileNames.clean("..")).isEqualTo("plik");
    }

    @Test
    void aLongNameIsCutButKeepsItsExtension() {
        String cleaned = FileNames.clean("a".repeat(500) + ".docx");
        assertThat(cleaned).hasSize(200).endsWith(".docx");
    }
}
