package id.sakip.documents;

import java.util.Arrays;
import java.util.Locale;

/**
 * A signatory's position as an official document prints it, composed once from its parts: the title held
 * ("Kepala Dinas", "Plt. Kepala"), the OPD and the Pemda. "Kepala Dinas" of "Dinas Sosial, ..." of "Kota Probolinggo"
 * is "Kepala Dinas Sosial, ... Kota Probolinggo": a word the title and the OPD's name share is written once, and a
 * title that already names its OPD or Pemda (entered whole) does not name them twice.
 */
public final class Jabatan {

    private static final Locale ID = Locale.forLanguageTag("id-ID");

    private Jabatan() {
    }

    /** The Kepala OPD's (or another official's) position within their OPD and Pemda. */
    public static String of(String title, String opdName, String pemdaName) {
        String held = blank(title) ? "Kepala" : title.strip().replaceAll("\\s+", " ");
        String opd = blank(opdName) ? "" : opdName.strip().replaceAll("\\s+", " ");
        String pemda = blank(pemdaName) ? "" : pemdaName.strip().replaceAll("\\s+", " ");
        String position;
        if (opd.isEmpty() || contains(held, opd)) {
            position = held;
        } else {
            String[] words = held.split(" ");
            String last = words[words.length - 1];
            String first = opd.split(" ")[0];
            position = words.length > 1 && last.equalsIgnoreCase(first)
                    ? String.join(" ", Arrays.copyOf(words, words.length - 1)) + " " + opd
                    : held + " " + opd;
        }
        if (!pemda.isEmpty() && !contains(position, pemda)) {
            position = position + " " + pemda;
        }
        return position;
    }

    /** The head of a region by its kind: Wali Kota of a Kota, Bupati of a Kabupaten, Gubernur of a Provinsi. */
    public static String headOfRegion(String pemdaName) {
        String name = blank(pemdaName) ? "" : pemdaName.strip();
        if (name.startsWith("Kota ")) {
            return "Wali Kota " + name.substring(5);
        }
        if (name.startsWith("Kabupaten ")) {
            return "Bupati " + name.substring(10);
        }
        if (name.startsWith("Provinsi ")) {
            return "Gubernur " + name.substring(9);
        }
        return ("Kepala Daerah " + name).strip();
    }

    /** Where the Pemda's documents are signed when its profile names no place: the city of a Kota, else its name. */
    public static String placeOf(String pemdaName) {
        String name = blank(pemdaName) ? "" : pemdaName.strip();
        for (String kind : new String[] {"Kota ", "Kabupaten ", "Provinsi "}) {
            if (name.startsWith(kind)) {
                return name.substring(kind.length());
            }
        }
        return name;
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(ID).contains(part.toLowerCase(ID));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
