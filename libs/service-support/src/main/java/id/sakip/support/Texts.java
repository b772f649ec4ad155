package id.sakip.support;

/** What a person typed, as the services store it. */
public final class Texts {

    /** Null for nothing or only spaces, else the text without surrounding spaces. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Texts() {
    }
}
