package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.concurrent.CompletionException;

import pl.innowacje.katalog.system.Refusal;

/** Turns what reading or writing a record threw into the report's terms: where, which field, and why. */
final class Problems {

    record Problem(String where, String field, LoadReport.Reason reason) {
    }

    private Problems() {
    }

    static Problem of(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof CompletionException || e instanceof java.io.UncheckedIOException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof RecordProblem p) {
            return new Problem(p.where(), p.field(), LoadReport.Reason.of(p.key(), p.args()));
        }
        if (e instanceof Refusal r) {
            return new Problem(null, null, LoadReport.Reason.of(r.key(), r.args()));
        }
        if (e instanceof CharacterCodingException) {
            return new Problem(null, null, LoadReport.Reason.of("import.problem.encoding"));
        }
        if (e instanceof IOException) {
            return new Problem(null, null, LoadReport.Reason.of("import.problem.io", message(e)));
        }
        return new Problem(null, null, LoadReport.Reason.of("import.problem.other", message(e)));
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
