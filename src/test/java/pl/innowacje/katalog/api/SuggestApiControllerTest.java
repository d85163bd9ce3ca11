package pl.innowacje.katalog.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import pl.innowacje.katalog.search.Suggestions;
import pl.innowacje.katalog.system.PortalProperties;

/** The JSON contract of /api/suggest, in a web slice with the suggester mocked. */
@WebMvcTest(SuggestApiController.class)
@EnableConfigurationProperties(PortalProperties.class)
@org.springframework.context.annotation.Import({pl.innowacje.katalog.system.SecurityConfig.class,
        pl.innowacje.katalog.system.CatalogueReadiness.class})
class SuggestApiControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Suggestions suggestions;

    @Test
    void answersInTheAgreedShape() throws Exception {
        when(suggestions.suggest(eq("wspol"), any())).thenReturn(List.of(
                new Suggestions.Suggestion("Współpraca instytucji", Suggestions.Kind.BLOCK, "/bloki/wspolpraca"),
                new Suggestions.Suggestion("Powiatowy urząd pracy (PUP)", Suggestions.Kind.TERM, "/szukaj?user=PUP"),
                new Suggestions.Suggestion("współpraca", Suggestions.Kind.WORD, "/szukaj?q=wsp%C3%B3%C5%82praca")));

        mvc.perform(get("/api/suggest").param("q", "wspol").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(header().exists("Server-Timing"))
                .andExpect(jsonPath("$.suggestions.length()").value(3))
                .andExpect(jsonPath("$.suggestions[0].text").value("Współpraca instytucji"))
                .andExpect(jsonPath("$.suggestions[0].kind").value("block"))
                .andExpect(jsonPath("$.suggestions[0].url").value("/bloki/wspolpraca"))
                .andExpect(jsonPath("$.suggestions[1].kind").value("term"))
                .andExpect(jsonPath("$.suggestions[1].url").value("/szukaj?user=PUP"))
                .andExpect(jsonPath("$.suggestions[2].kind").value("word"))
                .andExpect(jsonPath("$.suggestions[2].*").isArray())
                .andExpect(jsonPath("$.suggestions[2].length()").value(3));
        verify(suggestions).suggest("wspol", Locale.ENGLISH);
    }

    @Test
    void withoutLangTheReadersLanguageIsUsedAndPolishIsTheDefault() throws Exception {
        when(suggestions.suggest(any(), any())).thenReturn(List.of());
        mvc.perform(get("/api/suggest").param("q", "wspol"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions").isEmpty());
        verify(suggestions).suggest("wspol", Locale.forLanguageTag("pl"));
    }

    @Test
    void aMissingPrefixOrAnUnknownLanguageIs400AndNeverReachesTheIndex() throws Exception {
        mvc.perform(get("/api/suggest"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.error").value("q is required"));
        mvc.perform(get("/api/suggest").param("q", "wspol").param("lang", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("lang must be pl or en"));
        verifyNoInteractions(suggestions);
    }
}
