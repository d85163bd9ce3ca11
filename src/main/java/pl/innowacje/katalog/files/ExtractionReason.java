package pl.innowacje.katalog.files;

/**
 * Why an extraction ended as it did, as a stable code: pages show it in the reader's language (message keys
 * {@code extraction.reason.*}), and the upload check refuses files by it.
 */
public enum ExtractionReason {
    /** The document is password-protected. */
    ENCRYPTED,
    /** The file expands far beyond its size; it was not read. */
    ZIP_BOMB,
    /** The file has no bytes. */
    EMPTY_FILE,
    /** Reading took longer than the configured time; the reader was stopped. */
    TIMEOUT,
    /** Reading needed more memory than the reader may use; the reader was stopped. */
    OUT_OF_MEMORY,
    /** No text layer: a scan or an image without optical recognition. */
    NO_TEXT_LAYER,
    /** Text was read but looks broken (a damaged font map, for instance). */
    GARBLED,
    /** The text is longer than the configured limit; the rest was not read. */
    TOO_LONG,
    /** The file is cut off (a PDF without its end-of-file marker); the text before the cut is kept. */
    TRUNCATED,
    /** The parser gave up part-way through a damaged file; the text read before that is kept. */
    DAMAGED,
    /** The text was recognised from page images. */
    RECOGNISED,
    /** The parser could not read the file (damaged or unsupported). */
    UNREADABLE,
    /** No reader could be started (the machine, not the file); the next upload of the same bytes tries again. */
    READER_UNAVAILABLE
}
