package pl.innowacje.katalog.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;

/**
 * Records written as the content format's files (content/README.md): YAML lists, and Markdown with a YAML header.
 * Fields without a value are left out, and everything comes in a fixed order, so the same catalogue always gives
 * the same bytes.
 */
final class ContentFiles {

    private static final Yaml YAML;

    static {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        YAML = new Yaml(options);
    }

    private ContentFiles() {
    }

    static String list(List<Map<String, Object>> entries) {
        return entries.isEmpty() ? "[]\n" : YAML.dump(entries);
    }

    static String page(Map<String, Object> fields, String body) {
        return "---\n" + YAML.dump(fields) + "---\n" + (body == null || body.isBlank() ? "" : body.strip() + "\n");
    }

    static Map<String, Object> term(Vocabularies.Term t) {
        Map<String, Object> f = new LinkedHashMap<>();
        put(f, "code", t.code());
        put(f, "pl", t.labelPl());
        put(f, "en", t.labelEn());
        put(f, "level", t.level());
        put(f, "parent", t.parentCode());
        return f;
    }

    static Map<String, Object> organisation(Inputs.Organisation o) {
        Map<String, Object> f = new LinkedHashMap<>();
        put(f, "slug", o.slug());
        put(f, "name", o.name());
        put(f, "type", o.type());
        put(f, "region", o.regionCode());
        put(f, "website", o.website());
        put(f, "competences", o.competences());
        put(f, "contact", o.contact());
        return f;
    }

    static Map<String, Object> project(Inputs.Project p) {
        Map<String, Object> f = new LinkedHashMap<>();
        put(f, "slug", p.slug());
        put(f, "title", p.title());
        put(f, "programme", p.programmeCode());
        put(f, "implementer", p.implementerSlug());
        put(f, "partners", p.partnerSlugs());
        put(f, "from", p.from());
        put(f, "to", p.to());
        put(f, "website", p.website());
        return f;
    }

    static String area(Inputs.Area a) {
        Map<String, Object> f = new LinkedHashMap<>();
        put(f, "title", a.title());
        put(f, "title_en", a.titleEn());
        put(f, "summary_en", a.summaryEn());
        put(f, "programme", a.programmeCode());
        f.put("order", a.order());
        return page(f, a.description());
    }

    static String block(Inputs.Block b) {
        Map<String, Object> f = new LinkedHashMap<>();
        put(f, "title", b.title());
        put(f, "title_en", b.titleEn());
        put(f, "summary_en", b.summaryEn());
        f.put("order", b.order());
        put(f, "problems", b.terms().get(Vocabulary.PROBLEM));
        put(f, "problems_text", b.problemsText());
        put(f, "users", b.terms().get(Vocabulary.USER));
        put(f, "beneficiaries", b.terms().get(Vocabulary.BENEFICIARY));
        put(f, "benefits", b.benefits());
        put(f, "related_blocks", b.relatedBlockSlugs());
        put(f, "details", b.details());
        put(f, "how_to_use", b.howToUse());
        put(f, "coordinator", contact(b.coordinator()));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Inputs.Group g : b.groups()) {
            Map<String, Object> group = new LinkedHashMap<>();
            put(group, "code", g.code());
            put(group, "title", g.title());
            put(group, "goal", g.goal());
            groups.add(group);
        }
        put(f, "groups", groups);
        return page(f, b.introduction());
    }

    /** A solution.md; {@code fileNames} are the names its files are written under, beside it. */
    static String solution(Inputs.Solution s, List<String> fileNames) {
        Map<String, Object> f = new LinkedHashMap<>();
        put(f, "id", s.slug());
        put(f, "title", s.title());
        put(f, "title_en", s.titleEn());
        put(f, "summary", s.summary());
        put(f, "summary_en", s.summaryEn());
        put(f, "goal", s.goal());
        put(f, "status", s.status().name());
        put(f, "programme", s.programmeCode());
        put(f, "project", s.projectSlug());
        put(f, "blocks", s.extraBlockSlugs());
        put(f, "group", s.groupCode());
        put(f, "partners", s.partnerSlugs());
        for (Vocabulary v : List.of(Vocabulary.PROBLEM, Vocabulary.USER, Vocabulary.BENEFICIARY, Vocabulary.FORM,
                Vocabulary.REGION)) {
            put(f, field(v), s.terms().get(v));
        }
        Map<String, Object> period = new LinkedHashMap<>();
        put(period, "from", s.periodFrom());
        put(period, "to", s.periodTo());
        put(f, "period", period);
        put(f, "language", s.language());
        put(f, "licence", s.licence());
        put(f, "keywords", s.keywords());
        put(f, "contact", contact(s.contact()));
        if (s.verification() != null) {
            Map<String, Object> v = new LinkedHashMap<>();
            put(v, "result", s.verification().result());
            put(v, "date", s.verification().date());
            put(v, "by", s.verification().by());
            put(f, "verification", v);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Inputs.Result r : s.results()) {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "label", r.label());
            put(m, "value", r.amount());
            put(m, "unit", r.unit());
            results.add(m);
        }
        put(f, "results", results);
        List<Map<String, Object>> components = new ArrayList<>();
        for (Inputs.Component c : s.components()) {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "name", c.name());
            put(m, "usage", c.usage());
            components.add(m);
        }
        put(f, "components", components);
        put(f, "related", s.relatedSlugs());
        List<Map<String, Object>> files = new ArrayList<>();
        for (int i = 0; i < s.files().size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "path", fileNames.get(i));
            put(m, "title", s.files().get(i).title());
            put(m, "kind", s.files().get(i).kind().name());
            files.add(m);
        }
        put(f, "files", files);
        return page(f, s.description());
    }

    static String news(Inputs.News n) {
        Map<String, Object> f = new LinkedHashMap<>();
        put(f, "title", n.title());
        put(f, "date", n.date());
        put(f, "block", n.blockSlug());
        put(f, "project", n.projectSlug());
        return page(f, n.body());
    }

    private static String field(Vocabulary v) {
        return switch (v) {
            case BENEFICIARY -> "beneficiaries";
            default -> v.name().toLowerCase(Locale.ROOT) + "s";
        };
    }

    private static Map<String, Object> contact(Inputs.Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (c != null) {
            put(m, "name", c.name());
            put(m, "organisation", c.organisation());
            put(m, "email", c.email());
        }
        return m;
    }

    /** Leaves out what has no value; dates and numbers as text, as the loader reads them. */
    private static void put(Map<String, Object> f, String name, Object value) {
        if (value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty()) {
            return;
        }
        if (value instanceof LocalDate d) {
            f.put(name, d.toString());
        } else if (value instanceof BigDecimal b) {
            f.put(name, b.stripTrailingZeros().toPlainString());
        } else {
            f.put(name, value);
        }
    }
}
