package pl.innowacje.katalog.catalog;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts a result card shows beside what the index holds: what a solution is, for whom and how proven. Read for
 * one page of results at a time, in three queries whatever the page size.
 */
@Service
@Transactional(readOnly = true)
public class SolutionCards {

    /** The vocabularies a card names: the form of the product, who can apply it, where it was tested. */
    static final List<Vocabulary> SHOWN = List.of(Vocabulary.FORM, Vocabulary.USER, Vocabulary.REGION);

    public record Card(long id, String summary, Status status, LocalDate verifiedOn, String verifiedBy,
            LocalDate periodFrom, LocalDate periodTo, int files, Map<Vocabulary, List<String>> terms,
            String summaryEn) {

        public String summary(Locale locale) {
            return Views.pick(summary, summaryEn, locale);
        }

        public String summaryLanguage(Locale locale) {
            return Views.languageOf(summaryEn, locale);
        }

        public List<String> terms(Vocabulary vocabulary) {
            return terms.getOrDefault(vocabulary, List.of());
        }
    }

    private final JdbcClient jdbc;

    SolutionCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cards of the public solutions among {@code ids}, by id; ids of solutions that are not public are left out. */
    public Map<Long, Card> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(",", "(", ")"));
        Map<Long, Map<Vocabulary, List<String>>> terms = new HashMap<>();
        jdbc.sql("SELECT solution_id, vocabulary, code FROM solution_term WHERE solution_id IN " + in
                + " AND vocabulary IN " + SHOWN.stream().map(v -> "'" + v.name() + "'")
                        .collect(Collectors.joining(",", "(", ")")) + " ORDER BY code")
                .query(rs -> {
                    terms.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Vocabulary.class))
                            .computeIfAbsent(Vocabulary.valueOf(rs.getString(2)), k -> new ArrayList<>())
                            .add(rs.getString(3));
                });
        Map<Long, Integer> files = new HashMap<>();
        jdbc.sql("SELECT solution_id, COUNT(*) FROM solution_file WHERE solution_id IN " + in + " GROUP BY solution_id")
                .query(rs -> {
                    files.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, Card> cards = new HashMap<>();
        jdbc.sql("""
                SELECT id, summary, status, verified_on, verified_by, period_from, period_to, summary_en FROM solution
                WHERE id IN""" + " " + in + " AND status IN " + CatalogQueries.PUBLIC_STATUSES)
                .query(rs -> {
                    long id = rs.getLong(1);
                    cards.put(id, new Card(id, rs.getString(2), Status.valueOf(rs.getString(3)), date(rs.getDate(4)),
                            rs.getString(5), date(rs.getDate(6)), date(rs.getDate(7)),
                            files.getOrDefault(id, 0), terms.getOrDefault(id, Map.of()), rs.getString(8)));
                });
        return cards;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
