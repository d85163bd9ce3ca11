package pl.innowacje.katalog.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.client.OAIClient;
import io.gdcc.xoai.serviceprovider.exceptions.IdDoesNotExistException;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.GetRecordParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListIdentifiersParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.catalog.ReferenceWriter;
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.publishing.Action;
import pl.innowacje.katalog.publishing.Actor;
import pl.innowacje.katalog.publishing.Workflow;
import pl.innowacje.katalog.search.IndexFollower;

/**
 * A harvester's journey with an OAI-PMH client library the project did not write: every public record in pages of
 * five (so resumption tokens carry the harvest), one set, then a withdrawal seen as a deleted record by a harvest
 * from the day before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OaiHarvestTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("oai").toString();
        registry.add("portal.data-dir", () -> dir);
        registry.add("portal.oai.page-size", () -> "5");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Workflow workflow;

    @Autowired
    ReferenceWriter references;

    @Autowired
    IndexFollower index;

    private ServiceProvider harvester() {
        String base = "http://localhost:" + port + "/oai";
        OAIClient client = OAIClient.newBuilder().withBaseUrl(base).withRequestTimeout(Duration.ofSeconds(30)).build();
        return new ServiceProvider(new Context().withOAIClient(client).withBaseUrl(base)
                .withMetadataTransformer("oai_dc", Context.KnownTransformer.OAI_DC));
    }

    private static <T> List<T> all(java.util.Iterator<T> items) {
        List<T> out = new ArrayList<>();
        items.forEachRemaining(out::add);
        return out;
    }

    /** Public solutions by id, with their titles, as the database has them. */
    private Map<Long, String> publicTitles(String areaSlug) {
        Map<Long, String> out = new TreeMap<>();
        jdbc.sql("SELECT DISTINCT s.id, s.title FROM solution s JOIN solution_block sb ON sb.solution_id = s.id"
                + " JOIN thematic_block b ON b.id = sb.block_id JOIN area a ON a.id = b.area_id"
                + " WHERE s.status IN ('PUBLISHED', 'IN_DEVELOPMENT') AND a.slug LIKE ?")
                .param(areaSlug == null ? "%" : areaSlug).query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    private static long id(Header h) {
        return Long.parseLong(h.getIdentifier().replaceAll(".*/", ""));
    }

    @Test
    void aHarvesterGetsEveryPublicRecordThenSeesAWithdrawalAsADeletedRecord() throws Exception {
        ServiceProvider oai = harvester();
        assertThat(oai.identify().getDeletedRecord()).isEqualTo(DeletedRecord.PERSISTENT);

        Map<Long, String> expected = publicTitles(null);
        assertThat(expected.size()).as("more public solutions than one page").isGreaterThan(10);
        List<Record> records = all(oai.listRecords(ListRecordsParameters.request().withMetadataPrefix("oai_dc")));
        Map<Long, String> harvested = new TreeMap<>();
        for (Record r : records) {
            assertThat(r.getHeader().isDeleted()).isFalse();
            assertThat(r.getHeader().getIdentifier()).startsWith("oai:localhost:solution/");
            harvested.put(id(r.getHeader()), r.getMetadata().getXoaiMetadata().searcher().findOne("dc.title"));
        }
        assertThat(records).hasSize(expected.size());
        assertThat(harvested).isEqualTo(expected);

        String area = "zatrudnienie-i-integracja-spoleczna";
        List<Header> inArea = all(oai.listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc")
                .withSetSpec(area)));
        assertThat(inArea).extracting(OaiHarvestTest::id).containsExactlyInAnyOrderElementsOf(publicTitles(area).keySet());
        assertThat(inArea).allSatisfy(h -> assertThat(h.getSetSpecs()).contains(area)
                .anyMatch(s -> s.startsWith(area + ":")));

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        long withdrawn = expected.keySet().iterator().next();
        workflow.apply(withdrawn, Action.WITHDRAW, new Actor("koordynator", true, false, List.of()), "test OAI");
        List<Header> changed = all(oai.listIdentifiers(ListIdentifiersParameters.request()
                .withMetadataPrefix("oai_dc").withFrom(before)));
        assertThat(changed).extracting(OaiHarvestTest::id).contains(withdrawn);
        assertThat(changed.stream().filter(h -> id(h) == withdrawn).findFirst().orElseThrow().isDeleted()).isTrue();
        Record gone = oai.getRecord(GetRecordParameters.request().withIdentifier("oai:localhost:solution/" + withdrawn)
                .withMetadataFormatPrefix("oai_dc"));
        assertThat(gone.getHeader().isDeleted()).isTrue();
        assertThat(gone.getMetadata()).isNull();
        assertThat(all(oai.listRecords(ListRecordsParameters.request().withMetadataPrefix("oai_dc"))))
                .hasSize(expected.size()).filteredOn(r -> r.getHeader().isDeleted()).hasSize(1);

        assertThatThrownBy(() -> oai.getRecord(GetRecordParameters.request().withIdentifier("oai:localhost:solution/0")
                .withMetadataFormatPrefix("oai_dc"))).isInstanceOf(IdDoesNotExistException.class);
    }

    @Test
    void aRenamedTermChangesTheDatestampOfEveryRecordThatShowsIt() throws Exception {
        String code = jdbc.sql("""
                SELECT st.code FROM solution_term st JOIN solution s ON s.id = st.solution_id
                WHERE st.vocabulary = 'PROBLEM' AND s.status IN ('PUBLISHED', 'IN_DEVELOPMENT')
                GROUP BY st.code ORDER BY COUNT(*) DESC, st.code LIMIT 1""").query(String.class).single();
        List<Long> users = jdbc.sql("""
                SELECT s.id FROM solution_term st JOIN solution s ON s.id = st.solution_id
                WHERE st.vocabulary = 'PROBLEM' AND st.code = ? AND s.status IN ('PUBLISHED', 'IN_DEVELOPMENT')""")
                .param(code).query(Long.class).list();
        String labelEn = jdbc.sql("SELECT label_en FROM vocabulary_term WHERE vocabulary = 'PROBLEM' AND code = ?")
                .param(code).query(String.class).single();

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Thread.sleep(1100);
        assertThat(references.saveTerm(Vocabulary.PROBLEM, code, "Problem nazwany na nowo", labelEn)).isTrue();
        index.catchUp();

        List<Record> changed = all(harvester().listRecords(ListRecordsParameters.request()
                .withMetadataPrefix("oai_dc").withFrom(before.plusSeconds(1))));
        List<Record> shown = changed.stream().filter(r -> !r.getHeader().isDeleted()).toList();
        assertThat(shown).extracting(r -> id(r.getHeader())).containsExactlyInAnyOrderElementsOf(users);
        assertThat(shown).allSatisfy(r -> assertThat(r.getMetadata().getXoaiMetadata().searcher()
                .findAll("dc.subject")).contains("Problem nazwany na nowo"));
    }
}
