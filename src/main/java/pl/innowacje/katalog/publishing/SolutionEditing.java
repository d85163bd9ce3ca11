package pl.innowacje.katalog.publishing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import pl.innowacje.katalog.catalog.EditorChoices;
import pl.innowacje.katalog.catalog.FileKind;
import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.SolutionRecords;
import pl.innowacje.katalog.catalog.SolutionWriter;
import pl.innowacje.katalog.files.StoredFiles;
import pl.innowacje.katalog.system.Refusal;

/**
 * Staff changes to solutions: new drafts, edits of the record, and its files (upload, replace, remove, reorder,
 * describe). Every change is checked against {@link EditRights}, written in one transaction with a revision, and
 * reaches the public site and search through the change log. Files are read (in a worker) before any transaction
 * opens, so a slow handbook never holds the database.
 */
@Service
public class SolutionEditing {

    private final SolutionWriter writer;
    private final SolutionRecords records;
    private final StoredFiles files;
    private final EditorChoices choices;

    SolutionEditing(SolutionWriter writer, SolutionRecords records, StoredFiles files, EditorChoices choices) {
        this.writer = writer;
        this.records = records;
        this.files = files;
        this.choices = choices;
    }

    /** A new draft owned by the actor; {@code input.slug()} is the wished-for slug. Returns its id. */
    public long create(Inputs.Solution input, Actor actor) {
        return writer.create(input, actor.username());
    }

    /**
     * Replaces the record's editable fields, keeping its files, status and verification. A public solution is not
     * put into a block whose coordinators have not verified it: only blocks the actor coordinates may be added.
     */
    public void save(long id, Inputs.Solution input, String note, long basedOn, Actor actor) {
        check(id, actor);
        writer.edit(id, actor.username(), note, basedOn, current -> {
            check(id, actor);
            if (current.status().isPublic() && !actor.admin()) {
                List<String> added = new ArrayList<>(input.extraBlockSlugs());
                added.add(input.primaryBlockSlug());
                added.removeAll(current.extraBlockSlugs());
                added.remove(current.primaryBlockSlug());
                if (added.stream().anyMatch(slug -> !actor.coordinatesAnyOf(List.of(choices.blockId(slug))))) {
                    throw new Refusal("editor.error.blockRights");
                }
            }
            return new Inputs.Solution(current.slug(), input.title(), input.titleEn(), input.summary(),
                    input.summaryEn(), input.goal(), input.description(), current.status(), input.programmeCode(), input.projectSlug(),
                    input.primaryBlockSlug(), input.extraBlockSlugs(), input.groupCode(), input.periodFrom(),
                    input.periodTo(), input.language(), input.licence(), input.keywords(), input.contact(),
                    current.verification(), input.terms(), input.partnerSlugs(), input.results(), input.components(),
                    input.relatedSlugs(), current.files(), current.sourceHash());
        });
    }

    /** Stores an uploaded file (or refuses it, keeping nothing) and adds it at the end of the list. */
    public StoredFiles.Info addFile(long id, Path upload, String fileName, String title, FileKind kind, Actor actor)
            throws IOException {
        if (title != null && title.strip().length() > 400) {
            throw new Refusal("editor.error.fileTitle");
        }
        check(id, actor);
        StoredFiles.Info info = files.accept(upload, fileName);
        writer.edit(id, actor.username(), null, -1, current -> withFiles(id, actor, current, list -> list.add(
                new Inputs.File(null, title == null || title.isBlank() ? fileName : title.strip(), kind, fileName,
                        info.sha256()))));
        return info;
    }

    /** New bytes under the same file: its id, download URL, title and count stay. */
    public StoredFiles.Info replaceFile(long id, long fileId, Path upload, String fileName, Actor actor)
            throws IOException {
        check(id, actor);
        StoredFiles.Info info = files.accept(upload, fileName);
        writer.edit(id, actor.username(), null, -1, current -> withFiles(id, actor, current, list -> {
            int at = indexOf(list, fileId);
            Inputs.File old = list.get(at);
            list.set(at, new Inputs.File(old.id(), old.title(), old.kind(), fileName, info.sha256()));
        }));
        return info;
    }

    public void removeFile(long id, long fileId, Actor actor) {
        check(id, actor);
        writer.edit(id, actor.username(), null, -1, current -> withFiles(id, actor, current,
                list -> list.remove(indexOf(list, fileId))));
    }

    /** Moves a file one place up ({@code -1}) or down ({@code 1}); at either end it stays. */
    public void moveFile(long id, long fileId, int delta, Actor actor) {
        check(id, actor);
        writer.edit(id, actor.username(), null, -1, current -> withFiles(id, actor, current, list -> {
            int at = indexOf(list, fileId);
            int to = at + Integer.signum(delta);
            if (to >= 0 && to < list.size()) {
                list.add(to, list.remove(at));
            }
        }));
    }

    public void describeFile(long id, long fileId, String title, FileKind kind, Actor actor) {
        if (title == null || title.isBlank() || title.length() > 400) {
            throw new Refusal("editor.error.fileTitle");
        }
        check(id, actor);
        writer.edit(id, actor.username(), null, -1, current -> withFiles(id, actor, current, list -> {
            int at = indexOf(list, fileId);
            Inputs.File old = list.get(at);
            list.set(at, new Inputs.File(old.id(), title.strip(), kind, old.fileName(), old.sha256()));
        }));
    }

    private void check(long id, Actor actor) {
        SolutionRecords.Standing standing = records.standing(id).orElseThrow(() -> new Refusal("editor.error.missing"));
        if (!EditRights.mayEdit(actor, standing)) {
            throw new Refusal("editor.error.rights");
        }
    }

    /**
     * The solution with its file list changed. Rights are checked again here, under the row's lock: reading a file
     * takes time, and the solution may have been submitted or published meanwhile.
     */
    private Inputs.Solution withFiles(long id, Actor actor, Inputs.Solution s,
            java.util.function.Consumer<List<Inputs.File>> change) {
        check(id, actor);
        List<Inputs.File> list = new ArrayList<>(s.files());
        change.accept(list);
        return new Inputs.Solution(s.slug(), s.title(), s.titleEn(), s.summary(), s.summaryEn(), s.goal(),
                s.description(),
                s.status(), s.programmeCode(), s.projectSlug(), s.primaryBlockSlug(), s.extraBlockSlugs(),
                s.groupCode(), s.periodFrom(), s.periodTo(), s.language(), s.licence(), s.keywords(), s.contact(),
                s.verification(), s.terms(), s.partnerSlugs(), s.results(), s.components(), s.relatedSlugs(), list,
                s.sourceHash());
    }

    /** A file id from a request that is not this solution's is refused, never looked up elsewhere. */
    private static int indexOf(List<Inputs.File> list, long fileId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() != null && list.get(i).id() == fileId) {
                return i;
            }
        }
        throw new Refusal("editor.error.noSuchFile");
    }
}
