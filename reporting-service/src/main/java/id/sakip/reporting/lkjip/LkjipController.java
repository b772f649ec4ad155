package id.sakip.reporting.lkjip;

import id.sakip.support.security.Access;
import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.support.web.Downloads;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.Codes;
import id.sakip.documents.OfficialDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@RestController
@Validated
@Tag(name = "Laporan", description = "Tabel laporan yang dibangun dari event layanan lain")
class LkjipController {

    private final LkjipQuery query;

    private final Access access;

    private final OfficialDocuments documents;

    // the day a paper is dated, where the Pemda are (WIB; WITA and WIT are an hour or two later)
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    LkjipController(LkjipQuery query, Access access, OfficialDocuments documents) {
        this.access = access;
        this.query = query;
        this.documents = documents;
    }

    /** approved (the official report) or all (a draft); anything else is 422 basis-not-offered. */
    static Lkjip.Basis basis(String basis) {
        return switch (basis.toLowerCase(Locale.ROOT)) {
            case "approved" -> Lkjip.Basis.APPROVED;
            case "all" -> Lkjip.Basis.ALL;
            default -> throw ApiProblem.unprocessable("basis-not-offered", "Basis '" + basis + "' tidak dikenal; "
                    + "pilih approved (data yang disetujui) atau all (semua data, sebagai draf).",
                    Map.of("basis", "approved atau all"));
        };
    }

    @GetMapping("/api/v1/reports/lkjip")
    @Operation(summary = "The LKjIP of an OPD for a year: a PDF in Indonesian in the outline of PermenPANRB 53/2014 "
            + "or its content as JSON",
            description = "The PDF: cover, kata pengantar, ikhtisar eksekutif, daftar isi / tabel / grafik with page "
                    + "numbers, Bab I-IV (Bab III per IKU against the Perjanjian Kinerja's target, else the Renstra's: "
                    + "the years before, the Renstra end target, the operators' faktor and tindak lanjut, the "
                    + "programs' efficiency; numbered tables and charts with their source), the Perjanjian Kinerja "
                    + "and the Pelaporan Kinerja as Lampiran, the Kepala OPD's signature dated the day it is made; "
                    + "the cover prints the Pemda's lambang once its administrator set it. basis=approved (default) "
                    + "builds the official report from realisations the Kepala OPD "
                    + "approved; basis=all from every state (printed as DRAF). A year without such realisations is "
                    + "an explicit empty report (empty=true with a note; the PDF says so after its cover). 404 "
                    + "opd-not-found for an OPD reporting knows nothing of; 422 format-not-offered, 422 "
                    + "basis-not-offered.")
    ResponseEntity<?> lkjip(
            @RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @RequestParam @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
            @RequestParam(defaultValue = "approved") String basis,
            @RequestParam(defaultValue = "pdf") String format) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        String wanted = Downloads.format(format, "LKjIP", "pdf", "json");
        Lkjip.Basis chosen = basis(basis);
        LkjipQuery.WithAgreement lkjip = query.of(pemdaCode, opdCode, year, chosen);
        if (wanted.equals("json")) {
            return ResponseEntity.ok(lkjip.report());
        }
        LkjipPaper paper = LkjipPaper.of(lkjip.report(), lkjip.agreement(), query.emblem(pemdaCode),
                LocalDate.now(JAKARTA));
        return Downloads.pdf("lkjip-" + opdCode + "-" + year + (lkjip.report().draft() ? "-draf" : ""),
                documents.pdf(LkjipPaper.TEMPLATE, paper.info(), paper.model()));
    }

    /** What the LKjIP still lacks, for the operator: said here once, never printed into the report. */
    public record Checklist(int year, Lkjip.Basis basis, List<String> missing) {
    }

    @GetMapping("/api/v1/reports/lkjip/checklist")
    @Operation(summary = "What the LKjIP of an OPD for a year still lacks (kelengkapan), in Indonesian",
            description = "Each missing input once, for the operator to complete: no signed Perjanjian Kinerja (the "
                    + "report then shows the Renstra's targets), the Pemda's lambang, the Kepala OPD or other profile "
                    + "fields, an IKU "
                    + "without realisation, faktor pendorong / penghambat not written. The printed LKjIP never "
                    + "says what is missing. Empty when nothing is. Same parameters as the LKjIP.")
    Checklist checklist(
            @RequestParam @Pattern(regexp = Codes.PEMDA, message = "kode Pemda berupa 2-4 angka") String pemdaCode,
            @RequestParam @Pattern(regexp = Codes.OPD, message = "kode OPD tidak valid") String opdCode,
            @RequestParam @Min(value = 2000, message = "tahun di luar rentang 2000-2100") @Max(value = 2100, message = "tahun di luar rentang 2000-2100") int year,
            @RequestParam(defaultValue = "approved") String basis) {
        access.require(Permission.READ_OPD, Owner.opd(pemdaCode, opdCode));
        Lkjip.Basis chosen = basis(basis);
        LkjipQuery.WithAgreement lkjip = query.of(pemdaCode, opdCode, year, chosen);
        return new Checklist(year, chosen, LkjipPaper.of(lkjip.report(), lkjip.agreement(),
                query.emblem(pemdaCode), LocalDate.now(JAKARTA)).checklist());
    }
}
