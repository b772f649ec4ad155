package id.sakip.gateway.web;

import id.sakip.capaian.TrafficLight;
import id.sakip.indonesian.Indonesian;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages write the services' values: states, lights, periods and moments in Indonesian. */
final class Tampilan {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm 'WIB'",
            Locale.forLanguageTag("id-ID"));

    private Tampilan() {
    }

    static String status(String status) {
        return switch (status == null ? "" : status) {
            case "DRAFT" -> "Draf";
            case "SUBMITTED" -> "Diajukan";
            case "VERIFIED" -> "Diverifikasi";
            case "APPROVED" -> "Disetujui";
            case "REJECTED" -> "Dikembalikan";
            case "" -> "Belum diisi";
            default -> status;
        };
    }

    /** The act of an audit entry, as the trail reads it. */
    static String action(String action) {
        return switch (action) {
            case "CREATE" -> "Dicatat";
            case "CHANGE" -> "Diubah";
            case "EVIDENCE" -> "Bukti dukung dilampirkan";
            case "SUBMIT" -> "Diajukan";
            case "VERIFY" -> "Diverifikasi";
            case "REJECT" -> "Dikembalikan";
            case "APPROVE" -> "Disetujui";
            case "UNLOCK" -> "Kunci periode dibuka";
            case "RECOMPUTE" -> "Dihitung ulang";
            default -> action;
        };
    }

    /** 2024Q3 as "Triwulan III 2024", 2024 as "Tahun 2024". */
    static String period(String period) {
        if (period == null || !period.matches("[0-9]{4}(Q[1-4])?")) {
            return period == null ? "" : period;
        }
        if (period.length() == 4) {
            return "Tahun " + period;
        }
        return "Triwulan " + switch (period.charAt(5)) {
            case '1' -> "I";
            case '2' -> "II";
            case '3' -> "III";
            default -> "IV";
        } + " " + period.substring(0, 4);
    }

    /** An ISO date as Indonesian prose (4 Januari 2025); a dash when there is none or it is unreadable. */
    static String date(String isoDate) {
        try {
            return isoDate == null || isoDate.isBlank() ? "–" : Indonesian.date(java.time.LocalDate.parse(isoDate));
        } catch (java.time.format.DateTimeParseException unreadable) {
            return "–";
        }
    }

    static String moment(String instant) {
        try {
            return instant == null || instant.isBlank() ? "–" : MOMENT.format(Instant.parse(instant).atZone(WIB));
        } catch (java.time.format.DateTimeParseException unreadable) {
            return "–";
        }
    }

    /** The CSS class of a light ("hijau") and its word ("Hijau"); a capaian not computed has neither. */
    static String lightClass(BigDecimal capaian) {
        return capaian == null ? "kosong" : TrafficLight.of(capaian).name().toLowerCase(Locale.ROOT);
    }

    static String lightLabel(BigDecimal capaian) {
        if (capaian == null) {
            return "Tidak dihitung";
        }
        return switch (TrafficLight.of(capaian)) {
            case HIJAU -> "Hijau";
            case KUNING -> "Kuning";
            case MERAH -> "Merah";
        };
    }

    /**
     * A target as a page writes it: its category, a range "80 – 90 %", a number with its unit, or "N/A" when the
     * year has none.
     */
    static String target(BigDecimal value, BigDecimal min, BigDecimal max, String category, String unit) {
        String suffix = unit == null || unit.isBlank() ? "" : " " + unit;
        if (category != null) {
            return category;
        }
        if (min != null && max != null) {
            return Indonesian.decimal(min) + " – " + Indonesian.decimal(max) + suffix;
        }
        return value == null ? "N/A" : Indonesian.decimal(value) + suffix;
    }

    /** A realisation's value as entered: a number with its unit, or the category. */
    static String value(JsonNode realization, String unit) {
        if (realization == null || !realization.isObject()) {
            return "–";
        }
        if (realization.hasNonNull("value")) {
            return (Indonesian.decimal(decimal(realization.path("value"))) + " " + (unit == null ? "" : unit)).strip();
        }
        return realization.path("category").asString("–");
    }

    /** A number the service wrote as a number, or as text (the audit trail's snapshots keep numbers as text). */
    /** Rupiah without the symbol (52.264.600), a dash when there is no figure. */
    static String rupiah(JsonNode node) {
        BigDecimal value = decimal(node);
        return value == null ? "–" : Indonesian.rupiah(value);
    }

    static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return new BigDecimal(node.asString().strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asString();
    }
}
