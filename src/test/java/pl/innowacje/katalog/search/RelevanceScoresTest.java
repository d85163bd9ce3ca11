package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The arithmetic and the data format behind both relevance checks, on a hand-made judged set and fixed answers. */
class RelevanceScoresTest {

    private static final String SET = """
            # comment
            typo\tkalkulatr\tsystem mapa\tfirst of two acceptable answers found at rank 2
            typo\ttrenr pracy\ttrener

            long\tjak dotrzeć do młodzieży\tsojusznicy
            floor\ttypo\t0.50\t0.35
            floor\tlong\t1\t1
            floor\tall\t0.60\t0.40
            """;

    private static final Map<String, List<String>> ANSWERS = Map.of(
            "kalkulatr", List.of("inne", "mapa", "system"),
            "trenr pracy", List.of("a", "b", "c", "trener"),
            "jak dotrzeć do młodzieży", List.of("sojusznicy"));

    @Test
    void recallAtThreeAndMrrCountTheFirstAcceptableAnswerPerGroupAndOverall() {
        RelevanceScores scores = RelevanceScores.measure(JudgedSet.parse("test", SET), ANSWERS::get);

        assertThat(scores.byGroup().get("typo").queries()).isEqualTo(2);
        assertThat(scores.byGroup().get("typo").recallAt3()).isEqualTo(0.5);
        assertThat(scores.byGroup().get("typo").mrr()).isCloseTo((1.0 / 2 + 1.0 / 4) / 2, within(1e-9));
        assertThat(scores.byGroup().get("long").mrr()).isEqualTo(1.0);
        assertThat(scores.all().recallAt3()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(scores.all().mrr()).isCloseTo((0.5 + 0.25 + 1) / 3, within(1e-9));
    }

    @Test
    void aGroupBelowItsFloorIsNamedAndOneWithoutAFloorToo() {
        String withoutLongFloor = SET.replace("floor\tlong\t1\t1\n", "").replace("floor\ttypo\t0.50\t0.35",
                "floor\ttypo\t0.50\t0.40");
        RelevanceScores scores = RelevanceScores.measure(JudgedSet.parse("test", withoutLongFloor),
                q -> q.equals("kalkulatr") ? List.of() : ANSWERS.get(q));

        assertThat(scores.belowFloors()).containsExactly(
                "typo: recall@3 0.000, MRR 0.125 below the floor 0.50 / 0.40",
                "long: no floor in test",
                "all: recall@3 0.333, MRR 0.417 below the floor 0.60 / 0.40");
        assertThat(RelevanceScores.measure(JudgedSet.parse("test", SET), ANSWERS::get).belowFloors()).isEmpty();
    }

    @Test
    void malformedLinesAndRepeatedQueriesAreRefusedWithTheirLineNumber() {
        assertThatThrownBy(() -> JudgedSet.parse("f.tsv", "typo\tonly two columns"))
                .hasMessage("f.tsv:1: expected at least three tab-separated columns, got 2");
        assertThatThrownBy(() -> JudgedSet.parse("f.tsv", "typo\tquery\tNot A Slug"))
                .hasMessageStartingWith("f.tsv:1: a query and solution slugs");
        assertThatThrownBy(() -> JudgedSet.parse("f.tsv", "typo\tMops\tx\n\nlong\tmops\ty"))
                .hasMessage("f.tsv:3: the same query is already judged on line 1");
        assertThatThrownBy(() -> JudgedSet.parse("f.tsv", "floor\ttypo\t1.5\t0.5"))
                .hasMessage("f.tsv:1: a floor lies between 0 and 1, got 1.5");
    }
}
