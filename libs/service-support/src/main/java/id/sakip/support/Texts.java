package id.sakip.support;

/** What a person typed, as the services store it. */
public final class Texts {

    /** Null for nothing or only spaces, else the text without surrounding spaces. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Where the text first holds a character a person could not see or the database could not keep: a control
     * character other than tab and line breaks, a bidirectional override (which makes "fdp.exe" read "exe.pdf"), half
     * of a surrogate pair. -1 when there is none.
     */
    public static int firstUnseen(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unseen(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The text without the characters {@link #firstUnseen} looks for (what a workbook's cell carries along). */
    public static String visible(String text) {
        if (text == null || firstUnseen(text) < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (!unseen(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean unseen(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || Character.isSurrogate(c);
    }

    private Texts() {
    }
}
