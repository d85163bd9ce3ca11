package pl.innowacje.katalog.regions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.search.FacetLabels;

/** Builds the map from a search's counts per region (its {@code region} facet). */
@Component
public class RegionMaps {

    /** The region code of solutions tested across the whole country. */
    static final String NATIONWIDE = "PL";

    private record Place(String code, int x, int y) {
    }

    private final List<Place> places;
    private final FacetLabels labels;

    RegionMaps(FacetLabels labels) {
        this.labels = labels;
        this.places = load();
    }

    /**
     * @param counts solutions per region code, as the search counted them (codes it did not count are zero)
     * @param selected the region codes the search is filtered by
     * @param href the link of a region: the same search filtered by it (or no longer, when it is selected)
     */
    public RegionMap of(Map<String, Long> counts, Collection<String> selected, UnaryOperator<String> href,
            Locale locale) {
        long max = places.stream().mapToLong(p -> counts.getOrDefault(p.code(), 0L)).max().orElse(0);
        List<RegionMap.Region> regions = new ArrayList<>();
        for (Place p : places) {
            long count = counts.getOrDefault(p.code(), 0L);
            regions.add(new RegionMap.Region(p.code(), labels.label("region", p.code(), locale), count,
                    shade(count, max), selected.contains(p.code()), href.apply(p.code()), p.x(), p.y()));
        }
        long country = counts.getOrDefault(NATIONWIDE, 0L);
        RegionMap.Region nationwide = country == 0 && !selected.contains(NATIONWIDE) ? null
                : new RegionMap.Region(NATIONWIDE, labels.label("region", NATIONWIDE, locale), country, 0,
                        selected.contains(NATIONWIDE), href.apply(NATIONWIDE), 0, 0);
        return new RegionMap(regions, nationwide, legend(max));
    }

    /** Shade k holds the counts c with (k − 1)·max/4 &lt; c ≤ k·max/4, so the largest count is the darkest. */
    static int shade(long count, long max) {
        return count <= 0 || max <= 0 ? 0 : (int) Math.ceil((double) RegionMap.SHADES * count / max);
    }

    static List<RegionMap.Range> legend(long max) {
        List<RegionMap.Range> out = new ArrayList<>();
        out.add(new RegionMap.Range(0, 0, 0));
        for (int k = 1; k <= RegionMap.SHADES; k++) {
            long from = (long) Math.floor((double) (k - 1) * max / RegionMap.SHADES) + 1;
            long to = (long) Math.floor((double) k * max / RegionMap.SHADES);
            if (from <= to) {
                out.add(new RegionMap.Range(k, from, to));
            }
        }
        return out;
    }

    private static List<Place> load() {
        try (var in = new ClassPathResource("geo/voivodeships.tsv").getInputStream()) {
            List<Place> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\t");
                out.add(new Place(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
