package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import pl.innowacje.katalog.catalog.ThesaurusWriter;

/**
 * Loads thesaurus.yml: each group counts as one record; a group that breaks a rule is rejected with its reason (in
 * English, as the rest of the load report) and the others load.
 */
final class ThesaurusLoading {

    static final String FILE = "thesaurus.yml";

    private final ThesaurusWriter writer;
    private final MessageSource messages;

    ThesaurusLoading(ThesaurusWriter writer, MessageSource messages) {
        this.writer = writer;
        this.messages = messages;
    }

    void load(Path root, LoadReport report) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<ThesaurusWriter.Entry> entries = new ArrayList<>();
        try {
            for (Fields f : FrontMatter.list(Files.readString(file, StandardCharsets.UTF_8), FILE)) {
                try {
                    entries.add(ReferenceSources.synonymGroup(f));
                } catch (RuntimeException e) {
                    report.reject(FILE, ContentLoader.message(e));
                }
            }
            ThesaurusWriter.Loaded loaded = writer.load(entries);
            for (int i = 0; i < loaded.changed(); i++) {
                report.countUpdated();
            }
            for (int i = 0; i < loaded.unchanged(); i++) {
                report.countUnchanged();
            }
            loaded.rejected().forEach(r -> report.reject(FILE + " › " + r.code(), messages.getMessage(
                    r.reason().key(), r.reason().args(), r.reason().key(), Locale.ENGLISH)));
        } catch (IOException | RuntimeException e) {
            report.reject(FILE, ContentLoader.message(e));
        }
    }
}
