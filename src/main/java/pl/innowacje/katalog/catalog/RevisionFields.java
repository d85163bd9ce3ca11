package pl.innowacje.katalog.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A record as the field-by-field text a revision keeps: the names are the edit form's, values are texts or lists of
 * texts, and what has no value is left out. Lists of codes are sorted, so an unchanged choice never shows as a change.
 */
final class RevisionFields {

    private RevisionFields() {
    }

    static Map<String, Object> of(Inputs.Solution s) {
        Map<String, Object> f = new LinkedHashMap<>();
        put(f, "title", s.title());
        put(f, "titleEn", s.titleEn());
        put(f, "summary", s.summary());
        put(f, "summaryEn", s.summaryEn());
        put(f, "goal", s.goal());
        put(f, "description", s.description());
        put(f, "primaryBlock", s.primaryBlockSlug());
        put(f, "blocks", sorted(s.extraBlockSlugs()));
        put(f, "group", s.groupCode());
        put(f, "programme", s.programmeCode());
        put(f, "project", s.projectSlug());
        put(f, "periodFrom", s.periodFrom() == null ? null : s.periodFrom().toString());
        put(f, "periodTo", s.periodTo() == null ? null : s.periodTo().toString());
        put(f, "language", s.language());
        put(f, "licence", s.licence());
        put(f, "keywords", s.keywords());
        Inputs.Contact c = s.contact() == null ? new Inputs.Contact(null, null, null) : s.contact();
        put(f, "contactName", c.name());
        put(f, "contactOrganisation", c.organisation());
        put(f, "contactEmail", c.email());
        terms(f, s.terms());
        put(f, "partners", sorted(s.partnerSlugs()));
        put(f, "results", s.results().stream().map(r -> r.label() + " = " + r.amount().stripTrailingZeros()
                .toPlainString() + (r.unit() == null ? "" : " " + r.unit())).toList());
        put(f, "components", s.components().stream()
                .map(c2 -> c2.name() + (c2.usage() == null ? "" : ": " + c2.usage())).toList());
        put(f, "related", s.relatedSlugs());
        put(f, "files", s.files().stream().map(file -> file.title() + " · " + file.kind().name() + " · "
                + file.fileName() + " · " + file.sha256().substring(0, 12)).toList());
        return f;
    }

    static Map<String, Object> of(Inputs.Block b) {
        Map<String, Object> f = new LinkedHashMap<>();
        put(f, "title", b.title());
        put(f, "titleEn", b.titleEn());
        put(f, "summaryEn", b.summaryEn());
        put(f, "introduction", b.introduction());
        put(f, "problemsText", b.problemsText());
        put(f, "benefits", b.benefits());
        put(f, "details", b.details());
        put(f, "howToUse", b.howToUse());
        Inputs.Contact c = b.coordinator() == null ? new Inputs.Contact(null, null, null) : b.coordinator();
        put(f, "contactName", c.name());
        put(f, "contactOrganisation", c.organisation());
        put(f, "contactEmail", c.email());
        terms(f, b.terms());
        put(f, "relatedBlocks", b.relatedBlockSlugs());
        put(f, "groups", b.groups().stream().map(g -> g.code() + " · " + g.title()
                + (g.goal() == null ? "" : " · " + g.goal())).toList());
        return f;
    }

    private static void terms(Map<String, Object> f, Map<Vocabulary, List<String>> terms) {
        for (Vocabulary v : List.of(Vocabulary.PROBLEM, Vocabulary.USER, Vocabulary.BENEFICIARY, Vocabulary.FORM,
                Vocabulary.REGION)) {
            put(f, "terms." + v.name(), sorted(terms.getOrDefault(v, List.of())));
        }
    }

    private static List<String> sorted(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static void put(Map<String, Object> f, String name, Object value) {
        if (value instanceof String s && !s.isBlank()) {
            f.put(name, s);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            f.put(name, List.copyOf(list));
        }
    }
}
