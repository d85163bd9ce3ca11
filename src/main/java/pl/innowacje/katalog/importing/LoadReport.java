package pl.innowacje.katalog.importing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What one load of a content folder, a package or a spreadsheet did: a row for every record with its outcome and,
 * for a rejected one, the field and the reason, in either language; for a package that failed as a whole, why.
 */
public final class LoadReport {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, REJECTED }

    /** A message of the bundles with its values. */
    public record Reason(String key, List<Object> args) {

        public Reason {
            args = List.copyOf(args);
        }

        static Reason of(String key, Object... args) {
            return new Reason(key, Arrays.asList(args));
        }
    }

    /**
     * One record: where it was read ({@code content/…/solution.md}, {@code arkusz.csv:12}), what it is and its slug
     * (or code), the outcome, and for a rejection the field at fault (or null) and the reason; {@code note} says how
     * an accepted record was taken when not as written (a draft, for instance).
     */
    public record Row(String where, String kind, String slug, Outcome outcome, String field, Reason reason,
            Reason note) {
    }

    /** A rejected record as the log and the tests read it: where, and the reason in English. */
    public record Rejection(String path, String reason) {
    }

    private final MessageSource messages;
    private final List<Row> rows = new ArrayList<>();
    private int files;
    private long filesNanos;
    private Duration took = Duration.ZERO;
    private Reason failure;

    LoadReport(MessageSource messages) {
        this.messages = messages;
    }

    void add(Row row) {
        rows.add(row);
    }

    void accept(String where, String kind, String slug, Outcome outcome, Reason note) {
        rows.add(new Row(where, kind, slug, outcome, null, null, note));
    }

    void reject(String where, String kind, String slug, String field, Reason reason) {
        rows.add(new Row(where, kind, slug, Outcome.REJECTED, field, reason, null));
    }

    /** Rejects a record for the exception its reading or writing threw. */
    void reject(String where, String kind, String slug, Exception e) {
        Problems.Problem p = Problems.of(e);
        reject(p.where() == null ? where : p.where(), kind, slug, p.field(), p.reason());
    }

    void addFiles(int count, long nanos) {
        files += count;
        filesNanos += nanos;
    }

    void took(Duration d) {
        took = d;
    }

    void fail(Reason reason) {
        failure = reason;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Why the whole package was refused or rolled back; null when it was not. */
    public Reason failure() {
        return failure;
    }

    public boolean failed() {
        return failure != null;
    }

    public int created() {
        return count(Outcome.CREATED);
    }

    public int updated() {
        return count(Outcome.UPDATED);
    }

    public int unchanged() {
        return count(Outcome.UNCHANGED);
    }

    public int rejected() {
        return count(Outcome.REJECTED);
    }

    private int count(Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public int filesRead() {
        return files;
    }

    /** Time spent storing and extracting files, with as many files at once as extraction threads. */
    public Duration filesTook() {
        return Duration.ofNanos(filesNanos);
    }

    public List<Rejection> rejections() {
        return rows.stream().filter(r -> r.outcome() == Outcome.REJECTED)
                .map(r -> new Rejection(r.where(), reason(r, Locale.ENGLISH))).toList();
    }

    /** A rejection's reason in {@code locale}, with the field it concerns. */
    public String reason(Row row, Locale locale) {
        if (row.reason() == null) {
            return "";
        }
        String text = text(row.reason(), locale);
        return row.field() == null ? text
                : messages.getMessage("import.problem.inField", new Object[] {row.field(), text}, locale);
    }

    public String text(Reason reason, Locale locale) {
        return messages.getMessage(reason.key(), reason.args().toArray(), reason.key(), locale);
    }

    public Duration took() {
        return took;
    }

    @Override
    public String toString() {
        return "created " + created() + ", updated " + updated() + ", unchanged " + unchanged() + ", files read "
                + files + " (stored and extracted in " + filesTook().toMillis() + " ms), rejected " + rejected()
                + " in " + took.toMillis() + " ms"
                + (failure == null ? "" : "; failed: " + text(failure, Locale.ENGLISH));
    }
}
