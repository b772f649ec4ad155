package id.sakip.evaluation.scoring;

import id.sakip.evaluation.framework.Framework;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The score of a set of grades under a framework (PermenPANRB 88/2021): inside a sub-component every criterion
 * weighs the same, so a sub-component scores the average value of its criteria times its weight / 100; a component
 * is the sum of its sub-components, the total the sum of the components. The sums are kept exact (as fractions) and
 * rounded half-up to 2 decimals only where a score is shown; the predikat is judged on the total as shown. A
 * criterion not yet graded counts 0, and the scorecard says it is incomplete (no predikat then).
 *
 * @param graded   how many criteria have a grade, of {@code criteria}
 */
public record Scorecard(List<ComponentScore> components, BigDecimal total, int graded, int criteria,
        String predikat, String predikatMeaning) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public boolean complete() {
        return graded == criteria;
    }

    public record ComponentScore(String code, String name, BigDecimal weight, BigDecimal score,
            List<SubScore> subComponents) {
    }

    public record SubScore(String code, String name, BigDecimal weight, BigDecimal score, int graded,
            int criteria) {
    }

    /** @param grades a grade code by criterion code; criteria absent are not graded yet */
    public static Scorecard of(Framework framework, Map<String, String> grades) {
        Fraction total = Fraction.ZERO;
        List<ComponentScore> components = new ArrayList<>();
        int graded = 0;
        int criteria = 0;
        for (Framework.Component component : framework.components()) {
            Fraction componentScore = Fraction.ZERO;
            List<SubScore> subs = new ArrayList<>();
            for (Framework.SubComponent sub : component.subComponents()) {
                BigDecimal values = BigDecimal.ZERO;
                int subGraded = 0;
                for (Framework.Criterion criterion : sub.criteria()) {
                    String grade = grades.get(criterion.code());
                    if (grade != null) {
                        values = values.add(framework.grade(grade).orElseThrow(() -> new IllegalArgumentException(
                                "grade " + grade + " is not of " + framework.code())).value());
                        subGraded++;
                    }
                }
                // sum of values x weight / (criteria x 100)
                Fraction subScore = new Fraction(values.multiply(sub.weight()),
                        BigDecimal.valueOf(sub.criteria().size()).multiply(HUNDRED));
                componentScore = componentScore.plus(subScore);
                subs.add(new SubScore(sub.code(), sub.name(), sub.weight(), subScore.rounded(), subGraded,
                        sub.criteria().size()));
                graded += subGraded;
                criteria += sub.criteria().size();
            }
            total = total.plus(componentScore);
            components.add(new ComponentScore(component.code(), component.name(), component.weight(),
                    componentScore.rounded(), List.copyOf(subs)));
        }
        BigDecimal shown = total.rounded();
        Framework.Band band = graded == criteria ? framework.predikat(shown) : null;
        return new Scorecard(List.copyOf(components), shown, graded, criteria,
                band == null ? null : band.predikat(), band == null ? null : band.meaning());
    }

    /** An exact non-negative quotient of two decimals, so that sums of thirds and sevenths lose nothing. */
    private record Fraction(BigInteger numerator, BigInteger denominator) {

        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

        Fraction(BigDecimal numerator, BigDecimal denominator) {
            this(scaled(numerator, Math.max(numerator.scale(), denominator.scale())),
                    scaled(denominator, Math.max(numerator.scale(), denominator.scale())));
        }

        private static BigInteger scaled(BigDecimal value, int scale) {
            return value.setScale(Math.max(scale, 0), RoundingMode.UNNECESSARY).unscaledValue();
        }

        Fraction plus(Fraction other) {
            BigInteger n = numerator.multiply(other.denominator).add(other.numerator.multiply(denominator));
            BigInteger d = denominator.multiply(other.denominator);
            BigInteger gcd = n.gcd(d);
            return gcd.signum() == 0 ? ZERO : new Fraction(n.divide(gcd), d.divide(gcd));
        }

        BigDecimal rounded() {
            return new BigDecimal(numerator).divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP);
        }
    }
}
