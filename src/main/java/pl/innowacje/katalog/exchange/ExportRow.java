package pl.innowacje.katalog.exchange;

import java.util.List;

/**
 * One solution as a row of a results download: every field of its card, lists joined by "; " (the long
 * description and the handbooks' text are on the solution's page). The column names ({@link #COLUMNS}; new ones are
 * only ever added at the end) are the contract of the CSV, XLSX and JSON downloads (README, "Downloading results").
 */
record ExportRow(long id, String slug, String url, String title, String titleEn, String summary, String status,
        String verification, String verifiedOn, String verifiedBy, String programme, String areas, String blocks,
        String problems, String users, String beneficiaries, String forms, String regions, String periodFrom,
        String periodTo, String project, String implementer, String partners, String keywords, String language,
        String licence, int files, String publishedAt, String updatedAt, String summaryEn, String goal,
        String results, String components, String contact, long downloads) {

    static final List<String> COLUMNS = List.of("id", "slug", "url", "title", "title_en", "summary", "status",
            "verification", "verified_on", "verified_by", "programme", "areas", "blocks", "problems", "users",
            "beneficiaries", "forms", "regions", "period_from", "period_to", "project", "implementer", "partners",
            "keywords", "language", "licence", "files", "published_at", "updated_at", "summary_en", "goal", "results",
            "components", "contact", "downloads");

    /** The values in {@link #COLUMNS}' order, as text (numbers as digits, missing values empty). */
    List<String> values() {
        return java.util.Arrays.asList(Long.toString(id), slug, url, title, titleEn, summary, status, verification,
                verifiedOn, verifiedBy, programme, areas, blocks, problems, users, beneficiaries, forms, regions,
                periodFrom, periodTo, project, implementer, partners, keywords, language, licence,
                Integer.toString(files), publishedAt, updatedAt, summaryEn, goal, results, components, contact,
                Long.toString(downloads));
    }
}
