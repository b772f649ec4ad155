package id.sakip.planning.plan;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The levels of the cascading tree and where each may hang. Pemda level (no OPD): visi, misi, tujuan, sasaran. OPD
 * level: tujuan (under the Pemda sasaran it serves, or not yet linked), sasaran, program, kegiatan, sub kegiatan,
 * aksi. Program, kegiatan and sub kegiatan may carry their nomenclature code (Kepmendagri 050-5889/2021,
 * {@code U.BB.PP.K.KK.SSSS}).
 */
public enum NodeKind {
    VISI(Level.PEMDA, Set.of(), null),
    MISI(Level.PEMDA, Set.of("VISI"), null),
    TUJUAN(Level.EITHER, Set.of("MISI", "SASARAN"), null),
    SASARAN(Level.EITHER, Set.of("TUJUAN"), null),
    PROGRAM(Level.OPD, Set.of("SASARAN"), Pattern.compile("[0-9X]\\.[0-9X]{2}\\.[0-9]{2}")),
    KEGIATAN(Level.OPD, Set.of("PROGRAM"), Pattern.compile("[0-9X]\\.[0-9X]{2}\\.[0-9]{2}\\.[0-9]\\.[0-9]{2}")),
    SUB_KEGIATAN(Level.OPD, Set.of("KEGIATAN"),
            Pattern.compile("[0-9X]\\.[0-9X]{2}\\.[0-9]{2}\\.[0-9]\\.[0-9]{2}\\.[0-9]{4}")),
    AKSI(Level.OPD, Set.of("SUB_KEGIATAN"), null);

    enum Level { PEMDA, OPD, EITHER }

    private final Level level;
    private final Set<String> parents;
    private final Pattern code;

    NodeKind(Level level, Set<String> parents, Pattern code) {
        this.level = level;
        this.parents = parents;
        this.code = code;
    }

    /** Whether a node of this kind belongs to an OPD ({@code true}), to the Pemda ({@code false}), or may be both. */
    boolean allowsOpd(boolean hasOpd) {
        return level == Level.EITHER || (level == Level.OPD) == hasOpd;
    }

    boolean allowsParent(NodeKind parent) {
        return parent != null && parents.contains(parent.name());
    }

    /** A node that may stand without a parent: the visi, and an OPD tujuan not yet linked to a Pemda sasaran. */
    boolean mayBeRoot(boolean hasOpd) {
        return this == VISI || (this == TUJUAN && hasOpd);
    }

    boolean takesCode() {
        return code != null;
    }

    /** The shape the nomenclature gives this kind's code, e.g. {@code 1.06.02.2.01.0001} for a sub kegiatan. */
    String codeShape() {
        return switch (this) {
            case PROGRAM -> "U.BB.PP (contoh 1.06.02)";
            case KEGIATAN -> "U.BB.PP.K.KK (contoh 1.06.02.2.01)";
            case SUB_KEGIATAN -> "U.BB.PP.K.KK.SSSS (contoh 1.06.02.2.01.0001)";
            default -> "tanpa kode";
        };
    }

    boolean codeFits(String value) {
        return code != null && code.matcher(value).matches();
    }
}
