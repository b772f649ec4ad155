package id.sakip.access;

import java.util.Locale;

/**
 * Why a token was refused (401), with the stable {@code reason} the problem carries and a sentence for the user:
 * told from the failure the token decoder gave (its messages and their causes).
 */
public enum TokenRefusal {
    MISSING("missing", "Permintaan ini memerlukan token akses. Masuk lebih dulu, lalu kirim tokennya sebagai "
            + "'Authorization: Bearer <token>'."),
    EXPIRED("expired", "Token akses sudah kedaluwarsa. Masuk lagi untuk mendapat token baru."),
    WRONG_ISSUER("wrong-issuer", "Token akses tidak diterbitkan oleh penyedia identitas yang dipercaya platform ini."),
    WRONG_AUDIENCE("wrong-audience", "Token akses bukan untuk platform SAKIP ini."),
    INVALID_SIGNATURE("invalid-signature", "Tanda tangan token akses tidak sah."),
    INVALID("invalid", "Token akses tidak dapat dibaca atau tidak sah.");

    private final String reason;
    private final String detail;

    TokenRefusal(String reason, String detail) {
        this.reason = reason;
        this.detail = detail;
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    /**
     * @param authorization the request's Authorization header (null or blank: no token was sent)
     * @param failure       what the decoder threw; its causes are read too
     */
    public static TokenRefusal of(String authorization, Throwable failure) {
        if (authorization == null || authorization.isBlank()) {
            return MISSING;
        }
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 4000; t = t.getCause()) {
            text.append(' ').append(t.getMessage());
        }
        String all = text.toString().toLowerCase(Locale.ROOT);
        if (all.contains("expired")) {
            return EXPIRED;
        }
        if (all.contains("the iss claim")) {
            return WRONG_ISSUER;
        }
        if (all.contains("the aud claim")) {
            return WRONG_AUDIENCE;
        }
        if (all.contains("signature") || all.contains("no matching key")) {
            return INVALID_SIGNATURE;
        }
        return INVALID;
    }
}
