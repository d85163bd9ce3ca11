package pl.innowacje.katalog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three download formats carry the same columns and values, and no cell can become a formula. */
class ExportFormatsTest {

    private static final ExportRow HOSTILE = row(7, "=HYPERLINK(\"http://example.invalid\",\"kliknij\")",
            "Zdanie z \"cudzysłowem\", przecinkiem;\nśrednikiem i nową linią.");
    private static final ExportRow PLAIN = row(8, "Żółta łódź", "-10% bezrobocia");

    private static ExportRow row(long id, String title, String summary) {
        return new ExportRow(id, "s" + id, "http://localhost:8080/rozwiazania/s" + id, title, null, summary,
                "PUBLISHED", null, null, null, "PO KL", "Zatrudnienie", "Rynek pracy", "Bezrobocie; Ubóstwo",
                "@PUP", "", "", "Małopolskie", "2013-01-01", null, null, null, "", "", "pl", "CC BY 4.0", 2,
                "2015-09-30T00:00:00Z", "2016-01-01T10:00:00Z", null, "Cel", "Zatrudnieni: 350 osób", "", "", 0);
    }

    @Test
    void whatASpreadsheetWouldTakeForAFormulaIsWrittenAsText() {
        assertThat(ExportFormats.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(ExportFormats.safe("+48 12 000")).isEqualTo("'+48 12 000");
        assertThat(ExportFormats.safe("-10%")).isEqualTo("'-10%");
        assertThat(ExportFormats.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ExportFormats.safe("\tx")).isEqualTo("'\tx");
        assertThat(ExportFormats.safe("Zwykły tekst = bez formuły")).isEqualTo("Zwykły tekst = bez formuły");
        assertThat(ExportFormats.safe(null)).isNull();
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkAndReadsBackColumnByColumn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormats.csv(List.of(HOSTILE, PLAIN), out);
        byte[] bytes = out.toByteArray();
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(ExportRow.COLUMNS);
        assertThat(records.get(0).get("title")).isEqualTo("'" + HOSTILE.title());
        assertThat(records.get(0).get("summary")).isEqualTo(HOSTILE.summary());
        assertThat(records.get(0).get("users")).isEqualTo("'@PUP");
        assertThat(records.get(1).get("title")).isEqualTo("Żółta łódź");
        assertThat(records.get(1).get("summary")).isEqualTo("'-10% bezrobocia");
        assertThat(records.get(1).get("files")).isEqualTo("2");
        assertThat(records.get(1).get("period_to")).isEmpty();
    }

    @Test
    void xlsxHasAHeaderRowTheSameTextAndNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormats.xlsx(List.of(HOSTILE, PLAIN), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row header = sheet.getRow(0);
            for (int c = 0; c < ExportRow.COLUMNS.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(ExportRow.COLUMNS.get(c));
            }
            int title = ExportRow.COLUMNS.indexOf("title");
            assertThat(sheet.getRow(1).getCell(title).getStringCellValue()).isEqualTo("'" + HOSTILE.title());
            assertThat(sheet.getRow(1).getCell(title).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(2).getCell(title).getStringCellValue()).isEqualTo("Żółta łódź");
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(8.0);
            assertThat(sheet.getRow(2).getCell(ExportRow.COLUMNS.indexOf("period_to"))).isNull();
        }
    }

    @Test
    void jsonSaysHowManyTheSearchFoundAndWhetherTheRowsAreAll() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormats.json(5, List.of(HOSTILE, PLAIN), out);
        JsonNode body = JsonMapper.builder().build().readTree(new InputStreamReader(
                new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8));
        assertThat(body.get("total").asLong()).isEqualTo(5);
        assertThat(body.get("truncated").asBoolean()).isTrue();
        assertThat(body.get("rows").get(0).propertyNames()).containsExactlyElementsOf(ExportRow.COLUMNS);
        assertThat(body.get("rows").get(0).get("title").asString()).isEqualTo(HOSTILE.title());
        assertThat(body.get("rows").get(1).get("id").asLong()).isEqualTo(8);
    }
}
