package id.sakip.budget.line;

/** The level of a budget line, told by the shape of its nomenclature code (Kepmendagri 050-5889/2021). */
public enum BudgetLevel {
    PROGRAM("[0-9X]\\.[0-9X]{2}\\.[0-9]{2}"),
    KEGIATAN("[0-9X]\\.[0-9X]{2}\\.[0-9]{2}\\.[0-9]\\.[0-9]{2}"),
    SUB_KEGIATAN("[0-9X]\\.[0-9X]{2}\\.[0-9]{2}\\.[0-9]\\.[0-9]{2}\\.[0-9]{4}");

    static final String ANY_CODE = "[0-9X]\\.[0-9X]{2}\\.[0-9]{2}(\\.[0-9]\\.[0-9]{2}(\\.[0-9]{4})?)?";
    static final String PAGU_VERSION = "MURNI|PERUBAHAN|PERGESERAN-[0-9]{1,2}";

    private final java.util.regex.Pattern shape;

    BudgetLevel(String shape) {
        this.shape = java.util.regex.Pattern.compile(shape);
    }

    public static BudgetLevel of(String code) {
        for (BudgetLevel level : values()) {
            if (level.shape.matcher(code).matches()) {
                return level;
            }
        }
        throw new IllegalArgumentException("not a program, kegiatan or sub kegiatan code: " + code);
    }

    /** The code of the program (3 parts) or kegiatan (5 parts) a code belongs to. */
    public static String prefix(String code, BudgetLevel level) {
        String[] parts = code.split("\\.");
        int keep = level == PROGRAM ? 3 : level == KEGIATAN ? 5 : 6;
        return String.join(".", java.util.Arrays.copyOf(parts, keep));
    }

    /** How a person calls the level. */
    public String label() {
        return switch (this) {
            case PROGRAM -> "program";
            case KEGIATAN -> "kegiatan";
            case SUB_KEGIATAN -> "sub kegiatan";
        };
    }
}
