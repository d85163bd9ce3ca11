package pl.innowacje.katalog.bench;

import java.util.Map;

/** report.md: every figure next to what it is compared with and the target it is held to. */
final class ReportMarkdown {

    private ReportMarkdown() {
    }

    static String render(Map<String, Object> r) {
        StringBuilder md = new StringBuilder("# Benchmark report\n\n");
        md.append("Catalogue: ").append(r.get("solutions")).append(" solutions, ").append(r.get("files"))
                .append(" handbook files ").append(r.get("files_by_type")).append(", from ")
                .append(r.get("corpus_paragraphs")).append(" corpus paragraphs (").append(r.get("corpus"))
                .append(").\n\n| measure | portal | compared with | target |\n|---|---|---|---|\n");
        row(md, "search p50 / p95 / p99 (ms), /api/search round trip", pct(r.get("search_api_ms")),
                "bare Lucene " + pct(r.get("search_lucene_ms")) + "; FULLTEXT " + pct(r.get("search_fulltext_ms")),
                "p50 ≤ 10, p99 ≤ 50; ≤ 1.5× Lucene; ≥ 20× faster than FULLTEXT");
        row(md, "search server time (Server-Timing)", pct(r.get("search_api_server_ms")), "", "");
        row(md, "FULLTEXT recall of our top 10", r.get("fulltext_recall_vs_ours"), "", "");
        row(md, "HTML search page (req/s, errors)", r.get("html_rps") + ", " + r.get("html_errors"),
                String.valueOf(r.get("html_load")), "≥ 500 req/s, 0 errors");
        row(md, "index rebuild (solutions/s)", r.get("rebuild_per_s"), "DB read alone " + r.get("db_read_per_s"),
                "≥ 2,000");
        row(md, "extraction (files/s)", r.get("extraction_files_per_s"), "Tika alone " + r.get("tika_files_per_s")
                + "; pdftotext (PDFs) " + r.get("pdftotext_files_per_s"), "≥ 0.8× Tika");
        row(md, "publish → searchable (ms)", pct(r.get("publish_to_search_ms")), "", "≤ 1,000");
        row(md, "withdraw → gone from search (ms)", pct(r.get("withdraw_to_gone_ms")), "", "≤ 1,000");
        row(md, "start-up with the full index (s)", r.get("startup_s"), "", "");
        row(md, "heap after GC (MB)", r.get("heap_mb"), "", "≤ 512");
        row(md, "content load (solutions/s)", r.get("load_solutions_per_s"), "index follow "
                + r.get("index_follow_s") + " s; index " + r.get("index_mb") + " MB", "");
        md.append("\nSteps (s): ").append(r.get("steps")).append("\n\nMachine: ").append(r.get("machine"))
                .append("\n\nFailures: ").append(r.get("failures")).append('\n');
        return md.toString();
    }

    private static void row(StringBuilder md, String name, Object value, String compared, String target) {
        md.append("| ").append(name).append(" | ").append(value).append(" | ").append(compared).append(" | ")
                .append(target).append(" |\n");
    }

    private static String pct(Object p) {
        if (!(p instanceof Map<?, ?> m)) {
            return "–";
        }
        return m.get("p50") + " / " + m.get("p95") + " / " + m.get("p99");
    }
}
