package id.sakip.budget.rollup;

import id.sakip.budget.line.BudgetLevel;
import id.sakip.budget.line.BudgetLineView;
import id.sakip.events.OrgRef;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Roll-up properties: every total is the exact sum of its rows, at every quarter, whatever the lines. */
class RollupTest {

    @Test
    void everyTotalIsTheSumOfItsRowsOnManyGeneratedBudgets() {
        Random random = new Random(20_241_231L);
        for (int n = 0; n < 300; n++) {
            List<BudgetLineView> lines = new ArrayList<>();
            int programs = 1 + random.nextInt(3);
            for (int p = 1; p <= programs; p++) {
                String program = "1.06.0" + p;
                if (random.nextBoolean()) {
                    lines.add(line(BudgetLevel.PROGRAM, program, random));
                }
                int kegiatan = 1 + random.nextInt(3);
                for (int k = 1; k <= kegiatan; k++) {
                    String code = program + ".2.0" + k;
                    if (random.nextInt(3) == 0) {
                        lines.add(line(BudgetLevel.KEGIATAN, code, random));
                    }
                    for (int s = 1; s <= 1 + random.nextInt(4); s++) {
                        lines.add(line(BudgetLevel.SUB_KEGIATAN, code + ".000" + s, random));
                    }
                }
            }
            BudgetTree tree = Rollup.of("3574", "X", 2024, lines, code -> "nama " + code);
            assertSums(tree.total());
            BigDecimal all = lines.stream().map(BudgetLineView::pagu).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(tree.total().pagu()).isEqualByComparingTo(all);
            assertThat(tree.programs()).hasSize(programs);
        }
    }

    private static void assertSums(BudgetTree.Row row) {
        if (row.children().isEmpty()) {
            return;
        }
        BigDecimal pagu = row.children().stream().map(BudgetTree.Row::pagu).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(row.pagu()).isEqualByComparingTo(pagu);
        for (int quarter = 1; quarter <= 4; quarter++) {
            int q = quarter;
            BigDecimal cumulative = row.children().stream().map(c -> c.cumulativeByQuarter().get(q))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(row.cumulativeByQuarter().get(q)).isEqualByComparingTo(cumulative);
        }
        assertThat(row.realized()).isEqualByComparingTo(row.cumulativeByQuarter().get(4));
        row.children().forEach(RollupTest::assertSums);
    }

    private static BudgetLineView line(BudgetLevel level, String code, Random random) {
        BigDecimal pagu = BigDecimal.valueOf(random.nextInt(1_000_000_000), 2);
        Map<Integer, BigDecimal> spending = new java.util.TreeMap<>();
        BigDecimal left = pagu;
        for (int quarter = 1; quarter <= 4; quarter++) {
            if (random.nextBoolean() && left.signum() > 0) {
                BigDecimal amount = left.multiply(BigDecimal.valueOf(random.nextInt(50), 2))
                        .setScale(2, java.math.RoundingMode.DOWN);
                spending.put(quarter, amount);
                left = left.subtract(amount);
            }
        }
        BigDecimal realized = spending.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new BudgetLineView(UUID.randomUUID(), new OrgRef("3574", "X", null), 2024, level, code, "baris " + code,
                "MURNI", null, null, pagu, spending, realized, null, 1);
    }
}
