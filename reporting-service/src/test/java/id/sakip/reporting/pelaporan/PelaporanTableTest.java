package id.sakip.reporting.pelaporan;

import id.sakip.events.Aggregation;
import id.sakip.events.Polarity;
import id.sakip.reporting.pelaporan.PelaporanKinerja.BudgetRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.IndicatorRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.ProgramRow;
import id.sakip.reporting.pelaporan.PelaporanKinerja.SasaranBlock;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The year's data laid out along the cascading tree, as the seed's PELAPORAN KINERJA table is. */
class PelaporanTableTest {

    private final UUID misi = UUID.randomUUID();
    private final UUID tujuanPemda = UUID.randomUUID();
    private final UUID sasaranPemda = UUID.randomUUID();
    private final UUID tujuan = UUID.randomUUID();
    private final UUID sasaran = UUID.randomUUID();
    private final UUID otherSasaran = UUID.randomUUID();
    private final UUID program = UUID.randomUUID();
    private final UUID kegiatan = UUID.randomUUID();
    private final UUID sub1 = UUID.randomUUID();
    private final UUID sub2 = UUID.randomUUID();
    private final UUID idleProgram = UUID.randomUUID();

    private final List<PlanNodeRow> nodes = List.of(
            node(misi, "-", "MISI", null, null, "Mewujudkan Pemantapan Kesejahteraan"),
            node(tujuanPemda, "-", "TUJUAN", misi, null, "Menurunkan Ketimpangan dan Kemiskinan"),
            node(sasaranPemda, "-", "SASARAN", tujuanPemda, null, "Meningkatnya Cakupan Perlindungan Sosial"),
            node(tujuan, "DINSOS", "TUJUAN", sasaranPemda, null, "Meningkatnya kesejahteraan sosial PMKS"),
            node(sasaran, "DINSOS", "SASARAN", tujuan, null, "Meningkatnya Kualitas PMKS"),
            node(otherSasaran, "DINSOS", "SASARAN", tujuan, null, "Sasaran tanpa data tahun ini"),
            node(program, "DINSOS", "PROGRAM", sasaran, "1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL"),
            node(kegiatan, "DINSOS", "KEGIATAN", program, "1.06.02.2.03", "Pengembangan Potensi"),
            node(sub2, "DINSOS", "SUB_KEGIATAN", kegiatan, "1.06.02.2.03.0002", "Tenaga Kesejahteraan Sosial"),
            node(sub1, "DINSOS", "SUB_KEGIATAN", kegiatan, "1.06.02.2.03.0001", "Pekerja Sosial Masyarakat"),
            node(idleProgram, "DINSOS", "PROGRAM", sasaran, null, "Program tanpa data tahun ini"));

    @Test
    void theTableFollowsTheTreeAndSumsMoneyUnderEachCode() {
        List<IndicatorRow> indicators = List.of(indicator("IKU PMKS", sasaran), indicator("Program", program),
                indicator("Sub 1", sub1), indicator("Tidak terhubung", null));
        List<BudgetRow> budget = List.of(line("1.06.02.2.03.0001", "4121000", "4120900"),
                line("1.06.02.2.03.0002", "43243600", "41859100"), line("1.06.02", "1000000", "500000"),
                line("1.06.09.2.01.0001", "5", "5"));

        List<SasaranBlock> table = PelaporanTable.of("DINSOS", nodes, indicators, budget);

        assertThat(table).hasSize(1);
        SasaranBlock block = table.get(0);
        assertThat(block.misi()).isEqualTo("Mewujudkan Pemantapan Kesejahteraan");
        assertThat(block.tujuan()).isEqualTo("Meningkatnya kesejahteraan sosial PMKS");
        assertThat(block.indicators()).extracting(IndicatorRow::name).containsExactly("IKU PMKS");
        assertThat(block.programs()).extracting(ProgramRow::name).containsExactly("PROGRAM PEMBERDAYAAN SOSIAL");
        ProgramRow pemberdayaan = block.programs().get(0);
        assertThat(pemberdayaan.pagu()).isEqualByComparingTo("48364600");
        assertThat(pemberdayaan.indicators()).extracting(IndicatorRow::name).containsExactly("Program");
        ProgramRow potensi = pemberdayaan.children().get(0);
        assertThat(potensi.pagu()).isEqualByComparingTo("47364600");
        assertThat(potensi.realized()).isEqualByComparingTo("45980000");
        assertThat(potensi.serapanPercent()).isEqualByComparingTo("97.08");
        // sub kegiatan in code order, whatever order they were planned in
        assertThat(potensi.children()).extracting(ProgramRow::code)
                .containsExactly("1.06.02.2.03.0001", "1.06.02.2.03.0002");
        assertThat(potensi.children().get(1).serapanPercent()).isEqualByComparingTo("96.80");
        // efficiency where a row has both a capaian and a serapan: Sub 1 reached 100 on 99.998 % of its pagu
        ProgramRow sub1Row = potensi.children().get(0);
        assertThat(sub1Row.efficiency().capaianPercent()).isEqualByComparingTo("100.00");
        assertThat(sub1Row.efficiency().serapanPercent()).isEqualByComparingTo("100.00");
        assertThat(sub1Row.efficiency().efisien()).isTrue();
        assertThat(sub1Row.efficiency().ratio()).isEqualByComparingTo("1.00");
        assertThat(potensi.efficiency()).as("no indicator of its own").isNull();
    }

    @Test
    void theWorkbookHasTheAgencysLayoutAsASecondSheet() throws Exception {
        List<IndicatorRow> indicators = List.of(indicator("IKU PMKS", sasaran), indicator("Indikator program", program),
                indicator("Indikator sub 1", sub1));
        List<BudgetRow> budget = List.of(line("1.06.02.2.03.0001", "4121000", "4120900"),
                line("1.06.02.2.03.0002", "43243600", "41859100"));
        var report = new PelaporanKinerja("3574", "DINSOS", 2024, false, null, indicators, budget,
                new PelaporanKinerja.Totals(new BigDecimal("47364600"), new BigDecimal("45980000"),
                        new BigDecimal("97.08")), PelaporanTable.of("DINSOS", nodes, indicators, budget),
                id.sakip.capaian.Rules.DEFAULT.footnote());

        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new java.io.ByteArrayInputStream(PelaporanWorkbook.of(report)))) {
            var sheet = workbook.getSheet("Tabel Pelaporan 2024");
            assertThat(sheet).isNotNull();
            var head = sheet.getRow(2);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("Misi");
            assertThat(head.getCell(8).getStringCellValue()).isEqualTo("Program / Kegiatan / Sub Kegiatan");
            var first = sheet.getRow(3);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Mewujudkan Pemantapan Kesejahteraan");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Meningkatnya Kualitas PMKS");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("IKU PMKS");
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(100.0);
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("1.06.02 PROGRAM PEMBERDAYAAN SOSIAL");
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("Indikator program");
            assertThat(first.getCell(13).getNumericCellValue()).isEqualTo(47364600.0);
            // the kegiatan, then its sub kegiatan, indented, each with its money
            assertThat(sheet.getRow(4).getCell(8).getStringCellValue()).isEqualTo("  1.06.02.2.03 Pengembangan Potensi");
            var subRow = sheet.getRow(5);
            assertThat(subRow.getCell(8).getStringCellValue()).startsWith("    1.06.02.2.03.0001");
            assertThat(subRow.getCell(9).getStringCellValue()).isEqualTo("Indikator sub 1");
            assertThat(subRow.getCell(15).getNumericCellValue()).isEqualTo(100.0);
            assertThat(subRow.getCell(16).getStringCellValue()).isEqualTo("Efisien");
            assertThat(sheet.getRow(6).getCell(15).getNumericCellValue()).isEqualTo(96.80);
        }
    }

    @Test
    void efficiencyIsCapaianAgainstSerapan() {
        var low = PelaporanTable.efficiency(List.of(indicatorWith("80"), indicatorWith("90")), new BigDecimal("97.25"));
        assertThat(low.capaianPercent()).isEqualByComparingTo("85.00");
        assertThat(low.efisien()).isFalse();
        assertThat(low.verdict()).isEqualTo("Kurang efisien");
        assertThat(low.ratio()).isEqualByComparingTo("0.87");
        var high = PelaporanTable.efficiency(List.of(indicatorWith("108.49")), new BigDecimal("97.25"));
        assertThat(high.efisien()).isTrue();
        assertThat(high.ratio()).isEqualByComparingTo("1.12");
        assertThat(PelaporanTable.efficiency(List.of(indicatorWith("100")), BigDecimal.ZERO).ratio()).isNull();
        assertThat(PelaporanTable.efficiency(List.of(), new BigDecimal("50"))).isNull();
        // a Pemda that accepts capaian up to 2% below serapan as efficient (its rules' efficiencyMinimumRatio 0.98)
        var near = List.of(indicatorWith("96.80"));
        assertThat(PelaporanTable.efficiency(near, new BigDecimal("98.00")).efisien()).isFalse();
        BigDecimal lenient = new BigDecimal("0.98");
        assertThat(PelaporanTable.efficiency(near, new BigDecimal("98.00"), lenient).efisien()).isTrue();
        assertThat(PelaporanTable.efficiency(near, new BigDecimal("99.00"), lenient).efisien()).isFalse();
    }

    private static IndicatorRow indicatorWith(String capaian) {
        var latest = new PelaporanKinerja.RealizationCell("2024", new BigDecimal("1"), null, new BigDecimal("1"), "1",
                id.sakip.events.CapaianStatus.COMPUTED, new BigDecimal(capaian), new BigDecimal(capaian), "APPROVED");
        return new IndicatorRow(UUID.randomUUID(), "Indikator", "Persen", Polarity.INCREASING, new BigDecimal("90"),
                null, null, null, List.of(latest), latest, null, Aggregation.LAST, List.of(), null);
    }

    @Test
    void anotherOpdsTreeOrAYearWithoutDataGivesNoRows() {
        assertThat(PelaporanTable.of("DINSOS", nodes, List.of(), List.of())).isEmpty();
        assertThat(PelaporanTable.of("LAIN", nodes, List.of(indicator("IKU", sasaran)), List.of())).isEmpty();
    }

    private static PlanNodeRow node(UUID id, String opd, String kind, UUID parent, String code, String text) {
        return new PlanNodeRow(id, opd, kind, parent, code, null, text);
    }

    private static IndicatorRow indicator(String name, UUID node) {
        var latest = new PelaporanKinerja.RealizationCell("2024", new BigDecimal("90"), null, new BigDecimal("90"),
                "90", id.sakip.events.CapaianStatus.COMPUTED, new BigDecimal("100.00"), new BigDecimal("100.00"),
                "APPROVED");
        return new IndicatorRow(UUID.randomUUID(), name, "Persen", Polarity.INCREASING, new BigDecimal("90"), null,
                null, null, List.of(latest), latest, node, Aggregation.LAST, List.of(), null);
    }

    private static BudgetRow line(String code, String pagu, String realized) {
        return new BudgetRow(UUID.randomUUID(), "SUB_KEGIATAN", code, "baris " + code, "MURNI", null,
                new BigDecimal(pagu), new BigDecimal(realized), null);
    }
}
