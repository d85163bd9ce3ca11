package pl.innowacje.katalog.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Tables the portal hands out as CSV: results downloads and import reports. */
public final class CsvTables {

    private CsvTables() {
    }

    /**
     * A cell that a spreadsheet would take for a formula (=, +, -, @, or a tab or carriage return first) is prefixed
     * with an apostrophe, so opening a download can never run what someone typed into a record.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** RFC 4180 CSV in UTF-8, opened by a byte-order mark so that spreadsheets read Polish letters as such. */
    public static void write(List<String> header, Iterable<List<String>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvTables::safe).toList());
            }
        }
    }
}
