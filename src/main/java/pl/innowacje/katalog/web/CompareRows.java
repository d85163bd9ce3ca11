package pl.innowacje.katalog.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.i18n.LocaleContextHolder;

import pl.innowacje.katalog.catalog.Views;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;

/** The rows of the comparison: one per card field, each knowing whether the solutions differ in it. */
final class CompareRows {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    /** Public, so compiled template expressions can read it without reflection. {@code key} names a message. */
    public record Row(String key, List<String> values, boolean differs) {
    }

    private CompareRows() {
    }

    static List<Row> of(List<Views.SolutionPage> solutions, Vocabularies vocabularies) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Row> rows = new ArrayList<>();
        add(rows, solutions, "compare.summary", Views.SolutionPage::summary);
        add(rows, solutions, "card.status", s -> s.status().name());
        add(rows, solutions, "compare.verified", s -> s.verification() == null || s.verification().date() == null
                ? "" : s.verification().date() + (s.verification().by() == null ? "" : ", " + s.verification().by()));
        for (Vocabulary v : List.of(Vocabulary.USER, Vocabulary.BENEFICIARY, Vocabulary.PROBLEM, Vocabulary.FORM,
                Vocabulary.REGION)) {
            add(rows, solutions, "compare.vocabulary." + v.name(), s -> String.join("; ",
                    s.terms(v).stream().map(code -> vocabularies.label(v, code, locale)).toList()));
        }
        add(rows, solutions, "solution.period", s -> s.periodFrom() == null ? ""
                : s.periodFrom().format(MONTH) + " – " + (s.periodTo() == null ? "" : s.periodTo().format(MONTH)));
        add(rows, solutions, "solution.programme", s -> s.programmeCode() == null ? ""
                : vocabularies.label(Vocabulary.PROGRAMME, s.programmeCode(), locale));
        add(rows, solutions, "solution.project", s -> s.project() == null ? "" : s.project().title());
        add(rows, solutions, "solution.implementer", s -> s.project() == null || s.project().implementer() == null
                ? "" : s.project().implementer().name());
        add(rows, solutions, "solution.results", s -> String.join("; ", s.results().stream()
                .map(r -> r.amount().toPlainString() + (r.unit() == null ? "" : " " + r.unit()) + " " + r.label())
                .toList()));
        add(rows, solutions, "solution.components", s -> String.join("; ",
                s.components().stream().map(Views.Component::name).toList()));
        add(rows, solutions, "card.files", s -> Integer.toString(s.files().size()));
        add(rows, solutions, "solution.licence", Views.SolutionPage::licence);
        return rows;
    }

    private static void add(List<Row> rows, List<Views.SolutionPage> solutions, String key,
            Function<Views.SolutionPage, String> value) {
        List<String> values = solutions.stream().map(value).map(v -> v == null ? "" : v).toList();
        if (values.stream().allMatch(String::isEmpty)) {
            return;
        }
        rows.add(new Row(key, values, values.stream().distinct().count() > 1));
    }
}
