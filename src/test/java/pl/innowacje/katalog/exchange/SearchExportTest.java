package pl.innowacje.katalog.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.innowacje.katalog.JourneyTestSupport.encode;
import static pl.innowacje.katalog.JourneyTestSupport.get;
import static pl.innowacje.katalog.JourneyTestSupport.getBytes;
import static pl.innowacje.katalog.JourneyTestSupport.json;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.ShippedCatalogueHttp;
import tools.jackson.databind.JsonNode;

/** A researcher downloads a search from the search page: the file holds the search's solutions in its order. */
class SearchExportTest extends ShippedCatalogueHttp {

    private static final String SEARCH = "q=aktywizacja&user=PUP&sort=relevance";

    private List<String> slugsOfTheSearch() throws Exception {
        List<String> slugs = new ArrayList<>();
        json(get(port, "/api/search?" + SEARCH + "&size=100").body()).get("hits")
                .forEach(h -> slugs.add(h.get("slug").asString()));
        assertThat(slugs).isNotEmpty();
        return slugs;
    }

    @Test
    void theSearchPageLinksToItsResultsInThreeFormatsWithItsFilters() throws Exception {
        Document page = page("/szukaj?" + SEARCH + "&page=1");
        List<String> links = page.select("p.download a").eachAttr("href");
        assertThat(links).hasSize(3);
        assertThat(links.get(0)).startsWith("/szukaj.csv?").contains("q=aktywizacja", "user=PUP")
                .doesNotContain("page=");
        assertThat(links.get(1)).startsWith("/szukaj.xlsx?");
        assertThat(links.get(2)).startsWith("/api/search?").contains("format=json");
        for (String link : links) {
            assertThat(get(port, link).statusCode()).as(link).isEqualTo(200);
        }
    }

    @Test
    void csvXlsxAndJsonHoldTheSameSolutionsAsTheSearchInItsOrder() throws Exception {
        List<String> expected = slugsOfTheSearch();

        HttpResponse<byte[]> csv = getBytes(port, "/szukaj.csv?" + SEARCH + "&page=2&size=1");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment",
                "wyniki-wyszukiwania.csv");
        assertThat(csv.headers().firstValue("X-Total-Count").orElse("")).isEqualTo(Integer.toString(expected.size()));
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records.stream().map(r -> r.get("slug")).toList()).isEqualTo(expected);
        assertThat(records.get(0).get("url")).isEqualTo("http://localhost:8080/rozwiazania/" + expected.get(0));
        assertThat(records.get(0).get("users")).contains("Powiatowy urząd pracy");

        HttpResponse<byte[]> xlsx = getBytes(port, "/szukaj.xlsx?" + SEARCH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> slugs = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                slugs.add(sheet.getRow(r).getCell(ExportRow.COLUMNS.indexOf("slug")).getStringCellValue());
            }
            assertThat(slugs).isEqualTo(expected);
        }

        JsonNode body = json(get(port, "/api/search?" + SEARCH + "&format=json").body());
        assertThat(body.get("total").asLong()).isEqualTo(expected.size());
        assertThat(body.get("truncated").asBoolean()).isFalse();
        List<String> slugs = new ArrayList<>();
        body.get("rows").forEach(r -> slugs.add(r.get("slug").asString()));
        assertThat(slugs).isEqualTo(expected);
    }

    @Test
    void aRowHoldsTheCardsResultsComponentsGoalEnglishSummaryAndContact() throws Exception {
        HttpResponse<byte[]> csv = getBytes(port, "/szukaj.csv?q=" + encode("Express do zatrudnienia"));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8).substring(1))).getRecords();
        CSVRecord express = records.stream().filter(r -> r.get("slug").equals("express-do-zatrudnienia"))
                .findFirst().orElseThrow();
        assertThat(express.get("results")).isEqualTo("Uczestnicy – osoby długotrwale bezrobotne: 1000 osób; "
                + "Uczestnicy, którzy podjęli pracę: 350 osób; "
                + "Zatrudnieni, którzy utrzymali pracę przez co najmniej 6 miesięcy: 72 %");
        assertThat(express.get("components")).startsWith("Model zlecania usług aktywizacyjnych; "
                + "Zasady wynagradzania operatora za efekty; ");
        assertThat(express.get("goal")).startsWith("Sprawdzić, czy powierzenie aktywizacji");
        assertThat(express.get("summary_en")).startsWith("A pilot of contracting the activation");
        assertThat(express.get("contact")).isEqualTo("Koordynator bloku – współpraca instytucji, Wojewódzki Urząd "
                + "Pracy w Krakowie, koordynator.express@katalog-innowacji.example");
        assertThat(Long.parseLong(express.get("downloads"))).isNotNegative();
    }

    @Test
    void theSearchApiWithoutFormatKeepsItsShapeAndABadSearchIsRefusedWithItsReason() throws Exception {
        assertThat(json(get(port, "/api/search?" + SEARCH).body()).has("hits")).isTrue();
        HttpResponse<String> bad = get(port, "/szukaj.csv?sort=losowo");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad.body()).get("error").asString()).contains("sort");
    }
}
