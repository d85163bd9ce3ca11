package pl.innowacje.katalog.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TextDiffTest {

    private static String render(List<TextDiff.Line> lines) {
        StringBuilder out = new StringBuilder();
        for (TextDiff.Line l : lines) {
            out.append(switch (l.kind()) {
                case SAME -> "  ";
                case REMOVED -> "- ";
                case ADDED -> "+ ";
                case SKIPPED -> "… ";
            }).append(l.text()).append('\n');
        }
        return out.toString();
    }

    @Test
    void aChangedLineShowsAsRemovedAndAddedBetweenItsNeighbours() {
        assertThat(render(TextDiff.lines("a\nb\nc", "a\nB\nc"))).isEqualTo("  a\n- b\n+ B\n  c\n");
    }

    @Test
    void longUnchangedRunsAreCutToTwoLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9";
        String after = "1\n2\n3\n4\n5\n6\n7\n8\nnine";
        assertThat(render(TextDiff.lines(before, after))).isEqualTo("… 6\n  7\n  8\n- 9\n+ nine\n");
    }

    @Test
    void aTextWrittenFromNothingIsAllAdded() {
        assertThat(render(TextDiff.lines(null, "x\ny"))).isEqualTo("+ x\n+ y\n");
    }

    @Test
    void fieldChangesNameOnlyWhatChangedInTheFieldsOrder() {
        Map<String, Object> before = Map.of("title", "Stary", "terms.PROBLEM", List.of("A", "B"), "goal", "Cel");
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("title", "Nowy");
        after.put("goal", "Cel");
        after.put("terms.PROBLEM", List.of("B", "C"));
        List<FieldChanges.Change> changes = FieldChanges.between(before, after, (f, v) -> v.toLowerCase());
        assertThat(changes).extracting(FieldChanges.Change::field).containsExactly("title", "terms.PROBLEM");
        assertThat(changes.get(0).removed()).containsExactly("stary");
        assertThat(changes.get(0).added()).containsExactly("nowy");
        assertThat(changes.get(1).removed()).containsExactly("a");
        assertThat(changes.get(1).added()).containsExactly("c");
    }

    @Test
    void theSameItemsInAnotherOrderShowTheWholeNewOrder() {
        List<FieldChanges.Change> changes = FieldChanges.between(Map.of("files", List.of("a", "b")),
                Map.of("files", List.of("b", "a")), (f, v) -> v);
        assertThat(changes.get(0).removed()).containsExactly("a", "b");
        assertThat(changes.get(0).added()).containsExactly("b", "a");
    }
}
