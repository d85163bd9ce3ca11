package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import pl.innowacje.katalog.system.CsvTables;

/**
 * An import report as a table: a row per record with its outcome, the field at fault and the reason in Polish and
 * in English, and a last row for the package when it failed as a whole. The columns are a contract of the CSV
 * download and of {@code --import --report=FILE}.
 */
public final class ReportTable {

    public static final List<String> COLUMNS = List.of("where", "kind", "slug", "outcome", "field", "reason_pl",
            "reason_en", "note_pl", "note_en");
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private ReportTable() {
    }

    public static List<List<String>> rows(LoadReport report, String packageName) {
        List<List<String>> rows = new ArrayList<>();
        for (LoadReport.Row r : report.rows()) {
            rows.add(List.of(r.where(), r.kind(), nz(r.slug()), r.outcome().name(), nz(r.field()),
                    text(report, r.reason(), POLISH), text(report, r.reason(), Locale.ENGLISH),
                    text(report, r.note(), POLISH), text(report, r.note(), Locale.ENGLISH)));
        }
        if (report.failed()) {
            rows.add(List.of(packageName, "package", "", "FAILED", "", text(report, report.failure(), POLISH),
                    text(report, report.failure(), Locale.ENGLISH), "", ""));
        }
        return rows;
    }

    public static void csv(LoadReport report, String packageName, OutputStream out) throws IOException {
        CsvTables.write(COLUMNS, rows(report, packageName), out);
    }

    private static String text(LoadReport report, LoadReport.Reason reason, Locale locale) {
        return reason == null ? "" : report.text(reason, locale);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
