package pl.innowacje.katalog.admin;

import java.util.ArrayList;
import java.util.List;

import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.Vocabulary;

/**
 * The solution editor's form as the browser sends it: every field as typed (so a bad value is shown back as it was),
 * checkbox groups as lists, results and components as rows. {@code revision} is the version the editor started from.
 * {@link SolutionFormCheck} turns it into what the catalogue takes.
 */
public record SolutionForm(String title, String titleEn, String summary, String summaryEn, String goal,
        String description,
        String primaryBlock, List<String> blocks, String group, String programme, String project, String periodFrom,
        String periodTo, String language, String licence, String keywords, String contactName,
        String contactOrganisation, String contactEmail, List<String> problems, List<String> users,
        List<String> beneficiaries, List<String> forms, List<String> regions, List<String> partners,
        List<ResultRow> results, List<ComponentRow> components, String related, String note, Long revision) {

    /** Blank rows shown under the filled ones, so rows can be added without JavaScript. */
    static final int SPARE_ROWS = 2;

    public record ResultRow(String label, String amount, String unit) {
    }

    public record ComponentRow(String name, String usage) {
    }

    public SolutionForm {
        blocks = list(blocks);
        problems = list(problems);
        users = list(users);
        beneficiaries = list(beneficiaries);
        forms = list(forms);
        regions = list(regions);
        partners = list(partners);
        results = results == null ? List.of() : results.stream().filter(r -> r != null).toList();
        components = components == null ? List.of() : components.stream().filter(c -> c != null).toList();
    }

    static SolutionForm empty(String primaryBlock) {
        return new SolutionForm("", "", "", "", "", "", primaryBlock, List.of(), "", "", "", "", "", "pl", "", "", "", "",
                "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "", "",
                null);
    }

    static SolutionForm of(Inputs.Solution s, long revision) {
        Inputs.Contact c = s.contact() == null ? new Inputs.Contact(null, null, null) : s.contact();
        return new SolutionForm(s.title(), s.titleEn(), s.summary(), s.summaryEn(), s.goal(), s.description(),
                s.primaryBlockSlug(),
                s.extraBlockSlugs(), s.groupCode(), s.programmeCode(), s.projectSlug(),
                s.periodFrom() == null ? "" : s.periodFrom().toString(),
                s.periodTo() == null ? "" : s.periodTo().toString(), s.language(), s.licence(),
                String.join("\n", s.keywords()), c.name(), c.organisation(), c.email(),
                s.terms().getOrDefault(Vocabulary.PROBLEM, List.of()), s.terms().getOrDefault(Vocabulary.USER, List.of()),
                s.terms().getOrDefault(Vocabulary.BENEFICIARY, List.of()),
                s.terms().getOrDefault(Vocabulary.FORM, List.of()), s.terms().getOrDefault(Vocabulary.REGION, List.of()),
                s.partnerSlugs(),
                s.results().stream().map(r -> new ResultRow(r.label(), r.amount().toPlainString(), r.unit())).toList(),
                s.components().stream().map(x -> new ComponentRow(x.name(), x.usage())).toList(),
                String.join("\n", s.relatedSlugs()), "", revision);
    }

    /** The same form, started anew from another revision (after a refused save, to save it knowingly). */
    SolutionForm startedFrom(long newer) {
        return new SolutionForm(title, titleEn, summary, summaryEn, goal, description, primaryBlock, blocks, group,
                programme,
                project, periodFrom, periodTo, language, licence, keywords, contactName, contactOrganisation,
                contactEmail, problems, users, beneficiaries, forms, regions, partners, results, components, related,
                note, newer);
    }

    /** The chosen codes of one vocabulary's checkbox group. */
    public List<String> terms(Vocabulary v) {
        return switch (v) {
            case PROBLEM -> problems;
            case USER -> users;
            case BENEFICIARY -> beneficiaries;
            case FORM -> forms;
            case REGION -> regions;
            case PROGRAMME -> programme == null || programme.isBlank() ? List.of() : List.of(programme);
        };
    }

    /** The result rows with blank ones to fill in. */
    public List<ResultRow> resultRows() {
        List<ResultRow> rows = new ArrayList<>(results);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new ResultRow("", "", ""));
        }
        return rows;
    }

    public List<ComponentRow> componentRows() {
        List<ComponentRow> rows = new ArrayList<>(components);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new ComponentRow("", ""));
        }
        return rows;
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
