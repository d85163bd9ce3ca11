package pl.innowacje.katalog.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.catalog.FileKind;
import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.catalog.Views;
import tools.jackson.databind.JsonNode;

/** The citation's forms on a record whose text could break them: LaTeX's special characters, a closing script tag. */
class CitationFormsTest {

    private static final String TITLE = "Model 50+ & 100% </script><script>alert(1)</script> {test}";
    private static final Views.Organisation MAKER = new Views.Organisation("org", "Stowarzyszenie \"A_B\" #1",
            "https://a-b.example", null);

    private static final Views.SolutionPage PAGE = new Views.SolutionPage(1, "model-50", TITLE, null, "Skrót", null,
            "Opis", Status.IN_DEVELOPMENT, null, LocalDate.of(2012, 10, 1), null, "pl", "CC BY 4.0", List.of(),
            new Views.Contact(null, null, null), null, null, Instant.parse("2026-01-02T10:00:00Z"), List.of(), null,
            Map.of(), new Views.Project("p", "Projekt", null, null, null, MAKER, List.of()), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(new Views.FileItem(7, "Podręcznik", FileKind.HANDBOOK,
                    "podręcznik 1.pdf", "application/pdf", 2048, 12, "pl", "OK", 0)), null);

    private static final Citations.Work WORK = new Citations.Work(TITLE, MAKER.name(), "Zespół",
            LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2), "https://k.example/rozwiazania/model-50", "pl",
            List.of(), List.of(), List.of(), PAGE.files(), "https://k.example/pliki/");

    @Test
    void bibtexEscapesWhatLatexWouldReadAsCommands() {
        String entry = Bibtex.of(WORK, "model-50", LocalDate.of(2026, 12, 2));
        assertThat(entry).startsWith("@misc{model-50,\n")
                .contains("  author = {{Stowarzyszenie \"A\\_B\" \\#1}},")
                .contains("  title = {{Model 50+ \\& 100\\% </script><script>alert(1)</script> \\{test\\}}},")
                .contains("  year = {2026},", "  urldate = {2026-12-02},").endsWith("  language = {pl}\n}");
        assertThat(Bibtex.escape("a\\b~c^d$")).isEqualTo("a\\textbackslash{}b\\textasciitilde{}c\\textasciicircum{}d\\$");
    }

    @Test
    void jsonLdCannotEndItsScriptBlockAndStillReadsAsTheRecord() {
        String json = JsonLd.of(WORK, PAGE, "https://k.example");
        assertThat(json).doesNotContain("<");
        JsonNode work = JourneyTestSupport.json(json);
        assertThat(work.get("name").asString()).isEqualTo(TITLE);
        assertThat(work.get("creativeWorkStatus").asString()).isEqualTo("InDevelopment");
        assertThat(work.get("temporalCoverage").asString()).isEqualTo("2012-10-01/..");
        assertThat(work.get("hasPart").get(0).get("contentUrl").asString())
                .isEqualTo("https://k.example/pliki/7/podr%C4%99cznik%201.pdf");
        assertThat(work.get("creator").get("sameAs").asString()).isEqualTo("https://a-b.example");
    }
}
