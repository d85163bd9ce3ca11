package pl.innowacje.katalog.stats;

import java.sql.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import pl.innowacje.katalog.catalog.ChangeLog;

/**
 * Adds counts to the day's rows. A row is updated when it exists and inserted otherwise; two nodes inserting the
 * same new row at once meet on the primary key, and the loser adds to the winner's row. A row is only inserted for
 * a solution that still exists, so a count for one deleted meanwhile is dropped rather than failing the rest.
 */
@Repository
class UsageStore {

    private final JdbcClient jdbc;
    private final ChangeLog changes;

    UsageStore(JdbcClient jdbc, ChangeLog changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @Transactional
    void add(Map<Usage.Key, Long> counts) {
        Set<Long> downloaded = new TreeSet<>();
        counts.forEach((key, n) -> {
            Date day = Date.valueOf(key.day());
            if (key.kind() == Usage.Kind.VIEW) {
                upsert("UPDATE solution_view_day SET views = views + ? WHERE solution_id = ? AND on_day = ?",
                        "INSERT INTO solution_view_day (solution_id, on_day, views) "
                                + "SELECT id, ?, ? FROM solution WHERE id = ?",
                        new Object[] {n, key.id(), day}, new Object[] {day, n, key.id()});
            } else {
                upsert("UPDATE file_download_day SET downloads = downloads + ? WHERE file_id = ? AND on_day = ?",
                        "INSERT INTO file_download_day (file_id, on_day, solution_id, downloads) "
                                + "SELECT ?, ?, id, ? FROM solution WHERE id = ?",
                        new Object[] {n, key.id(), day}, new Object[] {key.id(), day, n, key.solutionId()});
                jdbc.sql("UPDATE solution_file SET download_count = download_count + ? WHERE id = ?")
                        .params(n, key.id()).update();
                downloaded.add(key.solutionId());
            }
        });
        // The "most downloaded" order is read from the index, which follows the change log like every other field.
        downloaded.forEach(id -> changes.append(ChangeLog.Entity.SOLUTION, id));
    }

    private void upsert(String update, String insert, Object[] updateArgs, Object[] insertArgs) {
        if (jdbc.sql(update).params(updateArgs).update() > 0) {
            return;
        }
        try {
            jdbc.sql(insert).params(insertArgs).update();
        } catch (DuplicateKeyException raced) {
            jdbc.sql(update).params(updateArgs).update();
        }
    }
}
