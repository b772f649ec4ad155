package id.sakip.planning.actionplan;

import id.sakip.planning.actionplan.ActionPlanView.Item;
import id.sakip.planning.actionplan.ActionPlanView.Strategic;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Rencana Aksi's rows: each path down to an aksi one line, the items above spanning their lines. */
class RencanaAksiPaperTest {

    private static Item item(String kind, String name, String target, List<Item> children) {
        return new Item(UUID.randomUUID(), kind, null, name, "Indikator " + name, null, target,
                kind.equals("AKSI") ? "1 kali" : null, kind.equals("AKSI") ? List.of(true, false, true, false) : null,
                List.of(), children);
    }

    private static ActionPlanView plan(ActionPlanView.Signed signed) {
        Item permakanan = item("SUB_KEGIATAN", "Penyediaan Permakanan", "300 Orang", List.of(
                item("AKSI", "Mamin Shelter", null, List.of()), item("AKSI", "Paket sembako", null, List.of())));
        Item sandang = item("SUB_KEGIATAN", "Penyediaan Sandang", "100 Orang", List.of());
        Item rehabilitasi = item("PROGRAM", "Program Rehabilitasi Sosial", "86%", List.of(
                item("KEGIATAN", "Rehabilitasi Sosial Dasar", "80%", List.of(permakanan)),
                item("KEGIATAN", "Rehabilitasi Sosial Lainnya", "80%", List.of(sandang))));
        Item bencana = item("PROGRAM", "Program Penanganan Bencana", "81%", List.of());
        return new ActionPlanView("3574", "DINSOS-PPPA", 2025, signed, List.of(
                new Strategic(UUID.randomUUID(), "Meningkatnya Kualitas PMKS", "Persentase PMKS", null,
                        List.of("", "", "", "88%"), List.of(rehabilitasi)),
                new Strategic(UUID.randomUUID(), "Meningkatnya perlindungan", "Persentase korban", null, null,
                        List.of(bencana))), 1);
    }

    @Test
    void eachAksiIsALineAndTheItemsAboveSpanTheirLines() {
        RencanaAksiPaper paper = RencanaAksiPaper.of(plan(new ActionPlanView.Signed("Probolinggo",
                LocalDate.of(2025, 1, 4), "Dr. REY SUWIGTYO, S.Sos., M.Si.", "19670711 198809 1 001")),
                "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak", "Kota Probolinggo", "Kepala Dinas",
                null, null, null);

        var lines = paper.blocks().get(0).lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).program().rows()).isEqualTo(3);
        assertThat(lines.get(0).program().no()).isEqualTo("1");
        assertThat(lines.get(0).kegiatan().rows()).isEqualTo(2);
        assertThat(lines.get(0).subKegiatan().rows()).isEqualTo(2);
        assertThat(lines.get(0).aksi()).isEqualTo("Mamin Shelter");
        assertThat(lines.get(1).program()).isNull();
        assertThat(lines.get(1).kegiatan()).isNull();
        assertThat(lines.get(1).subKegiatan()).isNull();
        assertThat(lines.get(1).aksi()).isEqualTo("Paket sembako");
        assertThat(lines.get(2).program()).isNull();
        assertThat(lines.get(2).kegiatan().name()).isEqualTo("Rehabilitasi Sosial Lainnya");
        assertThat(lines.get(2).subKegiatan().target()).isEqualTo("100 Orang");
        assertThat(lines.get(2).aksi()).isEmpty();
        assertThat(paper.blocks().get(0).quarterTargets()).containsExactly("-", "-", "-", "88%");
        // programs are numbered through the whole plan, as the agency's table numbers them
        assertThat(paper.blocks().get(1).lines().get(0).program().no()).isEqualTo("2");
        assertThat(paper.blocks().get(1).quarterTargets()).containsExactly("-", "-", "-", "-");
        assertThat(paper.draft()).isFalse();
        assertThat(paper.signature().jabatan())
                .isEqualTo("Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Probolinggo");
        assertThat(paper.signature().place()).isEqualTo("Probolinggo");
    }

    @Test
    void aPlanWithoutItsSignatureIsADraftSignedByTheHeadOfTheProfile() {
        RencanaAksiPaper paper = RencanaAksiPaper.of(plan(null), "Dinas Sosial", "Kota Probolinggo", null,
                "Kepala Dari Profil", "19670711 198809 1 001", null);
        assertThat(paper.draft()).isTrue();
        assertThat(paper.signature().date()).isNull();
        assertThat(paper.signature().name()).isEqualTo("Kepala Dari Profil");
        assertThat(paper.signature().place()).isEqualTo("Probolinggo");
        assertThat(paper.info().draft()).isTrue();
    }
}
