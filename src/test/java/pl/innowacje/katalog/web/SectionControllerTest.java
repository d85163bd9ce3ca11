package pl.innowacje.katalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.FileKind;
import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.catalog.Views;
import pl.innowacje.katalog.files.StoredFiles;
import pl.innowacje.katalog.system.CatalogueReadiness;
import pl.innowacje.katalog.system.IcuMessages;
import pl.innowacje.katalog.system.SecurityConfig;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * The page that shows one section of a handbook's text with the searched words marked, in a web slice: the catalogue
 * (which answers only for public solutions) and the stored texts are mocked.
 */
@WebMvcTest(SectionController.class)
@EnableConfigurationProperties(PortalProperties.class)
@Import({SecurityConfig.class, IcuMessages.class, FileSections.class, CatalogueReadiness.class})
class SectionControllerTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String SHA = "d".repeat(64);
    private static final String SECTIONS = "/rozwiazania/powiatowe-rady-zatrudnienia/pliki/12/czesci/";
    private static final String SECTION_TWO = """
            Rozdział 2. Posiedzenia rady
            Posiedzenie rady zwołuje przewodniczący co najmniej raz na kwartał.
            Współpraca z urzędem pracy obejmuje <script>alert('x')</script> wspólne analizy & plany.""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CatalogQueries catalog;

    @MockitoBean
    StoredFiles files;

    @BeforeEach
    void oneWordHandbookAndOnePdf() {
        Views.FileItem guide = new Views.FileItem(12, "Poradnik dla członków rady", FileKind.HANDBOOK,
                "poradnik-dla-czlonkow-rady.docx", DOCX, 40_000, 4, "pl", "OK", 0);
        Views.FileItem pdf = new Views.FileItem(13, "Instrukcja", FileKind.HANDBOOK, "instrukcja.pdf",
                "application/pdf", 2_000_000, 8, "pl", "OK", 0);
        when(catalog.solution("powiatowe-rady-zatrudnienia")).thenReturn(Optional.of(solution(List.of(guide, pdf))));
        when(catalog.download(12)).thenReturn(Optional.of(new Views.Download(12, 1, guide.fileName(), SHA, DOCX,
                40_000)));
        when(catalog.download(13)).thenReturn(Optional.of(new Views.Download(13, 1, pdf.fileName(), "e".repeat(64),
                "application/pdf", 2_000_000)));
        when(files.part(SHA, 2)).thenReturn(Optional.of(SECTION_TWO));
        when(files.part("e".repeat(64), 2)).thenReturn(Optional.of("Strona druga instrukcji."));
    }

    private static Views.SolutionPage solution(List<Views.FileItem> files) {
        return new Views.SolutionPage(5, "powiatowe-rady-zatrudnienia", "Powiatowe rady zatrudnienia", null, "", null,
                "", Status.PUBLISHED, null, null, null, "pl", null, List.of(), new Views.Contact(null, null, null),
                null, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-01-01T00:00:00Z"), List.of(), null,
                Map.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), files, null);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aSectionShowsItsTextWithTheSearchedWordsMarkedInAnyForm() throws Exception {
        String html = page(SECTIONS + "2?q=posiedzeniach rady wspolpraca");
        assertThat(html).contains("Poradnik dla członków rady", "część 2 z 4",
                // Inflected forms of "posiedzeniach", the same word, and the word typed without diacritics.
                "Rozdział 2. <mark id=\"trafienie\">Posiedzenia</mark> <mark>rady</mark>",
                "<mark>Posiedzenie</mark> <mark>rady</mark> zwołuje przewodniczący",
                "<mark>Współpraca</mark> z urzędem pracy",
                "Wyróżniono słowa wyszukiwania „posiedzeniach rady wspolpraca” (wystąpień: 5).",
                "href=\"/pliki/12/poradnik-dla-czlonkow-rady.docx\"", "Pobierz cały plik (DOCX, 40 KB)",
                "href=\"" + SECTIONS + "1?q=posiedzeniach%20rady%20wspolpraca\"",
                "href=\"" + SECTIONS + "3?q=posiedzeniach%20rady%20wspolpraca\"",
                "Poprzednia część", "Następna część", "href=\"/rozwiazania/powiatowe-rady-zatrudnienia\"");
        assertThat(html).doesNotContain("<mark>przewodniczący</mark>", "str. 2");
    }

    @Test
    void theTextIsEscapedSoNothingInADocumentBecomesMarkup() throws Exception {
        String html = page(SECTIONS + "2?q=<b>rady</b> alert");
        assertThat(html).contains(
                "&lt;script&gt;<mark>alert</mark>(&#39;x&#39;)&lt;/script&gt; wspólne analizy &amp; plany")
                .doesNotContain("<script>alert", "<b>rady</b>");
    }

    @Test
    void theLinkLandsOnTheParagraphWithMostOfTheWordsAndStopWordsAreNotMarked() throws Exception {
        String html = page(SECTIONS + "2?q=raz na kwartał rady zwołuje");
        assertThat(html).contains("Rozdział 2. Posiedzenia <mark>rady</mark>",
                "Posiedzenie <mark id=\"trafienie\">rady</mark> <mark>zwołuje</mark> przewodniczący co najmniej raz "
                        + "na <mark>kwartał</mark>.");
    }

    @Test
    void excludedWordsAndOperatorsAreNotMarked() throws Exception {
        String html = page(SECTIONS + "2?q=rady OR -posiedzenie");
        assertThat(html).contains("<mark id=\"trafienie\">rady</mark>").doesNotContain("<mark>Posiedzenie</mark>",
                "<mark>Posiedzenia</mark>");
    }

    @Test
    void withoutAQueryTheTextIsShownUnmarkedInEnglishToo() throws Exception {
        String html = page(SECTIONS + "2?lang=en");
        assertThat(html).contains("section 2 of 4", "Download the whole file (DOCX, 40 KB)",
                "The text of this file is in Polish.", "<article class=\"section-text\" lang=\"pl\">",
                "href=\"" + SECTIONS + "1\"").doesNotContain("<mark");
    }

    @Test
    void aPdfPageIsCalledAPageAndItsDownloadOpensAtIt() throws Exception {
        String html = page("/rozwiazania/powiatowe-rady-zatrudnienia/pliki/13/czesci/2");
        assertThat(html).contains("strona 2 z 8", "href=\"/pliki/13/instrukcja.pdf#page=2\"", "Następna strona",
                "Strona druga instrukcji.");
    }

    @Test
    void unknownOrNonPublicSolutionsFilesAndSectionsAnswer404() throws Exception {
        // The catalogue answers only for published and in-development solutions: a withdrawn one is unknown to it.
        when(catalog.solution("wycofane-rozwiazanie")).thenReturn(Optional.empty());
        for (String url : List.of("/rozwiazania/wycofane-rozwiazanie/pliki/12/czesci/2",
                "/rozwiazania/nie-ma-takiego/pliki/12/czesci/1",
                "/rozwiazania/powiatowe-rady-zatrudnienia/pliki/99/czesci/1",
                "/rozwiazania/powiatowe-rady-zatrudnienia/pliki/12/czesci/5",
                "/rozwiazania/powiatowe-rady-zatrudnienia/pliki/12/czesci/0",
                "/rozwiazania/powiatowe-rady-zatrudnienia/pliki/abc/czesci/1",
                "/rozwiazania/powiatowe-rady-zatrudnienia/pliki/12/czesci/9999999")) {
            // The portal's own 404 page is rendered by the container's error dispatch (see PortalJourneys).
            mvc.perform(get(url)).andExpect(status().isNotFound());
        }
        verify(files, never()).part(anyString(), anyInt());
        verify(catalog, never()).download(anyLong());
    }
}
