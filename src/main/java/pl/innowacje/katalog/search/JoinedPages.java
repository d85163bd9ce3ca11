package pl.innowacje.katalog.search;

import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The handbook text of a solution's own document: its pages read one after another, each followed by a line break,
 * without joining them into one string (for a handbook of tens of megabytes each joined copy, one per analysis kind,
 * would cost more memory than the handbook itself).
 *
 * <p>Past {@code fullCharacters}, only the first occurrence of each word is read, up to {@code maxTailWords} words:
 * Lucene holds a document's postings in memory until the document ends, so a solution whose handbooks run to tens of
 * millions of characters would otherwise need hundreds of megabytes of heap. Every word still finds the solution;
 * phrases and word counts beyond that point come from the page documents, which are indexed whole.
 */
final class JoinedPages extends Reader {

    /** About 700 pages of 3,000 characters: every real handbook is read whole. */
    static final int FULL_CHARACTERS = 2_000_000;
    static final int MAX_TAIL_WORDS = 300_000;

    private final List<String> pages;
    private final long fullCharacters;
    private final int maxTailWords;
    private final Set<String> tailWords = new HashSet<>();
    private final StringBuilder pendingTail = new StringBuilder();
    private int page;
    private int offset;
    private long read;
    private int tailOffset;

    JoinedPages(List<String> pages) {
        this(pages, FULL_CHARACTERS, MAX_TAIL_WORDS);
    }

    JoinedPages(List<String> pages, long fullCharacters, int maxTailWords) {
        this.pages = pages;
        this.fullCharacters = fullCharacters;
        this.maxTailWords = maxTailWords;
    }

    @Override
    public int read(char[] buffer, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int written = 0;
        while (written < len) {
            if (tailOffset < pendingTail.length()) {
                int n = Math.min(len - written, pendingTail.length() - tailOffset);
                pendingTail.getChars(tailOffset, tailOffset + n, buffer, off + written);
                tailOffset += n;
                written += n;
                continue;
            }
            if (page >= pages.size()) {
                break;
            }
            String text = pages.get(page);
            if (read >= fullCharacters) {
                newWordsOf(text.substring(offset));
                page++;
                offset = 0;
            } else if (offset < text.length()) {
                int n = (int) Math.min(Math.min(len - written, text.length() - offset), fullCharacters - read);
                text.getChars(offset, offset + n, buffer, off + written);
                offset += n;
                written += n;
                read += n;
            } else {
                buffer[off + written++] = '\n';
                read++;
                page++;
                offset = 0;
            }
        }
        return written == 0 ? -1 : written;
    }

    /** Queues the words of the text not read before, each followed by a space. */
    private void newWordsOf(String text) {
        pendingTail.setLength(0);
        tailOffset = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String word = text.substring(start, i);
                if (tailWords.size() < maxTailWords && tailWords.add(word)) {
                    pendingTail.append(word).append(' ');
                }
                start = -1;
            }
        }
        pendingTail.append('\n');
    }

    @Override
    public void close() {
        // Nothing to release: the pages belong to the caller.
    }
}
