package id.sakip.gateway.web;

import org.springframework.ui.Model;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/** The year a page shows: the one asked for, else this year (WIB), and the years offered beside it. */
final class Tahun {

    private Tahun() {
    }

    static int chosen(Integer asked) {
        return asked == null || asked < 2000 || asked > 2100 ? Year.now(Tampilan.WIB).getValue() : asked;
    }

    /**
     * Puts the chosen year ({@code tahun}) and the choice ({@code tahunPilihan}: next year, this year and the three
     * before it, and the chosen one when it is older) on the page; returns the chosen year.
     */
    static int onPage(Integer asked, Model model) {
        int year = chosen(asked);
        int now = Year.now(Tampilan.WIB).getValue();
        List<Integer> years = new ArrayList<>(List.of(now + 1, now, now - 1, now - 2, now - 3));
        if (!years.contains(year)) {
            years.add(year);
        }
        model.addAttribute("tahun", year);
        model.addAttribute("tahunPilihan", years);
        return year;
    }
}
