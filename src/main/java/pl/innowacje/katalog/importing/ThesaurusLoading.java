package pl.innowacje.katalog.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import pl.innowacje.katalog.catalog.ThesaurusWriter;

/**
 * Loads thesaurus.yml: each group counts as one record; a group that breaks a rule is rejected with its reason and
 * the others load.
 */
final class ThesaurusLoading {

    static final String FILE = "thesaurus.yml";
    private static final String KIND = "thesaurus";

    private final ThesaurusWriter writer;

    ThesaurusLoading(ThesaurusWriter writer) {
        this.writer = writer;
    }

    void load(Path root, LoadReport report, LoadRun run) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        LoadReport.Reason refused = run.refusesReferences();
        if (refused != null) {
            report.reject(FILE, KIND, null, null, refused);
            return;
        }
        try {
            List<ThesaurusWriter.Entry> entries = new ArrayList<>();
            for (Fields f : FrontMatter.list(ContentLoader.read(file), FILE)) {
                try {
                    entries.add(ReferenceSources.synonymGroup(f));
                } catch (RuntimeException e) {
                    report.reject(FILE, KIND, f.text("code"), e);
                }
            }
            ThesaurusWriter.Loaded loaded = run.atomically(() -> writer.load(entries));
            for (int i = 0; i < loaded.changed(); i++) {
                report.accept(FILE, KIND, null, LoadReport.Outcome.UPDATED, null);
            }
            for (int i = 0; i < loaded.unchanged(); i++) {
                report.accept(FILE, KIND, null, LoadReport.Outcome.UNCHANGED, null);
            }
            loaded.rejected().forEach(r -> report.reject(FILE + " › " + r.code(), KIND, r.code(), null,
                    LoadReport.Reason.of(r.reason().key(), r.reason().args())));
        } catch (Exception e) {
            report.reject(FILE, KIND, null, e);
        }
    }
}
