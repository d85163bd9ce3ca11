package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.publishing.Actor;

/**
 * {@code --import=PATH [--dry-run] [--report=FILE.csv]}: checks or imports a package from the command line, with
 * an administrator's rights, prints a line per record and exits: 0 when every record was taken, 1 when any was
 * rejected or the package failed (and then nothing was imported).
 */
@Component
@Order(20)
class ImportCommand implements ApplicationRunner {

    static final String OPTION = "import";
    /** How the history names changes made from the command line. */
    static final String BY = "import";

    private final PackageImport imports;
    private final ConfigurableApplicationContext context;

    ImportCommand(PackageImport imports, ConfigurableApplicationContext context) {
        this.imports = imports;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!args.containsOption(OPTION)) {
            return;
        }
        List<String> values = args.getOptionValues(OPTION);
        if (values.size() != 1 || values.get(0).isBlank()) {
            System.err.println("--import needs one path: --import=PATH (a folder, a .zip, a .csv or an .xlsx)");
            System.exit(SpringApplication.exit(context, () -> 2));
        }
        Path source = Path.of(values.get(0));
        boolean dryRun = args.containsOption("dry-run");
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        LoadReport report = imports.run(source, name, new Actor(BY, true, false, List.of()), dryRun);
        for (List<String> row : ReportTable.rows(report, name)) {
            String reason = row.get(4).isEmpty() ? row.get(6) : row.get(4) + ": " + row.get(6);
            System.out.println(String.join("\t", row.get(3), row.get(1), row.get(2), row.get(0), reason,
                    row.get(8)).stripTrailing());
        }
        System.out.printf(Locale.ROOT, "%s %s: created %d, updated %d, unchanged %d, rejected %d%s%n",
                dryRun ? "Dry run of" : "Import of", name, report.created(), report.updated(), report.unchanged(),
                report.rejected(), report.failed() ? "; nothing was imported" : dryRun ? "; nothing was changed" : "");
        if (args.containsOption("report")) {
            try (OutputStream out = Files.newOutputStream(Path.of(args.getOptionValues("report").get(0)))) {
                ReportTable.csv(report, name, out);
            }
        }
        int code = report.failed() || report.rejected() > 0 ? 1 : 0;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
