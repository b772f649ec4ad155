package id.sakip.support.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * How every service answers with a document or a workbook: the format asked for checked the same way, a PDF to read
 * in the browser (and print, and sign), a workbook to save, each named the same way.
 */
public final class Downloads {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /**
     * @param report  the document's name in the message ("LKjIP", "tabel kota")
     * @param offered the formats it offers, lower case
     * @return the format asked for, lower case
     * @throws ApiProblem 422 {@code format-not-offered}
     */
    public static String format(String format, String report, String... offered) {
        String wanted = format.toLowerCase(Locale.ROOT);
        if (Arrays.asList(offered).contains(wanted)) {
            return wanted;
        }
        String choice = String.join(" atau ", offered);
        throw ApiProblem.unprocessable("format-not-offered", "Format '" + format + "' tidak tersedia untuk " + report
                + "; pilih " + choice + ".", Map.of("format", choice));
    }

    /** A workbook to download; {@code filename} without its extension. */
    public static ResponseEntity<byte[]> xlsx(String filename, byte[] workbook) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename + ".xlsx").build().toString())
                .body(workbook);
    }

    /** A document to read in the browser (and print, and sign); {@code filename} without its extension. */
    public static ResponseEntity<byte[]> pdf(String filename, byte[] document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename + ".pdf").build().toString())
                .body(document);
    }
}
