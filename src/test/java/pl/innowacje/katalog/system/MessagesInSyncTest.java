package pl.innowacje.katalog.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text exists in Polish and in English: a key added to one bundle and not the other fails here. */
class MessagesInSyncTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesInSyncTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void polishAndEnglishHaveTheSameKeys() throws Exception {
        Properties pl = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(pl.stringPropertyNames());
        assertThat(pl.stringPropertyNames()).allSatisfy(k -> assertThat(pl.getProperty(k)).isNotBlank());
    }
}
