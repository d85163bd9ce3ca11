package pl.innowacje.katalog.publishing;

import java.util.List;

/** Who acts in the staff area: a username, and whether they administer the site or coordinate given blocks. */
public record Actor(String username, boolean admin, boolean coordinator, List<Long> blockIds) {

    public Actor {
        blockIds = List.copyOf(blockIds);
    }

    /** Coordinates at least one of these blocks (administrators count as coordinating every block). */
    public boolean coordinatesAnyOf(List<Long> blocks) {
        return admin || (coordinator && blocks.stream().anyMatch(blockIds::contains));
    }
}
