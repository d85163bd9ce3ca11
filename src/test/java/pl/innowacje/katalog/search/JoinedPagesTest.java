package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

import org.junit.jupiter.api.Test;

class JoinedPagesTest {

    @Test
    void readsThePagesEachFollowedByALineBreakWhateverTheBufferSize() throws IOException {
        List<String> pages = List.of("Pierwsza strona", "", "żółta łąka", "x");
        for (int size : new int[] {1, 2, 3, 7, 64}) {
            assertThat(readAll(new JoinedPages(pages), size)).as("buffer of %d", size)
                    .isEqualTo("Pierwsza strona\n\nżółta łąka\nx\n");
        }
    }

    @Test
    void noPagesAreAnEmptyText() throws IOException {
        assertThat(readAll(new JoinedPages(List.of()), 8)).isEmpty();
    }

    @Test
    void pastTheFullPartEachWordIsReadOnceUpToTheLimit() throws IOException {
        List<String> pages = List.of("ala ma", "kota, kota i psa; ala ma kota", "psa i żółwia", "nowe");
        assertThat(readAll(new JoinedPages(pages, 7, 100), 5))
                .isEqualTo("ala ma\nkota i psa ala ma \nżółwia \nnowe \n");
        assertThat(readAll(new JoinedPages(pages, 7, 3), 64)).isEqualTo("ala ma\nkota i psa \n\n\n");
    }

    private static String readAll(Reader reader, int bufferSize) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[bufferSize];
        for (int n; (n = reader.read(buffer, 0, bufferSize)) != -1; ) {
            assertThat(n).isPositive();
            out.append(buffer, 0, n);
        }
        return out.toString();
    }
}
