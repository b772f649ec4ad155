package id.sakip.support.web;

import org.springframework.http.HttpStatus;

import java.util.Map;

/** The version a user edited, from an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}). */
public final class IfMatch {

    /** @return the version, or null when the header is absent (the current version is taken) */
    public static Long version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(header.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.unprocessable("validation", "If-Match berisi nomor versi.",
                    Map.of("If-Match", "nomor versi, misalnya \"3\""));
        }
    }

    /**
     * The version a user edited, required: without it a write could overwrite someone else's unseen (428
     * {@code if-match-required}, the same answer everywhere a person edits).
     *
     * @param what what was read, in Indonesian ("realisasi", "aturan capaian")
     */
    public static long require(Long version, String what) {
        if (version == null) {
            throw new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "Versi wajib disertakan",
                    "Sertakan header If-Match berisi versi " + what + " yang Anda baca (ETag atau version), agar "
                            + "perubahan orang lain tidak tertimpa tanpa terlihat.",
                    Map.of("If-Match", "wajib diisi: versi yang dibaca, misalnya \"3\""));
        }
        return version;
    }

    private IfMatch() {
    }
}
