package id.sakip.reporting;

import id.sakip.support.web.ApiProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** How every report answers in the format asked for: the choice checked the same way, files named the same way. */
public final class ReportResponses {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ReportResponses() {
    }

    /**
     * @param report  the report's name in the message ("LKjIP", "tabel kota")
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

    /** A workbook to download. */
    public static ResponseEntity<byte[]> xlsx(String filename, byte[] workbook) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename + ".xlsx").build().toString())
                .body(workbook);
    }

    /** A document to read in the browser (and print, and sign). */
    public static ResponseEntity<byte[]> pdf(String filename, byte[] document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename + ".pdf").build().toString())
                .body(document);
    }
}
