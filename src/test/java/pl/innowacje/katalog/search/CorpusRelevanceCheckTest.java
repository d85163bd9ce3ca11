package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.catalog.ChangeLog;
import pl.innowacje.katalog.importing.ContentLoader;
import pl.innowacje.katalog.importing.LoadReport;

/**
 * The relevance check on documents nobody on the project wrote, so the analysis is not tuned to our own texts only:
 * a fixed subset of the benchmark corpus (real Polish LibreOffice help, KiCad, TeX and Debian Edu documents) becomes
 * a catalogue in the content format, loaded through the content loader, extraction and the change log like content/,
 * and the judged queries of relevance/corpus.tsv are asked of the portal's search. The corpus folder comes from the
 * system property {@code relevance.corpus} (default target/corpus); .ci/run makes it before the tests. The context
 * is closed afterwards: no other test shares it, and its extraction workers would otherwise idle on in memory.
 */
@Tag("corpus")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class CorpusRelevanceCheckTest {

    static final String DOCUMENTS = "relevance/corpus-documents.tsv";
    static final String JUDGED = "relevance/corpus.tsv";
    private static final Path WORK = JourneyTestSupport.tempDataDir("corpus-relevance");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", () -> WORK.resolve("data").toString());
        registry.add("portal.content.load-on-start", () -> "false");
    }

    @Autowired
    ContentLoader loader;

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    IndexFollower follower;

    @Autowired
    ChangeLog changeLog;

    @Test
    void searchFindsTheRightDocumentsInTextsNobodyHereWrote() throws Exception {
        Path corpus = Path.of(System.getProperty("relevance.corpus", "target/corpus"));
        if (!Files.isDirectory(corpus)) {
            fail("No corpus at " + corpus.toAbsolutePath() + ". Make it with 'bench/make-corpus.sh target/corpus' "
                    + "(Debian's apt-get; about 35 MB of packages, once), or point -Drelevance.corpus=DIR at one.");
        }
        CorpusCatalogue.Listing listing = CorpusCatalogue.read(DOCUMENTS);
        assertThat(CorpusCatalogue.missing(listing, corpus))
                .as("documents of %s absent from %s: an unfinished corpus is completed by bench/make-corpus.sh; one "
                        + "from other package versions needs the list and the judged answers checked again", DOCUMENTS,
                        corpus).isEmpty();
        JudgedSet set = JudgedSet.read(JUDGED);
        Set<String> listed = listing.documents().stream().map(CorpusCatalogue.Document::slug)
                .collect(Collectors.toSet());
        assertThat(listed).as("slugs the judged set expects must be listed documents").containsAll(
                set.expectedSlugs());

        Path content = WORK.resolve("content");
        CorpusCatalogue.write(listing, corpus, Path.of("content"), content);
        LoadReport report = loader.load(content);
        System.out.printf("%nCorpus catalogue: %d documents from %s; load: %s%n", listing.documents().size(), corpus,
                report);
        assertThat(report.rejections()).as("rejected records").isEmpty();
        assertThat(report.filesRead()).isEqualTo(listing.documents().size());
        RelevanceChecks.awaitIndex(follower, index, changeLog);

        RelevanceScores scores = RelevanceScores.measure(set, RelevanceChecks.slugsOf(search));
        System.out.print(scores.table("Relevance check, corpus documents, search in use"));
        System.out.print(scores.notFirst());
        assertThat(scores.belowFloors()).as("groups below their floors").isEqualTo(List.of());
    }
}
