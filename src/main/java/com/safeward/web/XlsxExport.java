package com.safeward.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Excel workbooks (.xlsx) of one sheet: a bold header row, then the rows, numbers as numbers and
 * everything else as text (a cell is never a formula, so nothing typed into SafeWard can run in a
 * spreadsheet). For ledgers people print, file and send on (RSK-2, RSK-4).
 */
public final class XlsxExport {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private XlsxExport() {
    }

    public static ResponseEntity<byte[]> of(String filename, String sheetName, List<String> headers,
            Iterable<? extends List<?>> rows) {
        return download(filename, workbook(sheetName, headers, rows));
    }

    /** The workbook's bytes, to keep (archived reports) or send. */
    public static byte[] workbook(String sheetName, List<String> headers, Iterable<? extends List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "SafeWard", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(0, column, headers.get(column));
                sheet.style(0, column).bold().fillColor("DDEBF7").set();
            }
            int row = 1;
            for (List<?> values : rows) {
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value instanceof Number number) {
                        sheet.value(row, column, number);
                    } else if (value != null) {
                        sheet.value(row, column, value.toString());
                    }
                }
                row++;
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A workbook as a download with its (Chinese) file name. */
    public static ResponseEntity<byte[]> download(String filename, byte[] workbook) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }
}
