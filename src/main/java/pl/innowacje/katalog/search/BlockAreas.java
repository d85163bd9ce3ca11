package pl.innowacje.katalog.search;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.catalog.CatalogQueries;

/** Which area each block is in: the block facet is a path area → block, so a filter by block needs its area. */
@Component
class BlockAreas {

    private final CatalogQueries catalog;
    private volatile Map<String, String> areas;

    BlockAreas(CatalogQueries catalog) {
        this.catalog = catalog;
    }

    String areaOf(String blockSlug) {
        Map<String, String> current = areas;
        if (current == null) {
            current = load();
            areas = current;
        }
        return current.get(blockSlug);
    }

    @EventListener
    void onChange(IndexFollower.Applied event) {
        areas = null;
    }

    private Map<String, String> load() {
        return Map.copyOf(catalog.blockAreas());
    }
}
