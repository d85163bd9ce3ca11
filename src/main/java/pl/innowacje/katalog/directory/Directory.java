package pl.innowacje.katalog.directory;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Views;

/**
 * The organisations and projects behind the solutions, as the public directory shows them. Only public solutions are
 * ever listed with them.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

    public record OrganisationLink(String slug, String name) {
    }

    /** {@code contactRole} and {@code contactAddress} are the two halves of a "role / address" contact. */
    public record Organisation(String slug, String name, String type, String regionCode, String website,
            List<String> competences, String contactRole, String contactAddress) {

        public boolean contactIsEmail() {
            return contactAddress != null && contactAddress.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
        }
    }

    public record Project(String slug, String title, String programmeCode, LocalDate from, LocalDate to,
            String website, OrganisationLink implementer) {
    }

    public record OrganisationPage(Organisation organisation, List<Project> projects,
            List<Views.SolutionCard> solutions) {
    }

    public record ProjectPage(Project project, List<OrganisationLink> partners, List<Views.SolutionCard> solutions) {
    }

    private static final String ORGANISATION = "o.slug, o.name, o.org_type, o.region_code, o.website, o.competences, "
            + "o.contact";
    private static final String PROJECT = "p.slug, p.title, p.programme_code, p.start_date, p.end_date, p.website, "
            + "i.slug, i.name";

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organisation> organisations() {
        return jdbc.sql("SELECT " + ORGANISATION + " FROM organisation o ORDER BY o.name")
                .query((rs, n) -> organisation(rs)).list();
    }

    public Optional<OrganisationPage> organisation(String slug) {
        return jdbc.sql("SELECT o.id, " + ORGANISATION + " FROM organisation o WHERE o.slug = ?").param(slug)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new OrganisationPage(organisationAt(rs, 2), projects("""
                            WHERE p.implementer_id = ? OR p.id IN
                              (SELECT project_id FROM project_partner WHERE organisation_id = ?)""", id, id),
                            solutions("""
                            WHERE s.project_id IN (SELECT id FROM project WHERE implementer_id = ?)
                               OR s.project_id IN (SELECT project_id FROM project_partner WHERE organisation_id = ?)
                               OR s.id IN (SELECT solution_id FROM solution_partner WHERE organisation_id = ?)""",
                                    id, id, id));
                }).optional();
    }

    public List<Project> projects() {
        return projects("", new Object[0]);
    }

    public Optional<ProjectPage> project(String slug) {
        return jdbc.sql("SELECT p.id, " + PROJECT + " FROM project p LEFT JOIN organisation i ON i.id = p.implementer_id "
                + "WHERE p.slug = ?").param(slug)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    List<OrganisationLink> partners = jdbc.sql("""
                            SELECT o.slug, o.name FROM project_partner pp JOIN organisation o ON o.id = pp.organisation_id
                            WHERE pp.project_id = ? ORDER BY o.name""").param(id)
                            .query((r, m) -> new OrganisationLink(r.getString(1), r.getString(2))).list();
                    return new ProjectPage(projectAt(rs, 2), partners, solutions("WHERE s.project_id = ?", id));
                }).optional();
    }

    private List<Project> projects(String where, Object... params) {
        return jdbc.sql("SELECT " + PROJECT + " FROM project p LEFT JOIN organisation i ON i.id = p.implementer_id "
                + where + " ORDER BY p.start_date DESC, p.title").params(params)
                .query((rs, n) -> projectAt(rs, 1)).list();
    }

    private List<Views.SolutionCard> solutions(String where, Object... params) {
        return jdbc.sql("SELECT " + CatalogQueries.CARD + " FROM solution s " + where + " AND s.status IN "
                + CatalogQueries.PUBLIC_STATUSES + " ORDER BY s.title").params(params).query(CatalogQueries::card).list();
    }

    private static Organisation organisation(ResultSet rs) throws SQLException {
        return organisationAt(rs, 1);
    }

    private static Organisation organisationAt(ResultSet rs, int i) throws SQLException {
        String contact = rs.getString(i + 6);
        String role = contact;
        String address = null;
        if (contact != null && contact.contains(" / ")) {
            role = contact.substring(0, contact.lastIndexOf(" / ")).strip();
            address = contact.substring(contact.lastIndexOf(" / ") + 3).strip();
        }
        String competences = rs.getString(i + 5);
        return new Organisation(rs.getString(i), rs.getString(i + 1), rs.getString(i + 2), rs.getString(i + 3),
                rs.getString(i + 4), competences == null || competences.isBlank() ? List.of()
                        : List.of(competences.split("\n")), role, address);
    }

    private static Project projectAt(ResultSet rs, int i) throws SQLException {
        String implementer = rs.getString(i + 6);
        return new Project(rs.getString(i), rs.getString(i + 1), rs.getString(i + 2), date(rs.getDate(i + 3)),
                date(rs.getDate(i + 4)), rs.getString(i + 5),
                implementer == null ? null : new OrganisationLink(implementer, rs.getString(i + 7)));
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
