package pl.innowacje.katalog.search;

import java.io.Reader;
import java.util.List;

/**
 * The pages of a solution's handbooks read one after another, each followed by a line break, without joining them
 * into one string: for a handbook of tens of megabytes, each joined copy (one per analysis kind) would cost more
 * memory than the handbook itself.
 */
final class JoinedPages extends Reader {

    private final List<String> pages;
    private int page;
    private int offset;

    JoinedPages(List<String> pages) {
        this.pages = pages;
    }

    @Override
    public int read(char[] buffer, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int written = 0;
        while (written < len && page < pages.size()) {
            String text = pages.get(page);
            if (offset < text.length()) {
                int n = Math.min(len - written, text.length() - offset);
                text.getChars(offset, offset + n, buffer, off + written);
                offset += n;
                written += n;
            } else {
                buffer[off + written++] = '\n';
                page++;
                offset = 0;
            }
        }
        return written == 0 ? -1 : written;
    }

    @Override
    public void close() {
        // Nothing to release: the pages belong to the caller.
    }
}
