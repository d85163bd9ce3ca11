package pl.innowacje.katalog.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.system.NotFound;

/**
 * {@code --export=FILE.zip [--area=SLUG | --block=SLUG]}: writes the catalogue (or an area or a block) as a package
 * in the content format and exits: 0 when written, 1 when the area or block does not exist. The file appears whole
 * or not at all.
 */
@Component
@Order(20)
class ExportCommand implements ApplicationRunner {

    static final String OPTION = "export";

    private final CatalogueExport export;
    private final ConfigurableApplicationContext context;

    ExportCommand(CatalogueExport export, ConfigurableApplicationContext context) {
        this.export = export;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!args.containsOption(OPTION)) {
            return;
        }
        Path target = Path.of(args.getOptionValues(OPTION).get(0)).toAbsolutePath();
        CatalogueExport.Scope scope = new CatalogueExport.Scope(value(args, "area"), value(args, "block"));
        Path temp = Files.createTempFile(target.getParent(), ".export-", ".part");
        int code = 0;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                export.write(scope, out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf("Exported to %s (%d bytes)%n", target, Files.size(target));
        } catch (NotFound e) {
            System.err.println("No such area or block: " + (scope.blockSlug() != null ? scope.blockSlug()
                    : scope.areaSlug()));
            code = 1;
        } finally {
            Files.deleteIfExists(temp);
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private static String value(ApplicationArguments args, String name) {
        return args.containsOption(name) ? args.getOptionValues(name).get(0) : null;
    }
}
