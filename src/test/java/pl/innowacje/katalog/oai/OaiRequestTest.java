package pl.innowacje.katalog.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The protocol's rules for arguments, each refused with the error code OAI-PMH 2.0 gives it. */
class OaiRequestTest {

    private static Map<String, String[]> params(String... pairs) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.merge(pairs[i], new String[] {pairs[i + 1]}, (a, b) -> new String[] {a[0], b[0]});
        }
        return out;
    }

    private static String code(String... pairs) {
        try {
            OaiRequest.of(params(pairs));
            return "accepted";
        } catch (OaiError e) {
            return e.code();
        }
    }

    @Test
    void aMissingUnknownOrRepeatedVerbIsBadVerb() {
        assertThat(code()).isEqualTo("badVerb");
        assertThat(code("verb", "ListEverything")).isEqualTo("badVerb");
        assertThat(code("verb", "Identify", "verb", "Identify")).isEqualTo("badVerb");
    }

    @Test
    void argumentsTheVerbDoesNotTakeOrLacksAreBadArguments() {
        assertThat(code("verb", "Identify", "set", "x")).isEqualTo("badArgument");
        assertThat(code("verb", "GetRecord", "identifier", "oai:x:solution/1")).isEqualTo("badArgument");
        assertThat(code("verb", "ListRecords")).isEqualTo("badArgument");
        assertThat(code("verb", "ListRecords", "metadataPrefix", "oai_dc", "metadataPrefix", "oai_dc"))
                .isEqualTo("badArgument");
        assertThat(code("verb", "ListRecords", "resumptionToken", "t", "metadataPrefix", "oai_dc"))
                .isEqualTo("badArgument");
        assertThat(code("verb", "GetRecord", "resumptionToken", "t")).isEqualTo("badArgument");
        assertThat(code("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "a:b", "from", "2020-01-01"))
                .isEqualTo("accepted");
    }

    @Test
    void datesAreDaysOrSecondsInUtcTheSameOnBothEndsAndInOrder() {
        assertThat(code("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2020-13-01")).isEqualTo("badArgument");
        assertThat(code("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2020-01-01T10:00:00+01:00"))
                .isEqualTo("badArgument");
        assertThat(code("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2020-01-01",
                "until", "2020-02-01T00:00:00Z")).isEqualTo("badArgument");
        assertThat(code("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2020-02-02", "until", "2020-02-01"))
                .isEqualTo("badArgument");
        OaiRequest sameDay = OaiRequest.of(params("verb", "ListRecords", "metadataPrefix", "oai_dc",
                "from", "2020-02-01", "until", "2020-02-01"));
        assertThat(sameDay.from()).isEqualTo(Instant.parse("2020-02-01T00:00:00Z"));
        assertThat(sameDay.until()).as("until includes its whole day").isEqualTo(Instant.parse("2020-02-02T00:00:00Z"));
        OaiRequest seconds = OaiRequest.of(params("verb", "ListRecords", "metadataPrefix", "oai_dc",
                "until", "2020-02-01T10:00:00Z"));
        assertThat(seconds.until()).isEqualTo(Instant.parse("2020-02-01T10:00:01Z"));
    }

    @Test
    void aResumptionTokenComesBackAsIssuedAndAForgedOneIsRefused() {
        ResumptionToken token = new ResumptionToken("area:block", Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2026-12-02T10:00:01Z"), 42, 100);
        assertThat(ResumptionToken.decode(token.encode())).isEqualTo(token);
        ResumptionToken whole = new ResumptionToken(null, null, Instant.parse("2026-12-02T10:00:01Z"), 0, 0);
        assertThat(ResumptionToken.decode(whole.encode())).isEqualTo(whole);
        for (String forged : new String[] {"", "abc", "MXx8fA", token.encode() + "x", "!!!"}) {
            assertThatThrownBy(() -> ResumptionToken.decode(forged)).as(forged).isInstanceOf(OaiError.class)
                    .extracting(e -> ((OaiError) e).code()).isEqualTo("badResumptionToken");
        }
    }
}
