package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.LeafReaderContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.catalog.SolutionSnapshot;
import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;

/**
 * The same 60 solutions, in four segments, searched on one thread and in slices on two: every answer (hits in order,
 * totals, passages, facet counts with and without filters) is the same.
 */
class SlicedSearchTest {

    private static final String[] WORDS = {"bezrobotnych", "współpraca", "młodzieży", "konsultacje", "operatora",
        "partnerstwo", "gminy", "aktywizacja", "organizacji", "szkolenia"};
    private static final int[] SEGMENTS = {25, 15, 12, 8};
    /** Every solution, two facets chosen: the counts of both are made sideways. */
    private static final SearchRequest SIDEWAYS = new SearchRequest("", 1, 10, SearchRequest.Sort.RELEVANCE,
            Map.of("user", List.of("PUP"), "region", List.of("14")));

    private SearchIndex plain;
    private SearchIndex sliced;

    @BeforeEach
    void sameSolutionsTwice() throws IOException {
        Vocabularies vocabularies = mock(Vocabularies.class);
        when(vocabularies.label(any(), any(), any())).thenAnswer(a -> a.getArgument(1));
        plain = SearchIndex.inMemory(Fields.Weights.standard(), vocabularies, 1, 1);
        sliced = SearchIndex.inMemory(Fields.Weights.standard(), vocabularies, 2, 1);
        long id = 1;
        for (int segment : SEGMENTS) {
            List<SolutionSnapshot> batch = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < segment; i++, id++) {
                batch.add(solution(id));
                ids.add(id);
            }
            for (SearchIndex index : List.of(plain, sliced)) {
                index.replace(ids, batch, Map.of());
                index.commit(id);
            }
        }
    }

    @AfterEach
    void close() throws IOException {
        plain.destroy();
        sliced.destroy();
    }

    private static SolutionSnapshot solution(long id) {
        int n = (int) id;
        String title = WORDS[n % WORDS.length] + " " + WORDS[(n * 3) % WORDS.length] + " nr " + id;
        String summary = "Opis: " + WORDS[(n * 7) % WORDS.length] + ", " + WORDS[(n + 4) % WORDS.length] + ".";
        SolutionSnapshot.BlockRef block = n % 3 == 0
                ? new SolutionSnapshot.BlockRef("ngo", "Aktywne NGO", "rzadzenie", "Dobre rządzenie")
                : new SolutionSnapshot.BlockRef("praca", "Rynek pracy", "zatrudnienie", "Zatrudnienie");
        Map<Vocabulary, List<String>> terms = Map.of(Vocabulary.USER, n % 2 == 0 ? List.of("PUP") : List.of("OPS",
                "NGO"), Vocabulary.REGION, List.of(n % 4 == 0 ? "12" : "14"));
        return new SolutionSnapshot(id, "s" + id, title, null, summary, null, null,
                n % 10 == 0 ? Status.DRAFT : Status.PUBLISHED, "POKL", Instant.parse("2015-01-01T00:00:00Z")
                        .plusSeconds(86_400L * n), Instant.now(), List.of(block), terms, List.of(), List.of(),
                2010 + n % 5, 2012 + n % 5);
    }

    @Test
    void theSlicedIndexIsReallySearchedInSlices() throws IOException {
        int slices = sliced.search((searcher, state) -> searcher.getSlices().length);
        int oneThread = plain.search((searcher, state) -> searcher.getSlices().length);
        assertThat(slices).isEqualTo(2);
        assertThat(oneThread).isEqualTo(1);
    }

    @Test
    void termStatisticsAreLookedUpInTheAskingThreadNotHandedToTheSlices() throws IOException {
        Thread asking = Thread.currentThread();
        List<Thread> ran = sliced.search((searcher, state) -> searcher.getTaskExecutor()
                .invokeAll(List.of(Thread::currentThread, Thread::currentThread)));
        assertThat(ran).containsOnly(asking);
    }

    @Test
    void twoPiecesOfOneQueryRunSideBySideAndComeBackInOrder() throws IOException {
        CountDownLatch secondStarted = new CountDownLatch(1);
        SlicedSearchers.Both<Boolean, String> both = sliced.search((searcher, state) -> SlicedSearchers.both(searcher,
                () -> secondStarted.await(10, TimeUnit.SECONDS), () -> {
                    secondStarted.countDown();
                    return "second";
                }));
        // Run one after the other, the first would have waited in vain for the second to start.
        assertThat(both.first()).isTrue();
        assertThat(both.second()).isEqualTo("second");
    }

    @Test
    void aFailingPieceFailsTheQueryWithItsOwnException() {
        for (SearchIndex index : List.of(plain, sliced)) {
            assertThatThrownBy(() -> index.search((searcher, state) -> SlicedSearchers.both(searcher,
                    () -> "first", () -> {
                        throw new IOException("page text unreadable");
                    }))).isInstanceOf(IOException.class).hasMessage("page text unreadable");
        }
    }

    @Test
    void everyAnswerIsTheSameOnOneThreadAndInSlices() {
        SearchService one = new SearchService(plain, block -> "ngo".equals(block) ? "rzadzenie" : "zatrudnienie");
        SearchService two = new SearchService(sliced, block -> "ngo".equals(block) ? "rzadzenie" : "zatrudnienie");
        List<SearchRequest> requests = new ArrayList<>();
        for (String q : List.of("bezrobotnych", "wspolpraca mlodziezy", "konsultacje gminy szkolenia",
                "\"aktywizacja organizacji\"", "partnerstwo -gminy", "", "xyzzy operatora")) {
            for (Map<String, List<String>> filters : List.of(Map.<String, List<String>>of(),
                    Map.of("user", List.of("PUP")), Map.of("user", List.of("OPS"), "region", List.of("14")),
                    Map.of("block", List.of("ngo")))) {
                for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
                    requests.add(new SearchRequest(q, 1, 10, sort, filters));
                }
            }
        }
        int withHits = 0;
        for (SearchRequest request : requests) {
            SearchResult expected = one.search(request);
            assertThat(two.search(request)).as(request.toString()).isEqualTo(expected);
            withHits += expected.total() > 0 ? 1 : 0;
        }
        assertThat(withHits).as("most requests find something").isGreaterThan(requests.size() / 2);
    }

    /**
     * Many searches at once, each with facets counted sideways: a search thread of the pool must never wait for
     * counting tasks queued behind it in the same pool. It did: at 20,000 solutions, 8 concurrent searches hung the
     * portal for good, every pool thread waiting for work that only a pool thread could do.
     */
    @Test
    void manySearchesAtOnceAllEnd() throws Exception {
        SearchService service = new SearchService(sliced, block -> "ngo".equals(block) ? "rzadzenie" : "zatrudnienie");
        SearchResult expected = service.search(SIDEWAYS);
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<SearchResult>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(clients.submit(() -> service.search(SIDEWAYS)));
            }
            for (java.util.concurrent.Future<SearchResult> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * The deadlock above, made certain: one pool thread is held, and a search with facets counted sideways runs on
     * the other. Counting there must not hand work to the pool and wait for it.
     */
    @Test
    void aSearchOnAPoolThreadEndsWhileTheOtherPoolThreadIsBusy() throws Exception {
        SearchService service = new SearchService(sliced, block -> "ngo".equals(block) ? "rzadzenie" : "zatrudnienie");
        SearchResult expected = service.search(SIDEWAYS);
        @SuppressWarnings("deprecation")
        java.util.concurrent.ExecutorService pool = sliced.search((searcher, state) ->
                (java.util.concurrent.ExecutorService) searcher.getExecutor());
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        pool.submit(() -> {
            held.countDown();
            return release.await(60, TimeUnit.SECONDS);
        });
        try {
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(pool.submit(() -> service.search(SIDEWAYS)).get(20, TimeUnit.SECONDS)).isEqualTo(expected);
        } finally {
            release.countDown();
        }
    }

    @Test
    void segmentsAreDealtLargestFirstToTheEmptierSlice() throws IOException {
        List<Integer> sizes = sliced.search((searcher, state) -> {
            List<List<LeafReaderContext>> slices = SlicedSearchers.deal(searcher.getIndexReader().leaves(), 2);
            return slices.stream().map(s -> s.stream().mapToInt(l -> l.reader().maxDoc()).sum()).toList();
        });
        // Segments of 25, 15, 12 and 8 solutions: 25 + 8 against 15 + 12.
        assertThat(sizes).containsExactly(33, 27);
        try (SlicedSearchers twoCores = new SlicedSearchers(2, 10_000)) {
            assertThat(twoCores.sliceCount(15_000)).isEqualTo(1);
            assertThat(twoCores.sliceCount(100_000)).isEqualTo(2);
        }
    }
}
