package pl.innowacje.katalog.files;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import pl.innowacje.katalog.system.PortalProperties;

/** The file store that {@code portal.files.store} chooses (see {@link PortalProperties.Storage}). */
@Configuration(proxyBeanMethods = false)
class FileStores {

    private static final Logger log = LoggerFactory.getLogger(FileStores.class);

    @Bean
    FileStore fileStore(PortalProperties properties, JdbcTemplate jdbc, TransactionTemplate tx) {
        LocalFileStore local = new LocalFileStore(properties.filesDir());
        return properties.files().inDatabase()
                ? new DatabaseFileStore(local, jdbc, tx, properties.files().chunkSize()) : local;
    }

    /**
     * Once the portal is up, files that a node stored before the store moved to the database are copied in, off the
     * request path; until then the node that has them still serves them.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> copyLocalFilesToDatabase(FileStore store) {
        return ready -> {
            if (store instanceof DatabaseFileStore database) {
                Thread copying = new Thread(() -> {
                    try {
                        int copied = database.copyMissing();
                        if (copied > 0) {
                            log.info("copied {} stored files from this node's folder into the database", copied);
                        }
                    } catch (IOException | RuntimeException e) {
                        log.warn("could not copy this node's stored files into the database: {}", e.toString());
                    }
                }, "files-to-database");
                copying.setDaemon(true);
                copying.start();
            }
        };
    }
}
