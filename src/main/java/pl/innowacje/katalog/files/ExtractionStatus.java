package pl.innowacje.katalog.files;

/** How reading a file's text ended; anything but OK carries a reason. */
public enum ExtractionStatus {
    /** All text read. */
    OK,
    /** Text read up to a limit (size or time); what was read is kept. */
    PARTIAL,
    /** Text came from optical character recognition. */
    OCR,
    /** The file has no text layer (a scan, for instance). */
    EMPTY,
    /** Text was read but looks broken (a PDF with a damaged font map, for instance). */
    GARBLED,
    /** Nothing could be read; the file still downloads. */
    FAILED,
    /** Stored, its text not read yet: it follows in the background (see {@link PendingReads}). */
    PENDING
}
