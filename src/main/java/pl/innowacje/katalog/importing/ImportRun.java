package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.transaction.support.TransactionTemplate;

import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.SolutionRecords;
import pl.innowacje.katalog.catalog.SolutionWriter;
import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.files.StoredFiles;
import pl.innowacje.katalog.publishing.Actor;

/**
 * A package imported by a member of staff, inside the package's one transaction: each record in a savepoint of its
 * own (a rejected record leaves no trace and the others go on), files checked as uploads are, and solutions taken as
 * the importer's role allows. A coordinator of every block a solution sits in (or an administrator) writes it as the
 * source has it; anyone else creates drafts, and changes only their own drafts. Areas, blocks, vocabularies,
 * organisations, projects and news are the administrator's.
 */
final class ImportRun implements LoadRun {

    private static final Set<Status> OWN_WORK = Set.of(Status.DRAFT, Status.RETURNED);

    private final Actor actor;
    private final String note;
    private final SolutionWriter solutions;
    private final SolutionRecords records;
    private final TransactionTemplate savepoint;
    private final Set<String> added = ConcurrentHashMap.newKeySet();

    ImportRun(Actor actor, String packageName, SolutionWriter solutions, SolutionRecords records,
            TransactionTemplate savepoint) {
        this.actor = actor;
        this.note = "import: " + packageName;
        this.solutions = solutions;
        this.records = records;
        this.savepoint = savepoint;
    }

    @Override
    public LoadReport.Reason refusesReferences() {
        return actor.admin() ? null : LoadReport.Reason.of("import.problem.adminOnly");
    }

    @Override
    public <T> T atomically(Callable<T> write) throws Exception {
        try {
            return savepoint.execute(status -> {
                try {
                    return write.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new Checked(e);
                }
            });
        } catch (Checked e) {
            throw (Exception) e.getCause();
        }
    }

    @Override
    public Taken solution(Inputs.Solution s) throws Exception {
        List<String> slugs = new ArrayList<>(s.extraBlockSlugs());
        slugs.add(s.primaryBlockSlug());
        List<Long> blocks = records.blockIds(slugs);
        var existing = records.standing(s.slug());
        boolean coordinates = actor.admin() || (blocks.size() == slugs.size() && blocks.stream()
                .allMatch(b -> actor.coordinatesAnyOf(List.of(b)))
                && existing.map(e -> actor.coordinatesAnyOf(e.blockIds())).orElse(true));
        if (coordinates) {
            return new Taken(atomically(() -> solutions.put(s, actor.username(), note)), null);
        }
        if (existing.isPresent() && !(actor.username().equals(existing.get().createdBy())
                && OWN_WORK.contains(existing.get().status()))) {
            throw new RecordProblem(null, null, "import.problem.notYours");
        }
        Inputs.Solution draft = new Inputs.Solution(s.slug(), s.title(), s.titleEn(), s.summary(), s.summaryEn(),
                s.goal(), s.description(), Status.DRAFT, s.programmeCode(), s.projectSlug(), s.primaryBlockSlug(),
                s.extraBlockSlugs(), s.groupCode(), s.periodFrom(), s.periodTo(), s.language(), s.licence(),
                s.keywords(), s.contact(), null, s.terms(), s.partnerSlugs(), s.results(), s.components(),
                s.relatedSlugs(), s.files(), s.sourceHash());
        return new Taken(atomically(() -> solutions.put(draft, actor.username(), note)),
                s.status() == Status.DRAFT ? null : LoadReport.Reason.of("import.note.draft"));
    }

    @Override
    public StoredFiles.Stored store(StoredFiles files, Path file) throws IOException {
        return files.acceptNoting(file, file.getFileName().toString());
    }

    @Override
    public void added(String sha256) {
        added.add(sha256);
    }

    Set<String> added() {
        return Set.copyOf(added);
    }

    /** Carries a checked exception through the transaction template, which takes only unchecked ones. */
    private static final class Checked extends RuntimeException {
        Checked(Exception cause) {
            super(cause);
        }
    }
}
