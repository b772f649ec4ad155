package id.sakip.gateway.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The reporting period a page shows: a quarter (2024Q3) or a year (2024), chosen from the recent ones. */
record Periode(String code, String label) {

    private static final Pattern CODE = Pattern.compile("(20[0-9]{2}|2100)(Q[1-4])?");

    /** The period asked for, or the quarter running today when none (or no valid one) was asked for. */
    static String chosen(String asked) {
        if (asked != null && CODE.matcher(asked).matches()) {
            return asked;
        }
        LocalDate today = LocalDate.now(Tampilan.WIB);
        return today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    /** This year's quarters begun so far and the three years before, newest first, each year after its quarters. */
    static List<Periode> choices(String chosen) {
        LocalDate today = LocalDate.now(Tampilan.WIB);
        List<Periode> choices = new ArrayList<>();
        for (int year = today.getYear(); year >= today.getYear() - 3; year--) {
            int last = year == today.getYear() ? (today.getMonthValue() - 1) / 3 + 1 : 4;
            for (int quarter = last; quarter >= 1; quarter--) {
                choices.add(of(year + "Q" + quarter));
            }
            choices.add(of(String.valueOf(year)));
        }
        if (choices.stream().noneMatch(p -> p.code().equals(chosen))) {
            choices.add(of(chosen));
        }
        return choices;
    }

    static Periode of(String code) {
        return new Periode(code, Tampilan.period(code));
    }
}
