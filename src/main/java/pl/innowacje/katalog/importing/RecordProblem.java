package pl.innowacje.katalog.importing;

import java.util.Arrays;

/**
 * Why a record of a content folder, a package or a spreadsheet row cannot be taken: where, which field (null when
 * the whole record is at fault) and a message of the bundles ({@code import.problem.*}), so that the report says it
 * in Polish and in English alike.
 */
final class RecordProblem extends IllegalArgumentException {

    private final String where;
    private final String field;
    private final String key;
    private final transient Object[] args;

    RecordProblem(String where, String field, String key, Object... args) {
        super(where + (field == null ? "" : ": field '" + field + "'") + ": " + key + " " + Arrays.toString(args));
        this.where = where;
        this.field = field;
        this.key = key;
        this.args = args.clone();
    }

    String where() {
        return where;
    }

    String field() {
        return field;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
