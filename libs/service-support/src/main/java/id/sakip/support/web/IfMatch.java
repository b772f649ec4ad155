package id.sakip.support.web;

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

    private IfMatch() {
    }
}
