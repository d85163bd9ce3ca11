package pl.innowacje.katalog.search;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import pl.innowacje.katalog.catalog.SolutionSnapshot;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.files.TextUnit;

/** Turns a solution snapshot (and its files' pages) into index documents. */
final class Documents {

    /** Positions and offsets in the postings: phrases need positions, highlighting reads offsets without re-analysis. */
    private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
    }

    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    private final FacetsConfig facets;
    private final Fields.Weights weights;
    private final Vocabularies vocabularies;
    private final java.util.function.Function<String, String> plainText;
    private final Collator collator;

    Documents(FacetsConfig facets, Fields.Weights weights, Vocabularies vocabularies,
            java.util.function.Function<String, String> plainText) {
        this.facets = facets;
        this.weights = weights;
        this.vocabularies = vocabularies;
        this.plainText = plainText;
        this.collator = Collator.getInstance(POLISH);
        this.collator.setStrength(Collator.SECONDARY);
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : Fields.FACETS) {
            config.setMultiValued(dim, true);
        }
        // area → block, so the browse tree and the block facet come from one dimension.
        config.setHierarchical("block", true);
        return config;
    }

    List<Document> build(SolutionSnapshot s, Map<String, List<String>> pagesBySha) throws java.io.IOException {
        List<Document> out = new ArrayList<>();
        String id = Long.toString(s.id());
        String visible = s.status().isPublic() ? "1" : "0";

        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, Fields.TYPE_SOLUTION, Field.Store.NO));
        doc.add(new StringField(Fields.SOLUTION_ID, id, Field.Store.YES));
        doc.add(new StringField(Fields.VISIBLE, visible, Field.Store.NO));
        doc.add(new StoredField(Fields.SLUG, s.slug()));
        doc.add(new StoredField(Fields.STATUS, s.status().name()));
        doc.add(new StoredField(Fields.TITLE_STORED, s.title()));
        if (s.titleEn() != null && !s.titleEn().isBlank()) {
            doc.add(new StoredField(Fields.TITLE_EN_STORED, s.titleEn()));
        }
        for (String t : nonBlank(s.title(), s.titleEn())) {
            doc.add(new StringField(Fields.TITLE_PREFIX, Folding.titleKey(t), Field.Store.NO));
        }

        String title = s.title() + (s.titleEn() == null ? "" : "\n" + s.titleEn());
        String body = String.join("\n", nonBlank(s.summary(), s.goal(), plainText.apply(s.description())));
        doc.add(new StoredField(Fields.BODY_STORED, body));
        List<String> more = new ArrayList<>(s.extraText());
        for (SolutionSnapshot.BlockRef b : s.blocks()) {
            more.add(b.title());
            more.add(b.areaTitle());
        }
        for (Vocabulary v : Vocabulary.values()) {
            for (String code : s.terms(v)) {
                more.add(vocabularies.label(v, code, POLISH));
                more.add(vocabularies.label(v, code, Locale.ENGLISH));
            }
        }
        if (s.programmeCode() != null) {
            more.add(vocabularies.label(Vocabulary.PROGRAMME, s.programmeCode(), POLISH));
            more.add(vocabularies.label(Vocabulary.PROGRAMME, s.programmeCode(), Locale.ENGLISH));
        }
        for (SolutionSnapshot.FileRef f : s.files()) {
            more.add(f.title());
        }
        List<String> files = new ArrayList<>();
        for (SolutionSnapshot.FileRef f : s.files()) {
            files.addAll(pagesBySha.getOrDefault(f.sha256(), List.of()));
        }
        for (PolishAnalysis.Kind kind : weights.kinds(Fields.TITLE)) {
            doc.add(new TextField(Fields.name(Fields.TITLE, kind), title, Field.Store.NO));
            // Offsets only where snippets come from; the extra text (labels, components) is searched, not shown.
            doc.add(new Field(Fields.name(Fields.BODY, kind), body, HIGHLIGHTED));
        }
        String moreText = String.join("\n", more);
        for (PolishAnalysis.Kind kind : weights.kinds(Fields.MORE)) {
            doc.add(new TextField(Fields.name(Fields.MORE, kind), moreText, Field.Store.NO));
            doc.add(new TextField(Fields.name(Fields.FILES, kind), new JoinedPages(files)));
        }
        long published = s.publishedAt() == null ? 0 : s.publishedAt().toEpochMilli();
        doc.add(new NumericDocValuesField(Fields.PUBLISHED, published));
        doc.add(new SortedDocValuesField(Fields.TITLE_SORT, new BytesRef(sortKey(s.title()))));
        doc.add(new NumericDocValuesField(Fields.DOWNLOADS, s.files().stream().mapToLong(
                SolutionSnapshot.FileRef::downloadCount).sum()));
        addFacets(doc, s);
        out.add(facets.build(doc));

        for (SolutionSnapshot.FileRef f : s.files()) {
            List<String> pages = pagesBySha.getOrDefault(f.sha256(), List.of());
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).isBlank()) {
                    continue;
                }
                Document page = new Document();
                page.add(new StringField(Fields.TYPE, Fields.TYPE_PAGE, Field.Store.NO));
                page.add(new StringField(Fields.SOLUTION_ID, id, Field.Store.YES));
                page.add(new NumericDocValuesField(Fields.SOLUTION_NUM, s.id()));
                page.add(new StringField(Fields.VISIBLE, visible, Field.Store.NO));
                page.add(new StoredField(Fields.FILE_ID, f.id()));
                page.add(new StoredField(Fields.FILE_TITLE, f.title()));
                page.add(new StoredField(Fields.PAGE_NO, i + 1));
                page.add(new StoredField(Fields.UNIT, TextUnit.of(f.mediaType()).key()));
                page.add(new StoredField(Fields.PAGE_STORED, pages.get(i)));
                for (PolishAnalysis.Kind kind : weights.kinds(Fields.PAGE)) {
                    page.add(new Field(Fields.name(Fields.PAGE, kind), pages.get(i), HIGHLIGHTED));
                }
                out.add(page);
            }
        }
        return out;
    }

    private void addFacets(Document doc, SolutionSnapshot s) {
        Set<String> areas = new LinkedHashSet<>();
        for (SolutionSnapshot.BlockRef b : s.blocks()) {
            areas.add(b.areaSlug());
            doc.add(new SortedSetDocValuesFacetField("block", b.areaSlug(), b.slug()));
        }
        areas.forEach(a -> doc.add(new SortedSetDocValuesFacetField("area", a)));
        facet(doc, "problem", s.terms(Vocabulary.PROBLEM));
        facet(doc, "user", s.terms(Vocabulary.USER));
        facet(doc, "beneficiary", s.terms(Vocabulary.BENEFICIARY));
        facet(doc, "form", s.terms(Vocabulary.FORM));
        facet(doc, "region", s.terms(Vocabulary.REGION));
        if (s.programmeCode() != null) {
            facet(doc, "programme", List.of(s.programmeCode()));
        }
        facet(doc, Fields.YEAR, s.years().stream().map(String::valueOf).toList());
        facet(doc, "status", List.of(s.status().name()));
        facet(doc, "filetype", s.files().stream().map(f -> FileTypes.of(f.mediaType())).distinct()
                .toList());
    }

    private static void facet(Document doc, String dim, List<String> values) {
        values.stream().distinct().forEach(v -> doc.add(new SortedSetDocValuesFacetField(dim, v)));
    }

    private byte[] sortKey(String title) {
        synchronized (collator) {
            return collator.getCollationKey(title).toByteArray();
        }
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}
