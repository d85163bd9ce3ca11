package pl.innowacje.katalog.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.system.CatalogueReadiness;

/**
 * Before anything else runs: brings the index in line with the database. With {@code --reindex} it rebuilds the
 * index from the database and exits, which is the one command to recover or re-analyse an index.
 */
@Component
@Order(5)
class IndexStartup implements ApplicationRunner {

    private final IndexFollower follower;
    private final ConfigurableApplicationContext context;
    private final CatalogueReadiness readiness;

    IndexStartup(IndexFollower follower, ConfigurableApplicationContext context, CatalogueReadiness readiness) {
        this.follower = follower;
        this.context = context;
        this.readiness = readiness;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (args.containsOption("reindex")) {
            IndexFollower.RebuildReport report = follower.rebuild();
            follower.catchUp();
            System.out.printf("Index rebuilt: %d solutions in %.1f s, %d bytes on disk%n", report.solutions(),
                    report.took().toMillis() / 1000.0, report.indexBytes());
            System.exit(SpringApplication.exit(context, () -> 0));
        }
        follower.start();
        readiness.indexReady();
    }
}
