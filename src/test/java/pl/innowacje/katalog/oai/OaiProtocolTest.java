package pl.innowacje.katalog.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.validation.Schema;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.ShippedCatalogueHttp;

/**
 * Every verb and every error of OAI-PMH 2.0 on the shipped catalogue, each response valid against the protocol's
 * schema (see {@link OaiSchemas}) and answered 200, as the protocol wants errors to be.
 */
class OaiProtocolTest extends ShippedCatalogueHttp {

    private static Schema schema;

    @BeforeAll
    static void schema() throws Exception {
        schema = OaiSchemas.load();
    }

    /** The response to {@code query}, after checking that it is valid OAI-PMH. */
    private Document oai(String query) throws Exception {
        HttpResponse<byte[]> response = JourneyTestSupport.getBytes(port, "/oai?" + query);
        return checked(query, response);
    }

    private static Document checked(String query, HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        assertThat(OaiSchemas.problems(schema, response.body())).as(query).isEmpty();
        Document xml = Jsoup.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), "",
                Parser.xmlParser());
        for (Element e : xml.getAllElements()) {
            if (e.hasAttr("xml:lang")) {
                assertThat(e.attr("xml:lang")).as(query).isIn("pl", "en");
            }
        }
        return xml;
    }

    private String error(String query) throws Exception {
        Element error = oai(query).selectFirst("error");
        return error == null ? "none" : error.attr("code");
    }

    @Test
    void identifyNamesTheRepositoryAndItsDeletedRecordPolicy() throws Exception {
        Document identify = oai("verb=Identify");
        assertThat(identify.selectFirst("Identify > baseURL").text()).isEqualTo("http://localhost:8080/oai");
        assertThat(identify.selectFirst("deletedRecord").text()).isEqualTo("persistent");
        assertThat(identify.selectFirst("request").attr("verb")).isEqualTo("Identify");
        assertThat(oai("verb=ListMetadataFormats").select("metadataFormat metadataPrefix").eachText())
                .containsExactly("oai_dc");
    }

    @Test
    void aListIsHarvestedWholeThroughItsResumptionTokens() throws Exception {
        Document first = oai("verb=ListIdentifiers&metadataPrefix=oai_dc");
        long total = JourneyTestSupport.json(JourneyTestSupport.get(port, "/api/search?q=&size=1").body())
                .get("total").asLong();
        List<String> identifiers = new ArrayList<>(first.select("header > identifier").eachText());
        Element token = first.selectFirst("resumptionToken");
        // The shipped catalogue fits one page of 100; the tokens are exercised in OaiHarvestTest.
        assertThat(token).isNull();
        assertThat(identifiers).hasSize((int) total).doesNotHaveDuplicates();
        Document records = oai("verb=ListRecords&metadataPrefix=oai_dc&set=zatrudnienie-i-integracja-spoleczna");
        assertThat(records.select("record")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.select("header > setSpec").eachText()).contains("zatrudnienie-i-integracja-spoleczna");
            assertThat(r.selectFirst("metadata dc|title").text()).isNotBlank();
            assertThat(r.selectFirst("metadata dc|identifier").text()).startsWith("http://localhost:8080/rozwiazania/");
        });
    }

    @Test
    void aRecordCarriesItsDublinCoreAndItsSets() throws Exception {
        String id = oai("verb=ListIdentifiers&metadataPrefix=oai_dc").selectFirst("header > identifier").text();
        Document record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + id);
        assertThat(record.selectFirst("request").attr("identifier")).isEqualTo(id);
        Element dc = record.selectFirst("metadata > oai_dc|dc");
        assertThat(dc.select("dc|title[xml:lang=pl]")).hasSize(1);
        for (String element : List.of("creator", "subject", "description", "publisher", "date", "type", "identifier",
                "language", "coverage", "rights")) {
            assertThat(dc.select("dc|" + element)).as(element).isNotEmpty();
        }
        assertThat(record.select("header > setSpec").eachText()).anyMatch(s -> s.contains(":"));
        assertThat(oai("verb=ListSets").select("set > setSpec").eachText())
                .contains("zatrudnienie-i-integracja-spoleczna")
                .anyMatch(s -> s.startsWith("zatrudnienie-i-integracja-spoleczna:"));
    }

    @Test
    void everyErrorOfTheProtocolIsAnsweredWithItsCode() throws Exception {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("verb=Harvest", "badVerb");
        expected.put("", "badVerb");
        expected.put("verb=Identify&verb=Identify", "badVerb");
        expected.put("verb=Identify&set=x", "badArgument");
        expected.put("verb=ListRecords", "badArgument");
        expected.put("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2020-01-01T00:00:00Z",
                "badArgument");
        expected.put("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument");
        expected.put("verb=GetRecord&metadataPrefix=oai_dc", "badArgument");
        expected.put("verb=ListRecords&resumptionToken=bm90LWEtdG9rZW4", "badResumptionToken");
        expected.put("verb=ListSets&resumptionToken=abc", "badResumptionToken");
        expected.put("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat");
        expected.put("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:solution/999999", "idDoesNotExist");
        expected.put("verb=ListMetadataFormats&identifier=oai:elsewhere:1", "idDoesNotExist");
        expected.put("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2100-01-01", "noRecordsMatch");
        expected.put("verb=ListIdentifiers&metadataPrefix=oai_dc&set=no-such-area", "noRecordsMatch");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(error(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(oai("verb=Harvest").selectFirst("request").attributes().size())
                .as("a malformed request is echoed without its arguments").isZero();
    }

    @Test
    void theSchemaRefusesWhatTheProtocolForbids() throws Exception {
        String head = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>2026-12-02T10:00:00Z"
                + "</responseDate><request verb=\"GetRecord\">http://localhost:8080/oai</request><GetRecord><record>"
                + "<header><identifier>oai:localhost:solution/1</identifier><datestamp>";
        String valid = head + "2026-12-02T10:00:00Z</datestamp></header><metadata><oai_dc:dc xmlns:oai_dc=\""
                + OaiXml.OAI_DC + "\" xmlns:dc=\"" + OaiXml.DC + "\"><dc:title xml:lang=\"pl\">T</dc:title>"
                + "</oai_dc:dc></metadata></record></GetRecord></OAI-PMH>";
        assertThat(OaiSchemas.problems(schema, valid.getBytes())).isEmpty();
        assertThat(OaiSchemas.problems(schema, valid.replace("2026-12-02T10:00:00Z</datestamp>",
                "2026-12-02T11:00:00+01:00</datestamp>").getBytes())).as("a datestamp not in UTC").isNotEmpty();
        assertThat(OaiSchemas.problems(schema, valid.replace("dc:title", "dc:author").getBytes()))
                .as("an element Dublin Core does not have").isNotEmpty();
        assertThat(OaiSchemas.problems(schema, valid.replace("<header>", "<header status=\"gone\">").getBytes()))
                .as("a status other than deleted").isNotEmpty();
    }

    @Test
    void aHarvesterMayPostItsRequestAsAForm() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/oai"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("verb=ListSets")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(checked("POST verb=ListSets", response).select("set")).isNotEmpty();
    }
}
