package pl.innowacje.katalog.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;

import pl.innowacje.katalog.catalog.BlockRecords;
import pl.innowacje.katalog.catalog.CatalogueRecords;
import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.SolutionRecords;
import pl.innowacje.katalog.catalog.Thesaurus;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.files.StoredFiles;
import pl.innowacje.katalog.system.NotFound;

/**
 * The catalogue (or one area or block of it) as a ZIP in the content format, files included: what an import of it
 * into an empty portal gives back, record for record. Vocabularies, the thesaurus, organisations and projects always
 * come along, so a part of the catalogue imports wherever its blocks' references exist. The same catalogue always
 * gives the same bytes: entries in a fixed order, with a fixed time.
 */
@Service
public class CatalogueExport {

    /** The whole catalogue ({@code null}, {@code null}), one area, or one block. */
    public record Scope(String areaSlug, String blockSlug) {
        public static final Scope ALL = new Scope(null, null);
    }

    private static final FileTime FIXED = FileTime.fromMillis(0);

    private final CatalogueRecords records;
    private final BlockRecords blocks;
    private final SolutionRecords solutions;
    private final Vocabularies vocabularies;
    private final Thesaurus thesaurus;
    private final StoredFiles files;

    CatalogueExport(CatalogueRecords records, BlockRecords blocks, SolutionRecords solutions,
            Vocabularies vocabularies, Thesaurus thesaurus, StoredFiles files) {
        this.records = records;
        this.blocks = blocks;
        this.solutions = solutions;
        this.vocabularies = vocabularies;
        this.thesaurus = thesaurus;
        this.files = files;
    }

    /** Writes the ZIP; an area or block that does not exist is {@link NotFound}, before anything is written. */
    public void write(Scope scope, OutputStream out) throws IOException {
        List<Long> blockIds = blockIds(scope);
        List<Inputs.Block> cards = blockIds.stream().map(id -> blocks.load(id).orElseThrow()).toList();
        Set<String> areaSlugs = new HashSet<>();
        cards.forEach(b -> areaSlugs.add(b.areaSlug()));
        if (scope.areaSlug() != null) {
            areaSlugs.add(scope.areaSlug());
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Vocabulary v : Vocabulary.values()) {
            text(zip, "vocabularies/" + v.fileName(), ContentFiles.list(vocabularies.terms(v).stream()
                    .map(ContentFiles::term).toList()));
        }
        text(zip, "thesaurus.yml", ContentFiles.list(groups()));
        text(zip, "organisations.yml", ContentFiles.list(records.organisations().stream()
                .map(ContentFiles::organisation).toList()));
        text(zip, "projects.yml", ContentFiles.list(records.projects().stream().map(ContentFiles::project).toList()));
        for (Inputs.Area a : records.areas()) {
            if (areaSlugs.contains(a.slug())) {
                text(zip, a.slug() + "/area.md", ContentFiles.area(a));
            }
        }
        for (int i = 0; i < cards.size(); i++) {
            Inputs.Block b = cards.get(i);
            String folder = b.areaSlug() + "/" + b.slug() + "/";
            text(zip, folder + "block.md", ContentFiles.block(b));
            for (long id : records.solutionIds(List.of(blockIds.get(i)))) {
                solution(zip, folder, solutions.load(id).orElseThrow());
            }
        }
        for (Inputs.News n : records.news(scope.equals(Scope.ALL) ? null : blockIds)) {
            text(zip, "news/" + n.slug() + ".md", ContentFiles.news(n));
        }
        zip.finish();
    }

    /** The blocks of the scope; an area or block that does not exist is {@link NotFound}. */
    public List<Long> blockIds(Scope scope) {
        List<Long> ids = scope.blockSlug() != null
                ? List.of(blocks.id(scope.blockSlug()).orElseThrow(NotFound::new))
                : records.blockIds(scope.areaSlug());
        if (scope.areaSlug() != null && ids.isEmpty()
                && records.areas().stream().noneMatch(a -> a.slug().equals(scope.areaSlug()))) {
            throw new NotFound();
        }
        return ids;
    }

    private List<Map<String, Object>> groups() {
        List<Map<String, Object>> out = new ArrayList<>();
        thesaurus.groups().forEach(g -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("code", g.code());
            m.put("terms", g.terms());
            out.add(m);
        });
        return out;
    }

    private void solution(ZipOutputStream zip, String blockFolder, Inputs.Solution s) throws IOException {
        String folder = blockFolder + s.slug() + "/";
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>(Set.of("solution.md"));
        for (Inputs.File f : s.files()) {
            names.add(unique(f.fileName(), taken));
        }
        text(zip, folder + "solution.md", ContentFiles.solution(s, names));
        for (int i = 0; i < s.files().size(); i++) {
            zip.putNextEntry(entry(folder + names.get(i)));
            try (InputStream in = files.open(s.files().get(i).sha256())) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
    }

    /** Two files of one solution may have been uploaded under the same name; the second gets a number. */
    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        }
        return candidate;
    }

    private static void text(ZipOutputStream zip, String path, String text) throws IOException {
        zip.putNextEntry(entry(path));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static ZipEntry entry(String path) {
        ZipEntry e = new ZipEntry(path);
        e.setLastModifiedTime(FIXED);
        return e;
    }
}
