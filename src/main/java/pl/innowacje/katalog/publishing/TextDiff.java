package pl.innowacje.katalog.publishing;

import java.util.ArrayList;
import java.util.List;

/**
 * Line-by-line differences between two texts, as a reviewer reads them: unchanged lines, lines removed and lines
 * added, in order (longest common subsequence). Long runs of unchanged lines are cut to a little context.
 */
public final class TextDiff {

    public enum Kind { SAME, REMOVED, ADDED, SKIPPED }

    /** One line of the comparison; a SKIPPED line stands for {@code text} unchanged lines left out. */
    public record Line(Kind kind, String text) {
    }

    /** Beyond this many line pairs the texts are shown as replaced wholesale rather than compared. */
    private static final long MAX_CELLS = 1_000_000;
    private static final int CONTEXT = 2;

    private TextDiff() {
    }

    static List<Line> lines(String before, String after) {
        String[] a = split(before);
        String[] b = split(after);
        // Most edits touch a few lines: the unchanged start and end are taken as they are, and only the middle is
        // compared, which keeps the table small even for a long description.
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        List<Line> all = new ArrayList<>();
        for (int k = 0; k < start; k++) {
            all.add(new Line(Kind.SAME, a[k]));
        }
        all.addAll(middle(java.util.Arrays.copyOfRange(a, start, endA), java.util.Arrays.copyOfRange(b, start, endB)));
        for (int k = endA; k < a.length; k++) {
            all.add(new Line(Kind.SAME, a[k]));
        }
        return withContext(all);
    }

    private static List<Line> middle(String[] a, String[] b) {
        List<Line> all = new ArrayList<>();
        if ((long) a.length * b.length > MAX_CELLS) {
            for (String line : a) {
                all.add(new Line(Kind.REMOVED, line));
            }
            for (String line : b) {
                all.add(new Line(Kind.ADDED, line));
            }
            return all;
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                all.add(new Line(Kind.SAME, a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                all.add(new Line(Kind.REMOVED, a[i++]));
            } else {
                all.add(new Line(Kind.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            all.add(new Line(Kind.REMOVED, a[i++]));
        }
        while (j < b.length) {
            all.add(new Line(Kind.ADDED, b[j++]));
        }
        return all;
    }

    /** Keeps unchanged lines only near a change; each cut run becomes one SKIPPED line saying how many. */
    private static List<Line> withContext(List<Line> all) {
        List<Line> out = new ArrayList<>();
        int n = all.size();
        boolean[] keep = new boolean[n];
        for (int k = 0; k < n; k++) {
            if (all.get(k).kind() != Kind.SAME) {
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(n - 1, k + CONTEXT); c++) {
                    keep[c] = true;
                }
            }
        }
        int skipped = 0;
        for (int k = 0; k < n; k++) {
            if (keep[k]) {
                if (skipped > 0) {
                    out.add(new Line(Kind.SKIPPED, Integer.toString(skipped)));
                    skipped = 0;
                }
                out.add(all.get(k));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            out.add(new Line(Kind.SKIPPED, Integer.toString(skipped)));
        }
        return out;
    }

    private static String[] split(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\n", -1);
    }
}
