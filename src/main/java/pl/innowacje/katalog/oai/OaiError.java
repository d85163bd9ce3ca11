package pl.innowacje.katalog.oai;

/** A request the protocol refuses, with one of its error codes; the answer is still 200 with an {@code <error>}. */
final class OaiError extends RuntimeException {

    private final String code;

    OaiError(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }

    /** Whether the request itself was malformed: then the response echoes no arguments. */
    boolean malformed() {
        return "badVerb".equals(code) || "badArgument".equals(code);
    }
}
