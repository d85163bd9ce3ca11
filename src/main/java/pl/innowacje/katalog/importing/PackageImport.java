package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import pl.innowacje.katalog.catalog.ChangeLog;
import pl.innowacje.katalog.catalog.SolutionRecords;
import pl.innowacje.katalog.catalog.SolutionWriter;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.files.StoredFiles;
import pl.innowacje.katalog.publishing.Actor;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * Imports a package: a folder or ZIP in the content format, or a spreadsheet manifest (CSV or XLSX) with the files it
 * names. All of it is written in one transaction, each record in a savepoint so that every row is checked and
 * reported; when any record is rejected, or anything fails, the transaction is rolled back and the files the package
 * added are removed, so the catalogue is exactly as it was. A dry run does the same and always rolls back.
 */
@Service
public class PackageImport {

    private static final Logger log = LoggerFactory.getLogger(PackageImport.class);
    /** The columns a spreadsheet manifest may have (import/README.md says what each holds). */
    public static final List<String> SHEET_COLUMNS = SheetSolutions.COLUMNS;

    private final ContentLoader loader;
    private final SolutionWriter solutions;
    private final SolutionRecords records;
    private final StoredFiles files;
    private final Vocabularies vocabularies;
    private final ChangeLog changeLog;
    private final PortalProperties properties;
    private final TransactionTemplate whole;
    private final TransactionTemplate savepoint;
    private final SheetSolutions sheets;

    PackageImport(ContentLoader loader, SolutionWriter solutions, SolutionRecords records, StoredFiles files,
            Vocabularies vocabularies, ChangeLog changeLog, PortalProperties properties,
            PlatformTransactionManager transactions) {
        this.loader = loader;
        this.solutions = solutions;
        this.records = records;
        this.files = files;
        this.vocabularies = vocabularies;
        this.changeLog = changeLog;
        this.properties = properties;
        this.whole = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.sheets = new SheetSolutions(vocabularies);
    }

    /**
     * Prepares a folder of files uploaded side by side (a spreadsheet and its files, sent by a browser without their
     * folders): each file a row names by a path inside the package is put at that path.
     */
    public void arrangeFlatUpload(Path folder) throws IOException {
        FlatUpload.arrange(folder, properties.importing().maxRows());
    }

    /**
     * Checks or imports {@code source} (a folder, a .zip, a .csv or an .xlsx) in the name of {@code actor};
     * {@code name} is how the history and the report call the package.
     */
    public LoadReport run(Path source, String name, Actor actor, boolean dryRun) {
        long start = System.nanoTime();
        LoadReport report = new LoadReport(loader.messages());
        ImportRun run = new ImportRun(actor, name, solutions, records, savepoint);
        Path unpacked = null;
        try {
            if (!Files.exists(source, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new PackageRefusal("import.failure.missing", source.toString());
            }
            Path root = source;
            if (Files.isRegularFile(source) && source.getFileName().toString().toLowerCase(Locale.ROOT)
                    .endsWith(".zip")) {
                limitSize(source);
                unpacked = Files.createDirectories(properties.incomingDir()).resolve("import-" + UUID.randomUUID());
                PackageArchive.unpack(source, unpacked, properties);
                root = unpacked;
            }
            Load load = load(root);
            whole.executeWithoutResult(status -> {
                changeLog.holdUntilCommit();
                load.into(report, run);
                if (report.rejected() > 0) {
                    report.fail(LoadReport.Reason.of("import.failure.rejected", report.rejected()));
                }
                if (dryRun || report.failed()) {
                    status.setRollbackOnly();
                }
            });
        } catch (PackageRefusal e) {
            report.fail(e.reason());
        } catch (IOException | RuntimeException e) {
            log.warn("import of {} failed; rolled back", name, e);
            report.fail(LoadReport.Reason.of("import.failure.rolledBack", Problems.of(e).reason().args().isEmpty()
                    ? e.getClass().getSimpleName() : Problems.of(e).reason().args().get(0)));
        } finally {
            cleanUp(run, report, dryRun, unpacked);
        }
        report.took(Duration.ofNanos(System.nanoTime() - start));
        log.info("{} of {} by {}: {}", dryRun ? "dry run" : "import", name, actor.username(), report);
        return report;
    }

    private void cleanUp(ImportRun run, LoadReport report, boolean dryRun, Path unpacked) {
        if (dryRun || report.failed()) {
            // Nothing the package wrote stays: its new bytes go, and labels read during it are read again.
            try {
                files.forget(run.added());
            } catch (IOException e) {
                log.warn("files added by a package that was not kept could not all be removed", e);
            }
            vocabularies.reload();
        }
        if (unpacked != null) {
            try {
                FileSystemUtils.deleteRecursively(unpacked);
            } catch (IOException e) {
                log.warn("could not remove the unpacked package {}", unpacked);
            }
        }
    }

    /** What to load from a folder: a spreadsheet manifest at its top, or else the content format. */
    private Load load(Path folder) throws IOException {
        refuseLinks(folder);
        Path root = Files.isRegularFile(folder) ? folder : wrapped(folder);
        List<Path> sheetFiles = Files.isRegularFile(root) ? List.of(root) : topSheets(root);
        if (sheetFiles.size() > 1) {
            throw new PackageRefusal("import.failure.sheets");
        }
        if (sheetFiles.isEmpty()) {
            return (report, run) -> {
                loader.load(root, run, report);
                if (report.rows().isEmpty()) {
                    report.fail(LoadReport.Reason.of("import.failure.empty"));
                }
            };
        }
        Path sheet = sheetFiles.get(0);
        if (!SheetReader.isSheet(sheet)) {
            throw new PackageRefusal("import.failure.notPackage");
        }
        limitSize(sheet);
        SheetReader.Sheet read = SheetReader.read(sheet, properties.importing().maxRows());
        List<SolutionLoading.Source> sources = sheets.sources(read, sheet.getFileName().toString(),
                sheet.toAbsolutePath().getParent().normalize());
        if (sources.isEmpty()) {
            throw new PackageRefusal("import.failure.empty");
        }
        return (report, run) -> loader.loadSolutions(sheet.toAbsolutePath().getParent().normalize(), sources, run,
                report);
    }

    private interface Load {
        void into(LoadReport report, ImportRun run);
    }

    /** A ZIP made by packing a folder holds just that folder: its content is the package. */
    private static Path wrapped(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> visible = s.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            return visible.size() == 1 && Files.isDirectory(visible.get(0)) ? visible.get(0) : folder;
        }
    }

    private static List<Path> topSheets(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(SheetReader::isSheet).sorted().toList();
        }
    }

    private void limitSize(Path file) throws IOException {
        if (Files.size(file) > properties.importing().maxPackageSize().toBytes()) {
            throw new PackageRefusal("import.failure.tooLarge", properties.importing().maxPackageSize().toMegabytes());
        }
    }

    /** A package's files are its own: a link could make it read anything the portal can. */
    private static void refuseLinks(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            throw new PackageRefusal("import.failure.symlink", folder.getFileName().toString());
        }
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(Files::isSymbolicLink).findFirst().ifPresent(link -> {
                throw new PackageRefusal("import.failure.symlink", folder.relativize(link).toString());
            });
        }
    }
}
