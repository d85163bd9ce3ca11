package pl.innowacje.katalog.tools.handbooks;

/** A source file that does not follow the handbook format; the message names file and line. */
final class HandbookFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    HandbookFormatException(String source, int line, String message) {
        super(line > 0 ? source + ":" + line + ": " + message : source + ": " + message);
    }
}
