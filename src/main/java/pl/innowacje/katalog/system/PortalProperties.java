package pl.innowacje.katalog.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Every setting of the portal that is not Spring's own, under the prefix {@code portal}. */
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Content content,
        @DefaultValue Extraction extraction,
        @DefaultValue Search search) {

    /** Where the shipped catalogue lives and whether the start-up loads it. */
    public record Content(@DefaultValue("./content") Path dir, @DefaultValue("true") boolean loadOnStart) {
    }

    /**
     * Limits of one parse. They are large on purpose: whole handbooks must be read, not their first pages, while a
     * hostile file still ends in a recorded failure instead of a hung or dead portal.
     */
    public record Extraction(
            @DefaultValue("120s") Duration timeout,
            @DefaultValue("50000000") int maxCharacters,
            @DefaultValue("3000") int charactersPerSection,
            @DefaultValue("2") int threads) {
    }

    /** Where the index lives and how often it looks for changes written by other nodes. */
    public record Search(@DefaultValue("") String indexDir, @DefaultValue("1s") Duration pollInterval) {
    }

    public Path indexDir() {
        return search.indexDir().isBlank() ? dataDir.resolve("index") : Path.of(search.indexDir());
    }

    public Path filesDir() {
        return dataDir.resolve("files");
    }
}
