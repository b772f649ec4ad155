package id.sakip.evaluation.scoring;

import id.sakip.evaluation.framework.Framework;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The LKE's weighting reproduced by hand, without Spring. */
class ScorecardTest {

    static Framework lke;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ScorecardTest.class.getResourceAsStream("/frameworks/permenpanrb-88-2021.json")) {
            lke = Framework.read(in);
        }
    }

    private static Map<String, String> every(String grade) {
        Map<String, String> grades = new HashMap<>();
        lke.criteria().forEach(p -> grades.put(p.criterion().code(), grade));
        return grades;
    }

    /** Grades the criteria of a sub-component ("1.a") in order, the rest of it with the last grade given. */
    private static void sub(Map<String, String> grades, String prefix, String... given) {
        int i = 0;
        for (Framework.Placed p : lke.criteria()) {
            if (p.criterion().code().startsWith(prefix + ".")) {
                grades.put(p.criterion().code(), given[Math.min(i++, given.length - 1)]);
            }
        }
    }

    @Test
    void everyCriterionBbScoresEightyAndPredikatBb() {
        Scorecard card = Scorecard.of(lke, every("BB"));
        assertThat(card.total()).isEqualByComparingTo("80.00");
        assertThat(card.predikat()).isEqualTo("BB");
        assertThat(card.complete()).isTrue();
        assertThat(card.components()).extracting(c -> c.score().toPlainString())
                .containsExactly("24.00", "24.00", "12.00", "20.00");
    }

    @Test
    void everyCriterionAScoresNinetyWhichIsANotAa() {
        Scorecard card = Scorecard.of(lke, every("A"));
        assertThat(card.total()).isEqualByComparingTo("90.00");
        assertThat(card.predikat()).isEqualTo("A");
        assertThat(card.predikatMeaning()).isEqualTo("Memuaskan");
        assertThat(Scorecard.of(lke, every("AA")).predikat()).isEqualTo("AA");
        assertThat(Scorecard.of(lke, every("E")).predikat()).isEqualTo("D");
    }

    @Test
    void aMixedSetGivesTheScoreComputedByHand() {
        Map<String, String> grades = new HashMap<>();
        sub(grades, "1.a", "AA");                          // 100 x 6 / 100            =  6.00
        sub(grades, "1.b", "B");                           //  70 x 9 / 100            =  6.30
        sub(grades, "1.c", "E", "BB");                     // (0 + 7 x 80) / 8 x 15/100 = 10.50
        sub(grades, "2.a", "A");                           // 27.00 for the component
        sub(grades, "2.b", "A");
        sub(grades, "2.c", "A");
        sub(grades, "3.a", "AA", "AA", "AA", "C");         // (300 + 150) / 6 x 3 / 100 =  2.25
        sub(grades, "3.b", "CC");                          //  60 x 4.5 / 100          =  2.70
        sub(grades, "3.c", "D");                           //  30 x 7.5 / 100          =  2.25
        sub(grades, "4.a", "A", "B", "C");                 // (90 + 70 + 50) / 3 x 5/100 = 3.50
        sub(grades, "4.b", "BB");                          //  80 x 7.5 / 100          =  6.00
        sub(grades, "4.c", "AA", "E");                     // 100 / 5 x 12.5 / 100     =  2.50
        Scorecard card = Scorecard.of(lke, grades);
        assertThat(card.components()).extracting(c -> c.score().toPlainString())
                .containsExactly("22.80", "27.00", "7.20", "12.00");
        assertThat(card.components().get(0).subComponents()).extracting(s -> s.score().toPlainString())
                .containsExactly("6.00", "6.30", "10.50");
        assertThat(card.total()).isEqualByComparingTo("69.00");
        assertThat(card.predikat()).isEqualTo("B");
    }

    @Test
    void sumsAreRoundedAtTheEndOnly() {
        Map<String, String> grades = every("E");
        grades.put("1.a.1", "A");   // 90 x 6 / 700    = 0.771428...
        grades.put("3.c.1", "A");   // 90 x 7.5 / 700  = 0.964285...
        Scorecard card = Scorecard.of(lke, grades);
        assertThat(card.components().get(0).score()).isEqualByComparingTo("0.77");
        assertThat(card.components().get(2).score()).isEqualByComparingTo("0.96");
        // 1.735714... is 1.74; the rounded parts would give 1.73
        assertThat(card.total()).isEqualByComparingTo("1.74");
    }

    @Test
    void anIncompleteScorecardHasNoPredikat() {
        Map<String, String> grades = every("BB");
        grades.remove("2.b.3");
        Scorecard card = Scorecard.of(lke, grades);
        assertThat(card.complete()).isFalse();
        assertThat(card.graded()).isEqualTo(79);
        assertThat(card.predikat()).isNull();
        // the ungraded criterion counts 0: 80 - 80 x 9 / 7 / 100
        assertThat(card.total()).isEqualByComparingTo("78.97");
    }
}
