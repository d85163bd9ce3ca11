package pl.innowacje.katalog.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void plainTextHasNoMarkdownSyntaxAndPutsEachBlockOnItsOwnLine() {
        String text = markdown.toText("""
                ## Jak działa

                Rady powiatowe:

                - Powołują **zespół**.
                - Opiniują [plan](https://example.org/plan)

                1. pierwszy
                2. drugi
                """);
        assertThat(text).isEqualTo("Jak działa\nRady powiatowe:\nPowołują zespół.\nOpiniują plan\npierwszy\ndrugi");
    }

    @Test
    void rawHtmlNeverReachesThePlainText() {
        assertThat(markdown.toText("Tekst <script>alert(1)</script> dalej.")).isEqualTo("Tekst alert(1) dalej.");
    }
}
