package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a spreadsheet manifest, CSV in UTF-8 (comma or semicolon, as spreadsheet programs save it) or the first sheet
 * of an XLSX workbook, into rows of text by column name. A formula anywhere refuses the whole sheet: a manifest holds
 * values, and a cell that computes is either a mistake or an attack on whoever opens the report.
 */
final class SheetReader {

    /** One data row: its number as the spreadsheet program shows it (the header is row 1), values by column. */
    record SheetRow(int number, Map<String, String> values) {
    }

    record Sheet(List<String> columns, List<SheetRow> rows) {
    }

    private SheetReader() {
    }

    static boolean isSheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    static Sheet read(Path file, int maxRows) throws IOException {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? csv(file, maxRows)
                : xlsx(file, maxRows);
    }

    private static Sheet csv(Path file, int maxRows) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PackageRefusal("import.failure.sheetEncoding", file.getFileName().toString());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> columns = parser.getHeaderNames().stream().map(SheetReader::column).toList();
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= maxRows) {
                    throw new PackageRefusal("import.failure.rows", maxRows);
                }
                int number = (int) record.getRecordNumber() + 1;
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size() && i < record.size(); i++) {
                    values.put(columns.get(i), cell(record.get(i), number, columns.get(i)));
                }
                rows.add(new SheetRow(number, values));
            }
            return new Sheet(columns, rows);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new PackageRefusal("import.failure.sheet", file.getFileName().toString(), e.getMessage());
        }
    }

    private static Sheet xlsx(Path file, int maxRows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : sheetOf(workbook, file, maxRows);
            if (sheet == null) {
                throw new PackageRefusal("import.failure.sheet", file.getFileName().toString(), "no sheet");
            }
            return sheet;
        } catch (InvalidFormatException | org.apache.poi.ooxml.POIXMLException | IllegalStateException e) {
            throw new PackageRefusal("import.failure.sheet", file.getFileName().toString(), e.getMessage());
        }
    }

    private static Sheet sheetOf(XSSFWorkbook workbook, Path file, int maxRows) {
        org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null) {
            return new Sheet(List.of(), List.of());
        }
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < header.getLastCellNum(); c++) {
            columns.add(column(text(header.getCell(c), formatter, header.getRowNum() + 1, "")));
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            boolean any = false;
            for (int c = 0; c < columns.size(); c++) {
                String v = text(row.getCell(c), formatter, r + 1, columns.get(c));
                values.put(columns.get(c), v);
                any |= !v.isEmpty();
            }
            if (any) {
                if (rows.size() >= maxRows) {
                    throw new PackageRefusal("import.failure.rows", maxRows);
                }
                rows.add(new SheetRow(r + 1, values));
            }
        }
        return new Sheet(columns, rows);
    }

    private static String text(Cell cell, DataFormatter formatter, int row, String column) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            throw new PackageRefusal("import.failure.formula", row, column);
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getDateCellValue().toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        return cell(formatter.formatCellValue(cell).strip(), row, column);
    }

    /** A cell's text; one that starts with "=" is a formula written as text, refused like a formula. */
    private static String cell(String value, int row, String column) {
        if (value.startsWith("=")) {
            throw new PackageRefusal("import.failure.formula", row, column);
        }
        return value;
    }

    private static String column(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
