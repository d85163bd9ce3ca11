package pl.innowacje.katalog.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * recall@3 and MRR of a judged set against one search, per group and over the whole set. A query's rank is the
 * position of the first acceptable slug among the first ten hits (0 when none is there): recall@3 counts ranks 1–3,
 * MRR averages 1/rank with 0 for none.
 */
final class RelevanceScores {

    static final int DEPTH = 10;

    record Figures(int queries, double recallAt3, double mrr) {
    }

    record Outcome(JudgedSet.Judged judged, int rank, List<String> top) {
    }

    private final JudgedSet set;
    private final List<Outcome> outcomes;

    private RelevanceScores(JudgedSet set, List<Outcome> outcomes) {
        this.set = set;
        this.outcomes = outcomes;
    }

    /** {@code search} answers a query with the slugs of its first {@link #DEPTH} hits, best first. */
    static RelevanceScores measure(JudgedSet set, Function<String, List<String>> search) {
        List<Outcome> outcomes = new ArrayList<>();
        for (JudgedSet.Judged j : set.queries()) {
            List<String> slugs = search.apply(j.query());
            int rank = 0;
            for (int i = 0; i < Math.min(DEPTH, slugs.size()) && rank == 0; i++) {
                rank = j.expected().contains(slugs.get(i)) ? i + 1 : 0;
            }
            outcomes.add(new Outcome(j, rank, slugs.subList(0, Math.min(3, slugs.size()))));
        }
        return new RelevanceScores(set, outcomes);
    }

    Figures all() {
        return figures(outcomes);
    }

    Map<String, Figures> byGroup() {
        Map<String, Figures> out = new LinkedHashMap<>();
        for (String group : set.groups()) {
            out.put(group, figures(outcomes.stream().filter(o -> o.judged().group().equals(group)).toList()));
        }
        return out;
    }

    private static Figures figures(List<Outcome> of) {
        if (of.isEmpty()) {
            return new Figures(0, 0, 0);
        }
        long inTop3 = of.stream().filter(o -> o.rank() >= 1 && o.rank() <= 3).count();
        double reciprocal = of.stream().mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank()).sum();
        return new Figures(of.size(), (double) inTop3 / of.size(), reciprocal / of.size());
    }

    /** Every group and the whole set against their floors: one line per shortfall, empty when all hold. */
    List<String> belowFloors() {
        List<String> out = new ArrayList<>();
        Map<String, Figures> groups = new LinkedHashMap<>(byGroup());
        groups.put(JudgedSet.ALL, all());
        groups.forEach((group, f) -> {
            JudgedSet.Floor floor = set.floors().get(group);
            if (floor == null) {
                out.add(group + ": no floor in " + set.source());
            } else if (f.recallAt3() < floor.recallAt3() || f.mrr() < floor.mrr()) {
                out.add(String.format(Locale.ROOT, "%s: recall@3 %.3f, MRR %.3f below the floor %.2f / %.2f", group,
                        f.recallAt3(), f.mrr(), floor.recallAt3(), floor.mrr()));
            }
        });
        set.floors().keySet().stream().filter(g -> !groups.containsKey(g))
                .forEach(g -> out.add(g + ": a floor for a group with no queries"));
        return out;
    }

    /** The per-group table with the floors beside the figures. */
    String table(String title) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%n%s: %d judged queries (%s)%n", title,
                outcomes.size(), set.source()));
        sb.append(String.format(Locale.ROOT, "  %-14s %7s %9s %7s   %s%n", "group", "queries", "recall@3", "MRR",
                "floor (recall@3 / MRR)"));
        Map<String, Figures> rows = new LinkedHashMap<>(byGroup());
        rows.put(JudgedSet.ALL, all());
        rows.forEach((group, f) -> {
            JudgedSet.Floor floor = set.floors().get(group);
            sb.append(String.format(Locale.ROOT, "  %-14s %7d %9.3f %7.3f   %s%n", group, f.queries(),
                    f.recallAt3(), f.mrr(), floor == null ? "none" : String.format(Locale.ROOT, "%.2f / %.2f",
                            floor.recallAt3(), floor.mrr())));
        });
        return sb.toString();
    }

    /** The queries whose first acceptable answer is not first, with what came first instead. */
    String notFirst() {
        StringBuilder sb = new StringBuilder("  not first:\n");
        for (Outcome o : outcomes) {
            if (o.rank() != 1) {
                sb.append(String.format(Locale.ROOT, "    [%s] %s → %s; top: %s%n", o.judged().group(),
                        o.judged().query(), o.rank() == 0 ? "not in the first " + DEPTH : "rank " + o.rank(),
                        o.top()));
            }
        }
        return sb.toString();
    }

    /** One line for a comparison of chains: the whole set, then each group's recall@3 / MRR. */
    String line(String name) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-44s all %.2f/%.2f", name,
                all().recallAt3(), all().mrr()));
        byGroup().forEach((group, f) -> sb.append(String.format(Locale.ROOT, "  %s %.2f/%.2f", group,
                f.recallAt3(), f.mrr())));
        return sb.toString();
    }
}
