package pl.innowacje.katalog.importing;

import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.catalog.ChangeLog;
import pl.innowacje.katalog.system.CatalogueReadiness;
import pl.innowacje.katalog.system.PortalProperties;

/** Loads the shipped catalogue at start-up; unchanged records are skipped, so every start after the first is quick. */
@Component
@Order(10)
class ContentStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContentStartup.class);

    private final ContentLoader loader;
    private final ChangeLog changeLog;
    private final PortalProperties properties;
    private final CatalogueReadiness readiness;

    ContentStartup(ContentLoader loader, ChangeLog changeLog, PortalProperties properties,
            CatalogueReadiness readiness) {
        this.loader = loader;
        this.changeLog = changeLog;
        this.properties = properties;
        this.readiness = readiness;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            load(args);
        } finally {
            // Loaded, or failed with its reason logged: either way the node serves what the database holds, once
            // its index has it.
            readiness.contentLoaded(changeLog.lastId());
        }
    }

    private void load(ApplicationArguments args) {
        // One-off commands work on the database as it is.
        if (args.containsOption("reindex") || args.containsOption(ImportCommand.OPTION)
                || args.containsOption("export") || !properties.content().loadOnStart()) {
            return;
        }
        if (!Files.isDirectory(properties.content().dir())) {
            log.info("no content folder at {}; nothing to load", properties.content().dir().toAbsolutePath());
            return;
        }
        loader.load(properties.content().dir());
    }
}
