package pl.innowacje.katalog.admin;

import java.util.ArrayList;
import java.util.List;

import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.Vocabulary;

/**
 * The block card editor's form as the browser sends it. Lists of sentences (problems, benefits) are one per line;
 * groups are rows whose code, once given, stays (solutions refer to it).
 */
public record BlockForm(String title, String titleEn, String summaryEn, String introduction, String problemsText, String benefits,
        String details, String howToUse, String contactName, String contactOrganisation, String contactEmail,
        List<String> problems, List<String> users, List<String> beneficiaries, List<String> relatedBlocks,
        List<GroupRow> groups, String note, Long revision) {

    public record GroupRow(String code, String title, String goal) {
    }

    public BlockForm {
        problems = clean(problems);
        users = clean(users);
        beneficiaries = clean(beneficiaries);
        relatedBlocks = clean(relatedBlocks);
        groups = groups == null ? List.of() : groups.stream().filter(g -> g != null).toList();
    }

    static BlockForm of(Inputs.Block b, long revision) {
        Inputs.Contact c = b.coordinator() == null ? new Inputs.Contact(null, null, null) : b.coordinator();
        return new BlockForm(b.title(), b.titleEn(), b.summaryEn(), b.introduction(), String.join("\n", b.problemsText()),
                String.join("\n", b.benefits()), b.details(), b.howToUse(), c.name(), c.organisation(), c.email(),
                b.terms().getOrDefault(Vocabulary.PROBLEM, List.of()), b.terms().getOrDefault(Vocabulary.USER, List.of()),
                b.terms().getOrDefault(Vocabulary.BENEFICIARY, List.of()), b.relatedBlockSlugs(),
                b.groups().stream().map(g -> new GroupRow(g.code(), g.title(), g.goal())).toList(), "", revision);
    }

    /** The same form, started anew from another revision (after a refused save, to save it knowingly). */
    BlockForm startedFrom(long newer) {
        return new BlockForm(title, titleEn, summaryEn, introduction, problemsText, benefits, details, howToUse, contactName,
                contactOrganisation, contactEmail, problems, users, beneficiaries, relatedBlocks, groups, note, newer);
    }

    public List<String> terms(Vocabulary v) {
        return switch (v) {
            case PROBLEM -> problems;
            case USER -> users;
            case BENEFICIARY -> beneficiaries;
            default -> List.of();
        };
    }

    /** The groups with blank rows to add new ones. */
    public List<GroupRow> groupRows() {
        List<GroupRow> rows = new ArrayList<>(groups);
        for (int i = 0; i < SolutionForm.SPARE_ROWS; i++) {
            rows.add(new GroupRow("", "", ""));
        }
        return rows;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
