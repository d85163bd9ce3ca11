package pl.innowacje.katalog.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a PDF that was cut off. Every PDF ends with an end-of-file marker ({@code %%EOF}); readers accept it anywhere
 * in the last kilobyte. The PDF reader rebuilds what it can of a file without one and says nothing, so a download
 * broken off half-way would otherwise pass for a short handbook read in full.
 */
final class PdfEnding {

    private static final int TAIL = 1024;

    private PdfEnding() {
    }

    static final String CUT_OFF = "the file is cut off (it ends before its end-of-file marker); "
            + "only the text before the cut was read";

    /** Whether a file of this detected type is a PDF without its ending; a file that cannot be read is not judged. */
    static boolean cutOff(String mediaType, Path file) {
        try {
            return "application/pdf".equals(mediaType) && isMissing(file);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isMissing(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, TAIL));
            channel.position(size - tail.capacity());
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // until the tail is read whole
            }
            return !new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1).contains("%%EOF");
        }
    }
}
