package pl.innowacje.katalog.tools.handbooks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;

/** Renders a {@link Handbook} into one file format. */
interface HandbookWriter {

    /** Writes {@code handbook} to {@code target}, replacing an existing file. */
    Written write(Handbook handbook, Path target) throws IOException;

    /** @param pages known only where the format has a fixed layout (PDF) */
    record Written(Path path, OptionalInt pages, long bytes) {
    }
}
