package pl.innowacje.katalog.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The alternative a team would try first: MySQL/MariaDB FULLTEXT over the same public solutions (title, record text
 * and handbook text in one InnoDB table with a FULLTEXT index), with the same queries and facet filters as columns.
 */
final class FulltextComparison implements AutoCloseable {

    private static final String DATABASE = "katalog_bench_fulltext";

    private final Connection db;

    FulltextComparison(String server) throws Exception {
        this.db = DriverManager.getConnection(server + "?useSSL=false&allowPublicKeyRetrieval=true"
                + "&characterEncoding=UTF-8&rewriteBatchedStatements=true", "root", "");
        try (Statement s = db.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("USE " + DATABASE);
            s.execute("""
                    CREATE TABLE solution_text (id BIGINT PRIMARY KEY, area VARCHAR(160), users VARCHAR(1000),
                      problems VARCHAR(1000), regions VARCHAR(1000), title VARCHAR(400), body MEDIUMTEXT,
                      files MEDIUMTEXT) ENGINE=InnoDB""");
        }
    }

    /** Copies the public solutions from the portal's database; returns the number of rows. */
    int copyFrom(JdbcClient portal) throws Exception {
        Map<Long, String> files = new HashMap<>();
        portal.sql("""
                SELECT f.solution_id, p.text FROM solution_file f JOIN blob_page p ON p.sha256 = f.sha256
                ORDER BY f.solution_id, p.page_no""")
                .query(rs -> {
                    files.merge(rs.getLong(1), rs.getString(2), (a, b) -> a + "\n" + b);
                });
        Map<Long, Map<String, List<String>>> terms = new HashMap<>();
        portal.sql("SELECT solution_id, vocabulary, code FROM solution_term").query(rs -> {
            terms.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
        });
        int[] rows = {0};
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO solution_text VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            portal.sql("""
                    SELECT s.id, a.slug, s.title, s.summary, s.goal, s.description FROM solution s
                    JOIN thematic_block b ON b.id = s.primary_block_id JOIN area a ON a.id = b.area_id
                    WHERE s.status IN ('PUBLISHED', 'IN_DEVELOPMENT')""")
                    .query(rs -> {
                        try {
                            long id = rs.getLong(1);
                            Map<String, List<String>> t = terms.getOrDefault(id, Map.of());
                            insert.setLong(1, id);
                            insert.setString(2, rs.getString(2));
                            insert.setString(3, String.join(",", t.getOrDefault("USER", List.of())));
                            insert.setString(4, String.join(",", t.getOrDefault("PROBLEM", List.of())));
                            insert.setString(5, String.join(",", t.getOrDefault("REGION", List.of())));
                            insert.setString(6, rs.getString(3));
                            insert.setString(7, String.join("\n", nz(rs.getString(4)), nz(rs.getString(5)),
                                    nz(rs.getString(6))));
                            insert.setString(8, files.getOrDefault(id, ""));
                            insert.addBatch();
                            if (++rows[0] % 500 == 0) {
                                insert.executeBatch();
                            }
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("ALTER TABLE solution_text ADD FULLTEXT INDEX ft_text (title, body, files)");
        }
        return rows[0];
    }

    record Run(List<Double> millis, Map<Integer, List<Long>> topIds) {
    }

    Run search(List<QueryMix.Query> queries, int repeats) throws Exception {
        List<Double> millis = new ArrayList<>();
        Map<Integer, List<Long>> top = new LinkedHashMap<>();
        for (int pass = 0; pass <= repeats; pass++) {
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                List<Long> ids = query(queries.get(i));
                if (pass == 0) {
                    top.put(i, ids);
                } else {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        return new Run(millis, top);
    }

    private List<Long> query(QueryMix.Query q) throws Exception {
        boolean phrase = q.text().startsWith("\"");
        String match = "MATCH (title, body, files) AGAINST (? IN " + (phrase ? "BOOLEAN" : "NATURAL LANGUAGE")
                + " MODE)";
        StringBuilder sql = new StringBuilder("SELECT id FROM solution_text WHERE " + match);
        List<String> params = new ArrayList<>(List.of(q.text()));
        q.filters().forEach((dim, values) -> {
            String column = switch (dim) {
                case "area" -> null;
                case "user" -> "users";
                case "problem" -> "problems";
                default -> "regions";
            };
            for (String v : values) {
                sql.append(column == null ? " AND area = ?" : " AND FIND_IN_SET(?, " + column + ") > 0");
                params.add(v);
            }
        });
        sql.append(" ORDER BY ").append(match).append(" DESC LIMIT 10");
        params.add(q.text());
        try (PreparedStatement st = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                st.setString(i + 1, params.get(i));
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Of the solutions our search puts in its top ten, the share that FULLTEXT's top ten also has. */
    static double recall(Map<Integer, List<Long>> ours, Map<Integer, List<Long>> theirs) {
        long found = 0;
        long wanted = 0;
        for (Map.Entry<Integer, List<Long>> e : ours.entrySet()) {
            wanted += e.getValue().size();
            found += e.getValue().stream().filter(theirs.getOrDefault(e.getKey(), List.of())::contains).count();
        }
        return wanted == 0 ? 0 : Stats.round((double) found / wanted);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
        db.close();
    }
}
