package pl.innowacje.katalog.regions;

import java.util.List;

/**
 * The map's content: the sixteen voivodeships with their counts, the solutions tested nationwide (null when there
 * are none), and the key of the shades in use.
 */
public record RegionMap(List<Region> regions, Region nationwide, List<Range> legend) {

    /** Shades run from 0 (no solution) to {@link #SHADES}; the darkest holds the largest count. */
    public static final int SHADES = 4;

    /** One voivodeship (or the whole country): {@code x}, {@code y} is where its count is written on the map. */
    public record Region(String code, String name, long count, int shade, boolean selected, String href, int x,
            int y) {
    }

    /** The counts {@code from}–{@code to} that a shade stands for. */
    public record Range(int shade, long from, long to) {
    }

    public boolean isEmpty() {
        return nationwide == null && regions.stream().allMatch(r -> r.count() == 0);
    }
}
