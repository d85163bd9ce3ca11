package pl.innowacje.katalog.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field names of the index and the weights a query gives them. Each searchable text is indexed three ways (see
 * {@link PolishAnalysis}); a family's fields are named {@code family.kind}.
 */
final class Fields {

    /** Both kinds of document: the solution (ranking, facets) and one per file page ("where inside"). */
    static final String TYPE = "type";
    static final String TYPE_SOLUTION = "solution";
    static final String TYPE_PAGE = "page";
    /** Solution id on both kinds of document, so one delete removes a solution with its pages. */
    static final String SOLUTION_ID = "sid";
    /** The same id as a doc value on page documents, to group pages by solution without loading stored fields. */
    static final String SOLUTION_NUM = "sid_num";
    static final String VISIBLE = "visible";
    static final String SLUG = "slug";
    static final String STATUS = "status_stored";
    static final String TITLE_STORED = "title_stored";
    static final String TITLE_EN_STORED = "title_en_stored";
    /** Each title (Polish, English) whole and folded ({@link Folding}), for "title starts with" in autocomplete. */
    static final String TITLE_PREFIX = "title_prefix";
    /** Plain text of summary, goal and description, stored for record snippets. */
    static final String BODY_STORED = "body_stored";
    static final String PAGE_STORED = "page_stored";
    static final String FILE_ID = "file_id";
    static final String FILE_TITLE = "file_title";
    static final String PAGE_NO = "page_no";
    /** Whether a page document's number is its file's page or section: {@code files.TextUnit#key()}. */
    static final String UNIT = "unit";
    static final String PUBLISHED = "published";
    static final String TITLE_SORT = "title_sort";
    static final String DOWNLOADS = "downloads";

    static final String TITLE = "title";
    static final String BODY = "body";
    /** Vocabulary labels, blocks, components, results, project and partners: searched, never shown as a snippet. */
    static final String MORE = "more";
    static final String FILES = "files";
    static final String PAGE = "page";

    /** Facet dimensions, named as the JSON contract names them. */
    static final List<String> FACETS = List.of("area", "block", "problem", "user", "beneficiary", "form", "region",
            "programme", "year", "status", "filetype");
    /** Facets whose values are listed in their own order (newest year first), not by count. */
    static final String YEAR = "year";

    private Fields() {
    }

    static String name(String family, PolishAnalysis.Kind kind) {
        return family + "." + kind.name().toLowerCase();
    }

    /**
     * How much a match counts, by family and kind. Exact and title matches weigh most; handbook pages weigh as the
     * record's lemma and folded text (BM25's length normalisation keeps a long handbook from drowning a short record).
     * Chosen with the relevance check (RelevanceCheckTest), which prints recall@3 and MRR of the 229 judged queries
     * for this chain and its alternatives: without folding 0.95 / 0.93 against 0.97 / 0.95; Morfologik alone 0.93 /
     * 0.90; handbooks at 0.3 or 0.6 of record weight and Stempel in place of Morfologik scored the same or lower.
     */
    record Weights(List<PolishAnalysis.Kind> kinds, Map<String, Float> solution, Map<String, Float> page,
            Map<String, Float> body, WordFamily.Method family) {

        /** The same weights with another way of finding word families (to measure the one in use against). */
        Weights withFamily(WordFamily.Method method) {
            return new Weights(kinds, solution, page, body, method);
        }

        /**
         * The kinds a family is indexed with. Exact forms only for titles and records, where "the very word" should
         * win; for long handbook text and labels they cost a fifth of indexing and query time. Without them handbook
         * text is weighted as record text, which keeps the judged queries' recall@3 at 0.98 and MRR at 0.95.
         */
        List<PolishAnalysis.Kind> kinds(String family) {
            return TITLE.equals(family) || BODY.equals(family) ? kinds
                    : kinds.stream().filter(k -> k != PolishAnalysis.Kind.EXACT).toList();
        }

        static Weights standard() {
            return of(List.of(PolishAnalysis.Kind.LEMMA, PolishAnalysis.Kind.EXACT, PolishAnalysis.Kind.FOLDED),
                    new float[] {3.0f, 4.0f, 2.0f}, new float[] {1.0f, 1.3f, 0.7f}, new float[] {1.0f, 1.3f, 0.7f});
        }

        static Weights of(List<PolishAnalysis.Kind> kinds, float[] title, float[] body, float[] files) {
            Map<String, Float> solution = new LinkedHashMap<>();
            Map<String, Float> page = new LinkedHashMap<>();
            Map<String, Float> bodyOnly = new LinkedHashMap<>();
            for (int i = 0; i < kinds.size(); i++) {
                solution.put(name(TITLE, kinds.get(i)), title[i]);
                solution.put(name(BODY, kinds.get(i)), body[i]);
                bodyOnly.put(name(BODY, kinds.get(i)), body[i]);
                if (kinds.get(i) != PolishAnalysis.Kind.EXACT) {
                    solution.put(name(MORE, kinds.get(i)), body[i] * 0.7f);
                    solution.put(name(FILES, kinds.get(i)), files[i]);
                    page.put(name(PAGE, kinds.get(i)), body[i]);
                }
            }
            return new Weights(List.copyOf(kinds), Map.copyOf(solution), Map.copyOf(page), Map.copyOf(bodyOnly),
                    WordFamily.Method.PREFIX);
        }

        Map<String, PolishAnalysis.Kind> analysis() {
            Map<String, PolishAnalysis.Kind> out = new LinkedHashMap<>();
            for (String family : List.of(TITLE, BODY, MORE, FILES, PAGE)) {
                for (PolishAnalysis.Kind kind : kinds(family)) {
                    out.put(name(family, kind), kind);
                }
            }
            return out;
        }
    }
}
