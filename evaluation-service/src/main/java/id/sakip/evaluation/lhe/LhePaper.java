package id.sakip.evaluation.lhe;

import id.sakip.documents.DocumentInfo;
import id.sakip.documents.Jabatan;
import id.sakip.evaluation.evaluation.EvaluationView;
import id.sakip.evaluation.organisation.Organisations;
import id.sakip.evaluation.recommendation.RecommendationView;
import id.sakip.evaluation.scoring.Scorecard;
import id.sakip.indonesian.Indonesian;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Laporan Hasil Evaluasi as its paper prints it, in the seed's nota dinas form: kop, Kepada / Dari / Nomor /
 * Tanggal / Sifat / Lampiran / Perihal, the decree the team works under, A. Umum, B. the result per component with
 * the score and predikat, C. the recommendations per area, the closing and the secretary's signature. What is
 * missing is named once in {@link #checklist()} for the evaluator, never printed. Its template is {@code lhe.html}.
 *
 * @param emblem the Pemda's lambang for the kop, a {@code data:} URI (null: none uploaded)
 * @param head   the Kepala OPD's position: the letter's addressee and the one whose decree formed the team
 */
public record LhePaper(EvaluationView evaluation, String emblem, String pemdaName, String opdName, String address,
        String contact, String online, String head, Letter letter, String subject, List<Row> results,
        String total, String predikat, String predikatMeaning, List<Area> recommendations, boolean draft,
        List<String> checklist) {

    public static final String TEMPLATE = "lhe";

    /** A line of the result table: a component (depth 0) or its sub-component (depth 1). */
    public record Row(int depth, String name, String weight, String score) {
    }

    /** The recommendations of one area, as the seed lists them. */
    public record Area(String name, List<Item> items) {
    }

    public record Item(String text, String owner, String due) {
    }

    static LhePaper of(EvaluationView evaluation, Organisations.Profile profile, byte[] emblem, Letter letter,
            List<RecommendationView> recommendations) {
        List<String> checklist = new ArrayList<>();
        String opdName = profile == null ? "OPD " + evaluation.opdCode() : profile.opdName();
        String pemdaName = profile == null ? "Pemda " + evaluation.pemdaCode() : profile.pemdaName();
        if (profile == null) {
            checklist.add("Profil OPD belum diterima dari layanan perencanaan: kop dan tujuan surat memakai kode.");
        }
        if (emblem == null) {
            checklist.add("Lambang Pemda belum diunggah: kop tanpa lambang.");
        }
        if (letter == null) {
            checklist.add("Data surat (nomor, tanggal, dasar keputusan, penanda tangan) belum diisi evaluator.");
        } else {
            if (letter.number() == null) {
                checklist.add("Nomor surat belum diisi.");
            }
            if (letter.decreeNumber() == null) {
                checklist.add("Dasar keputusan tim evaluasi belum diisi: kalimat pembuka tanpa dasar.");
            }
        }
        if (!"FINAL".equals(evaluation.state())) {
            checklist.add("Evaluasi belum final: LHE dicetak sebagai DRAF.");
        }
        String address = profile == null || profile.address() == null ? null : profile.address();
        List<String> contact = new ArrayList<>();
        if (profile != null && profile.phone() != null) {
            contact.add("Telepon " + profile.phone());
        }
        if (profile != null && profile.fax() != null) {
            contact.add("Faksimile " + profile.fax());
        }
        List<String> online = new ArrayList<>();
        if (profile != null && profile.website() != null) {
            online.add("Laman " + profile.website());
        }
        if (profile != null && profile.email() != null) {
            online.add("Pos-el " + profile.email());
        }
        String head = Jabatan.of(profile == null ? null : profile.headTitle(), opdName, pemdaName);

        Scorecard score = evaluation.score();
        List<Row> rows = new ArrayList<>();
        for (Scorecard.ComponentScore component : score.components()) {
            rows.add(new Row(0, component.name(), Indonesian.decimal(component.weight()),
                    Indonesian.twoDecimals(component.score())));
            for (Scorecard.SubScore sub : component.subComponents()) {
                rows.add(new Row(1, sub.name(), Indonesian.decimal(sub.weight()), Indonesian.twoDecimals(sub.score())));
            }
        }
        if (!score.complete()) {
            checklist.add(score.graded() + " dari " + score.criteria() + " kriteria sudah dinilai evaluator: nilai "
                    + "dan predikat belum dapat dicetak.");
        }
        Map<String, List<Item>> byArea = new LinkedHashMap<>();
        for (RecommendationView r : recommendations) {
            byArea.computeIfAbsent(r.areaName(), k -> new ArrayList<>()).add(new Item(r.text(), r.owner(),
                    Indonesian.date(r.dueDate())));
        }
        if (recommendations.isEmpty()) {
            checklist.add("Belum ada rekomendasi: bagian C kosong.");
        }
        List<Area> areas = byArea.entrySet().stream().map(e -> new Area(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        return new LhePaper(evaluation, emblem == null ? null : "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(emblem), pemdaName, opdName, address, String.join(", ", contact),
                String.join(" ", online), head, letter, "Hasil Evaluasi SAKIP Internal " + opdName + " tahun "
                + evaluation.year(), List.copyOf(rows), score.complete() ? Indonesian.twoDecimals(score.total()) : null,
                score.predikat(), score.predikatMeaning(), areas, !"FINAL".equals(evaluation.state()),
                List.copyOf(checklist));
    }

    public DocumentInfo info() {
        return new DocumentInfo("Laporan Hasil Evaluasi SAKIP " + opdName + " tahun " + evaluation.year(),
                letter == null ? "Tim Evaluasi Internal SAKIP" : letter.sender(),
                subject + " (" + evaluation.frameworkName() + ")", "SAKIP, LHE, evaluasi, " + evaluation.year(),
                draft);
    }

    public Map<String, Object> model() {
        return Map.of("p", this);
    }
}
