package pl.innowacje.katalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import pl.innowacje.katalog.WriteSequence.Create;
import pl.innowacje.katalog.WriteSequence.Save;
import pl.innowacje.katalog.WriteSequence.Step;
import pl.innowacje.katalog.WriteSequence.Upload;
import pl.innowacje.katalog.WriteSequence.Write;

/**
 * What the database and the file store hold after a kill, against what the portal had answered for: each
 * acknowledged write must be there (the solution, its history rows, the saved field, the stored bytes), and the
 * solution must be in the state of the last acknowledged write or of the one that was under way.
 */
final class AcknowledgedWrites {

    /** The trial's solution as the database holds it; {@code files} are the ids of its files by title. */
    record Found(String slug, String status, String summary, Map<String, Long> files) {

        boolean isPublic() {
            return "PUBLISHED".equals(status) || "IN_DEVELOPMENT".equals(status);
        }
    }

    /**
     * The findings: each lost write with what is missing of it (empty when nothing was lost), the solution (null when
     * it was never created), the writes checked, and how many of the test's solutions are public.
     */
    record Checked(List<String> lost, Found found, int checkedWrites, long publicMarked) {
    }

    private AcknowledgedWrites() {
    }

    static Checked check(Connection db, Path filesDir, WriteSequence sequence) throws Exception {
        List<Write> writes = sequence.writes();
        long publicMarked = count(db, "SELECT COUNT(*) FROM solution WHERE title LIKE ? AND status IN "
                + "('PUBLISHED', 'IN_DEVELOPMENT')", "%" + WriteSequence.MARKER + "%");
        if (!writes.get(0).acknowledged) {
            return new Checked(List.of(), null, 0, publicMarked);
        }
        long id = sequence.solutionId();
        Found found = solution(db, id);
        if (found == null) {
            return new Checked(List.of("CREATE: solution " + id + " is not in the database"), null, 1, publicMarked);
        }
        // What is missing, by write: one lost write may show in several places (its row, the field it set).
        Map<Write, List<String>> missing = new LinkedHashMap<>();
        int checked = 0;
        for (Write w : writes) {
            if (!w.acknowledged) {
                continue;
            }
            checked++;
            String problem = null;
            if (w.change instanceof Upload u) {
                Long fileId = found.files().get(u.title());
                String sha = fileId == null ? null : text(db, "SELECT sha256 FROM solution_file WHERE id = ?", fileId);
                Path stored = filesDir.resolve(u.sha256().substring(0, 2)).resolve(u.sha256().substring(2, 4))
                        .resolve(u.sha256());
                if (!u.sha256().equals(sha)) {
                    problem = "no file \"" + u.title() + "\" with its bytes' hash";
                } else if (count(db, "SELECT COUNT(*) FROM stored_blob WHERE sha256 = ?", sha) == 0) {
                    problem = "no stored_blob row for " + sha;
                } else if (!Files.exists(stored) || !Arrays.equals(Files.readAllBytes(stored), u.bytes())) {
                    problem = "the file store does not hold the bytes of \"" + u.title() + "\"";
                }
            } else if (w.change instanceof Save s && count(db, "SELECT COUNT(*) FROM revision WHERE entity = "
                    + "'SOLUTION' AND entity_id = ? AND note = ?", id, s.note()) == 0) {
                problem = "no history row \"" + s.note() + "\"";
            } else if (w.change instanceof Step s && count(db, "SELECT COUNT(*) FROM solution_status_change "
                    + "WHERE solution_id = ? AND to_status = ? AND reason = ?", id, s.to(), s.reason()) == 0) {
                problem = "no status change row to " + s.to();
            }
            if (problem != null) {
                missing.computeIfAbsent(w, k -> new ArrayList<>()).add(problem);
            }
        }
        expectLatest(writes, w -> w.change instanceof Create c ? c.summary() : w.change instanceof Save s
                ? s.summary() : null, null, found.summary(), "summary", missing);
        expectLatest(writes, w -> w.change instanceof Step s ? s.to() : null, "DRAFT", found.status(), "status",
                missing);
        List<String> lost = new ArrayList<>();
        missing.forEach((w, problems) -> lost.add(w.kind() + " of solution " + id + ": " + String.join("; ",
                problems)));
        return new Checked(lost, found, checked, publicMarked);
    }

    /**
     * A field must hold what the last acknowledged write of it set (or {@code initial}), or what a later write that
     * was sent but not answered set (it may have committed just before the kill). Otherwise that last acknowledged
     * write is lost.
     */
    private static void expectLatest(List<Write> writes, Function<Write, String> value, String initial,
            String actual, String field, Map<Write, List<String>> missing) {
        Set<String> allowed = new LinkedHashSet<>();
        String last = initial;
        int lastIndex = -1;
        for (int i = 0; i < writes.size(); i++) {
            if (writes.get(i).acknowledged && value.apply(writes.get(i)) != null) {
                last = value.apply(writes.get(i));
                lastIndex = i;
            }
        }
        allowed.add(last);
        for (int i = lastIndex + 1; i < writes.size(); i++) {
            if (writes.get(i).sent && value.apply(writes.get(i)) != null) {
                allowed.add(value.apply(writes.get(i)));
            }
        }
        if (!allowed.contains(actual) && lastIndex >= 0) {
            missing.computeIfAbsent(writes.get(lastIndex), k -> new ArrayList<>())
                    .add(field + " is \"" + actual + "\", expected one of " + allowed);
        }
    }

    private static Found solution(Connection db, long id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT slug, status, summary FROM solution WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, Long> files = new LinkedHashMap<>();
                try (PreparedStatement f = db.prepareStatement(
                        "SELECT title, id FROM solution_file WHERE solution_id = ?")) {
                    f.setLong(1, id);
                    try (ResultSet r = f.executeQuery()) {
                        while (r.next()) {
                            files.put(r.getString(1), r.getLong(2));
                        }
                    }
                }
                return new Found(rs.getString(1), rs.getString(2), rs.getString(3), files);
            }
        }
    }

    private static long count(Connection db, String sql, Object... params) throws SQLException {
        String value = text(db, sql, params);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String text(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
