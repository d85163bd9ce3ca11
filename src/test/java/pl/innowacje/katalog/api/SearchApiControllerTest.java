package pl.innowacje.katalog.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import pl.innowacje.katalog.files.TextUnit;
import pl.innowacje.katalog.search.FacetLabels;
import pl.innowacje.katalog.search.SearchRequest;
import pl.innowacje.katalog.search.SearchResult;
import pl.innowacje.katalog.search.SearchService;
import pl.innowacje.katalog.system.PortalProperties;

/** The JSON contract of /api/search, in a web slice with the search itself mocked. */
@WebMvcTest(SearchApiController.class)
@EnableConfigurationProperties(PortalProperties.class)
@org.springframework.context.annotation.Import({pl.innowacje.katalog.system.SecurityConfig.class,
        pl.innowacje.katalog.system.CatalogueReadiness.class})
class SearchApiControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SearchService search;

    @MockitoBean
    FacetLabels labels;

    @Test
    void answersInTheAgreedShape() throws Exception {
        when(search.search(any())).thenReturn(new SearchResult(1, List.of(new SearchResult.Hit(7, "express",
                "Express do zatrudnienia", "PUBLISHED", List.of(
                        new SearchResult.Snippet("<mark>bezrobotnych</mark>", null, null, null, null),
                        new SearchResult.Snippet("str.", 3L, "Podręcznik", 5, TextUnit.PAGE)))),
                Map.of("area", List.of(new SearchResult.FacetValue("zatrudnienie", 1, null))), "bezrobotnych", false,
                false));
        when(labels.label(eq("area"), eq("zatrudnienie"), any())).thenReturn("Zatrudnienie");

        mvc.perform(get("/api/search").param("q", "bezrobotnyh").param("area", "zatrudnienie", "rzadzenie")
                        .param("sort", "newest").param("page", "2").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(header().exists("Server-Timing"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value(7))
                .andExpect(jsonPath("$.hits[0].slug").value("express"))
                .andExpect(jsonPath("$.hits[0].url").value("/rozwiazania/express"))
                .andExpect(jsonPath("$.hits[0].status").value("PUBLISHED"))
                .andExpect(jsonPath("$.hits[0].snippets[0].file").isEmpty())
                .andExpect(jsonPath("$.hits[0].snippets[0].page").isEmpty())
                .andExpect(jsonPath("$.hits[0].snippets[1].file").value(3))
                .andExpect(jsonPath("$.hits[0].snippets[1].page").value(5))
                .andExpect(jsonPath("$.hits[0].snippets[0].unit").isEmpty())
                .andExpect(jsonPath("$.hits[0].snippets[1].unit").value("page"))
                .andExpect(jsonPath("$.facets.area[0].value").value("zatrudnienie"))
                .andExpect(jsonPath("$.facets.area[0].label").value("Zatrudnienie"))
                .andExpect(jsonPath("$.facets.area[0].count").value(1))
                .andExpect(jsonPath("$.suggestion").value("bezrobotnych"));

        org.mockito.Mockito.verify(search).search(argThat(r -> r.page() == 2 && r.size() == 5
                && r.sort() == SearchRequest.Sort.NEWEST
                && r.filters().equals(Map.of("area", List.of("zatrudnienie", "rzadzenie")))));
    }

    @Test
    void aPassageFromAFileWithoutPagesKeepsTheSnippetKeysAndSaysItIsASection() throws Exception {
        when(search.search(any())).thenReturn(new SearchResult(1, List.of(new SearchResult.Hit(9, "rady",
                "Powiatowe rady zatrudnienia", "PUBLISHED", List.of(new SearchResult.Snippet(
                        "… <mark>posiedzenie</mark> rady …", 12L, "Poradnik dla członków rady", 3,
                        TextUnit.SECTION)))), Map.of(), null, false, false));

        mvc.perform(get("/api/search").param("q", "posiedzenie rady"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].snippets[0].text").value("… <mark>posiedzenie</mark> rady …"))
                .andExpect(jsonPath("$.hits[0].snippets[0].file").value(12))
                .andExpect(jsonPath("$.hits[0].snippets[0].page").value(3))
                .andExpect(jsonPath("$.hits[0].snippets[0].unit").value("section"))
                .andExpect(jsonPath("$.hits[0].snippets[0].length()").value(4));
    }

    @Test
    void badParametersAre400WithAMessageAndNeverReachTheIndex() throws Exception {
        mvc.perform(get("/api/search").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").isNotEmpty());
        mvc.perform(get("/api/search").param("sort", "random"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("sort must be relevance, newest, title or downloads"));
        verifyNoInteractions(search);
    }
}
