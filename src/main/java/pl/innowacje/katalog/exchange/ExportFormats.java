package pl.innowacje.katalog.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import pl.innowacje.katalog.system.CsvTables;
import tools.jackson.databind.json.JsonMapper;

/** Writes result rows as CSV, XLSX or JSON, with the same columns in the same order. */
final class ExportFormats {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExportFormats() {
    }

    static String safe(String value) {
        return CsvTables.safe(value);
    }

    static void csv(List<ExportRow> rows, OutputStream out) throws IOException {
        CsvTables.write(ExportRow.COLUMNS, rows.stream().map(ExportRow::values).toList(), out);
    }

    /** One sheet, a header row, then a row per solution; numbers (id, files) as numbers. */
    static void xlsx(List<ExportRow> rows, OutputStream out) throws IOException {
        // Streaming: only a window of rows is held in memory, whatever the number of rows.
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet("wyniki");
            Row header = sheet.createRow(0);
            for (int c = 0; c < ExportRow.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(ExportRow.COLUMNS.get(c));
            }
            int r = 1;
            for (ExportRow row : rows) {
                Row line = sheet.createRow(r++);
                List<String> values = row.values();
                for (int c = 0; c < values.size(); c++) {
                    String column = ExportRow.COLUMNS.get(c);
                    if ("id".equals(column) || "files".equals(column)) {
                        line.createCell(c).setCellValue(Double.parseDouble(values.get(c)));
                    } else if (values.get(c) != null) {
                        line.createCell(c).setCellValue(safe(values.get(c)));
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** {@code {"total": N, "truncated": bool, "rows": [{column: value}]}}, values as in the CSV but unescaped. */
    static void json(long total, List<ExportRow> rows, OutputStream out) {
        List<Map<String, Object>> objects = rows.stream().map(row -> {
            Map<String, Object> o = new LinkedHashMap<>();
            List<String> values = row.values();
            for (int c = 0; c < values.size(); c++) {
                String column = ExportRow.COLUMNS.get(c);
                o.put(column, "id".equals(column) || "files".equals(column) ? Long.valueOf(values.get(c))
                        : values.get(c));
            }
            return o;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", total);
        body.put("truncated", total > rows.size());
        body.put("rows", objects);
        JSON.writeValue(out, body);
    }
}
