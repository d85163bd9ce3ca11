package pl.innowacje.katalog.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.StaffBrowser;
import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.SolutionRecords;
import pl.innowacje.katalog.catalog.SolutionWriter;
import pl.innowacje.katalog.catalog.Status;

/**
 * An NGO follows a block by e-mail through a real SMTP server: subscribe on the block's page, confirm from the
 * message, a solution is published in the block, the digest arrives with its unsubscribe link, one click ends it.
 * Addresses left unconfirmed go after 48 hours; bad addresses are refused and stored nowhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.content.load-on-start=true", "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025", "portal.base-url=http://portal.example"})
class AlertJourneyTest {

    static final String BLOCK = "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej";
    private static final Pattern LINK = Pattern.compile("http://portal\\.example(/powiadomienia/(potwierdz|wypisz)/"
            + "[0-9a-f]{64})");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("alerts").toString();
        registry.add("portal.data-dir", () -> dir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Digests digests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SolutionWriter writer;

    @Autowired
    SolutionRecords records;

    private HttpResponse<String> subscribe(StaffBrowser browser, String email) throws Exception {
        return browser.post("/powiadomienia", Map.of("email", email,
                "kanal", "/bloki/" + BLOCK + ".atom", "czestotliwosc", "DAILY"));
    }

    private static String link(MimeMessage message) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
        assertThat(m.find()).as("a link in %s", GreenMailUtil.getBody(message)).isTrue();
        return m.group(1);
    }

    @Test
    void subscribeConfirmReceiveTheDigestOfANewSolutionAndUnsubscribeWithOneClick() throws Exception {
        StaffBrowser visitor = new StaffBrowser(port);
        HttpResponse<String> page = visitor.get("/bloki/" + BLOCK);
        assertThat(Jsoup.parse(page.body()).select("form[action=/powiadomienia] input[name=kanal]").val())
                .isEqualTo("/bloki/" + BLOCK + ".atom");
        assertThat(page.headers().firstValue("Set-Cookie")).as("no session for a reader").isEmpty();
        HttpResponse<String> asked = subscribe(visitor, "fundacja@ngo.example");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(asked.body()).select("p.notice").text()).startsWith("Jeśli ten adres");

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage confirmation = smtp.getReceivedMessages()[0];
        assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo("fundacja@ngo.example");
        assertThat(confirmation.getSubject()).startsWith("Potwierdź powiadomienia: Blok „");
        String confirm = link(confirmation);
        String leave = confirm.replace("/potwierdz/", "/wypisz/");
        assertThat(GreenMailUtil.getBody(confirmation).replace("=\r\n", "")).as("a way out in every message")
                .contains("http://portal.example" + leave);
        assertThat(confirmation.getHeader("List-Unsubscribe")[0]).isEqualTo("<http://portal.example" + leave + ">");
        assertThat(subscribe(visitor, "fundacja@ngo.example").statusCode()).as("asked again").isEqualTo(200);
        assertThat(smtp.getReceivedMessages()).as("no second message within ten minutes").hasSize(1);

        StaffBrowser reader = new StaffBrowser(port);
        assertThat(Jsoup.parse(reader.get(confirm).body()).select("main form button").text()).isEqualTo("Potwierdzam");
        HttpResponse<String> confirmed = reader.post(confirm, Map.of());
        assertThat(Jsoup.parse(confirmed.body()).select("p.notice").text()).startsWith("Potwierdzono");

        Instant start = Instant.now();
        assertThat(digests.run(start.plus(Duration.ofDays(2))).sent()).as("nothing new yet").isZero();
        jdbc.sql("UPDATE alert_subscription SET sent_up_to = NULL").update();
        publishNewSolutionInTheBlock();
        Digests.Run run = digests.run(Instant.now().plus(Duration.ofDays(1)));
        assertThat(run.sent()).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage digest = smtp.getReceivedMessages()[1];
        assertThat(digest.getSubject()).endsWith(": 1 nowe rozwiązanie");
        assertThat(GreenMailUtil.getBody(digest)).contains("Model z powiadomienia")
                .contains("http://portal.example/rozwiazania/model-z-powiadomienia");
        String unsubscribe = link(digest);
        assertThat(digest.getHeader("List-Unsubscribe")[0]).isEqualTo("<http://portal.example" + unsubscribe + ">");
        assertThat(digest.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(digests.run(Instant.now().plus(Duration.ofDays(3))).sent()).as("the same news once").isZero();

        // A mail program's one-click unsubscribe: a POST without a session or a form token.
        HttpResponse<String> gone = new StaffBrowser(port).post(unsubscribe, Map.of("List-Unsubscribe", "One-Click"));
        assertThat(gone.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM alert_subscription WHERE email = 'fundacja@ngo.example'")
                .query(Long.class).single()).isZero();
        assertThat(new StaffBrowser(port).get(unsubscribe).statusCode()).isEqualTo(404);
    }

    @Test
    void aDigestListsEverySolutionThatBecamePublicEvenMoreThanTheFeedShows() throws Exception {
        StaffBrowser visitor = new StaffBrowser(port);
        assertThat(subscribe(visitor, "siec@ngo.example").statusCode()).isEqualTo(200);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        new StaffBrowser(port).post(link(smtp.getReceivedMessages()[0]), Map.of());
        try {
            for (int i = 1; i <= 55; i++) {
                publishInTheBlock("model-seria-" + i, "Model z serii " + i);
            }
            assertThat(digests.run(Instant.now().plus(Duration.ofDays(1))).sent()).isEqualTo(1);
            assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
            MimeMessage digest = smtp.getReceivedMessages()[1];
            assertThat(digest.getSubject()).endsWith(": 55 nowych rozwiązań");
            String body = GreenMailUtil.getBody(digest).replace("=\r\n", "");
            for (int i = 1; i <= 55; i++) {
                assertThat(body).contains("http://portal.example/rozwiazania/model-seria-" + i + "\r\n");
            }
        } finally {
            jdbc.sql("DELETE FROM alert_subscription WHERE email = 'siec@ngo.example'").update();
        }
    }

    @Test
    void anUnconfirmedAddressIsGoneWithin48HoursAndABadOneIsNeverStored() throws Exception {
        StaffBrowser visitor = new StaffBrowser(port);
        assertThat(subscribe(visitor, "to nie jest adres").statusCode()).isEqualTo(400);
        assertThat(subscribe(visitor, "ktos@ngo.example").statusCode()).isEqualTo(200);
        jdbc.sql("UPDATE alert_subscription SET created_at = ? WHERE email = 'ktos@ngo.example'")
                .param(Timestamp.from(Instant.now().minus(Duration.ofHours(47).plusMinutes(50)))).update();
        assertThat(digests.run(Instant.now()).purged()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM alert_subscription WHERE email IN ('ktos@ngo.example', "
                + "'to nie jest adres')").query(Long.class).single()).isZero();
    }

    private void publishNewSolutionInTheBlock() {
        publishInTheBlock("model-z-powiadomienia", "Model z powiadomienia");
    }

    private void publishInTheBlock(String slug, String title) {
        Inputs.Solution s = records.load(records.standing("mapa-problemow-spolecznych").orElseThrow().id())
                .orElseThrow();
        writer.put(new Inputs.Solution(slug, title, null,
                "Nowy model wsparcia w bloku.", null, null, "Opis.", Status.PUBLISHED, null, null, BLOCK, List.of(),
                null, null, null, "pl", null, List.of(), null, s.verification(), Map.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null), "koordynatorka", null);
    }
}
