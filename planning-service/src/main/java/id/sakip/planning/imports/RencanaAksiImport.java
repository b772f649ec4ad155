package id.sakip.planning.imports;

import id.sakip.indonesian.IndonesianNumber;
import id.sakip.planning.actionplan.ActionPlanRequest;
import id.sakip.planning.actionplan.ActionPlans;
import id.sakip.planning.actionplan.TargetTexts;
import id.sakip.planning.plan.NodeKind;
import id.sakip.planning.plan.PlanNode;
import id.sakip.planning.plan.PlanNodes;
import id.sakip.planning.plan.PlanRequests.NodeRequest;
import id.sakip.support.imports.Workbooks;
import id.sakip.support.web.ApiProblem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports a Rencana Aksi from an Excel workbook laid out as the seed's table: for each row the program, kegiatan and
 * sub kegiatan (name, indicator, target; a name left empty continues the row above) and one aksi with its volume,
 * its target where it has one and the quarters it runs in (TW I..IV marked v). The programs are added under the
 * sasaran strategis named in the request. All or nothing: every bad row is reported by its number.
 */
@Service
public class RencanaAksiImport {

    static final List<String> COLUMNS = List.of("Program", "Indikator Program", "Target Program", "Kegiatan",
            "Indikator Kegiatan", "Target Kegiatan", "Sub Kegiatan", "Indikator Sub Kegiatan", "Target Sub Kegiatan",
            "Aksi", "Volume", "Target Aksi", "TW I", "TW II", "TW III", "TW IV");
    static final List<String> REQUIRED = List.of("Program", "Kegiatan", "Sub Kegiatan", "Aksi", "Volume", "TW I",
            "TW II", "TW III", "TW IV");
    private static final Set<String> TICKED = Set.of("v", "√", "✓", "x", "1", "ya", "y");
    private static final int MAX_ROWS = 2000;

    private final PlanNodes nodes;
    private final ActionPlans plans;

    RencanaAksiImport(PlanNodes nodes, ActionPlans plans) {
        this.nodes = nodes;
        this.plans = plans;
    }

    /** A level of the table (program, kegiatan, sub kegiatan) with what sits below it. */
    private static final class Level {
        final String name;
        String indicator;
        String target;
        final Map<String, Level> children = new LinkedHashMap<>();
        final List<String[]> aksi = new ArrayList<>(); // name, volume, target, schedule as "tfff"

        Level(String name) {
            this.name = name;
        }
    }

    public record Result(int programs, int kegiatan, int subKegiatan, int aksi) {
    }

    @Transactional
    public Result importWorkbook(String pemdaCode, String opdCode, int year, UUID sasaranId, String sasaranIndicator,
            List<String> quarterTargets, InputStream xlsx, String actor) {
        PlanNode sasaran = nodes.find(sasaranId).orElse(null);
        if (sasaran == null || sasaran.kind() != NodeKind.SASARAN || !pemdaCode.equals(sasaran.pemdaCode())
                || !opdCode.equals(sasaran.opdCode())) {
            throw ApiProblem.unprocessable("import-rejected", "Sasaran strategis bukan sasaran OPD ini.",
                    Map.of("sasaranId", "bukan sasaran OPD ini"));
        }
        // before any node is created: a refused import does no work it must roll back
        if (plans.exists(pemdaCode, opdCode, year)) {
            throw ApiProblem.conflict("rencana-aksi-exists", "Rencana Aksi OPD " + opdCode + " tahun " + year
                    + " sudah ada; ubah lewat PUT /api/v1/rencana-aksi atau impor untuk tahun lain.");
        }
        Map<String, Level> programs;
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            programs = parse(workbook.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiProblem problem) {
                throw problem;
            }
            throw ApiProblem.unprocessable("not-a-workbook", "Berkas bukan buku kerja Excel (.xlsx) yang dapat "
                    + "dibaca. Unduh templatnya dari /api/v1/rencana-aksi/import-template.",
                    Map.of("file", "bukan berkas .xlsx yang dapat dibaca"));
        }
        List<ActionPlanRequest.Line> lines = new ArrayList<>();
        lines.add(new ActionPlanRequest.Line(sasaranId, sasaranIndicator, null, null, null, quarterTargets));
        int[] counts = new int[4];
        for (Level program : programs.values()) {
            UUID programId = node(pemdaCode, opdCode, NodeKind.PROGRAM, sasaranId, program.name, actor);
            lines.add(line(programId, program));
            counts[0]++;
            for (Level kegiatan : program.children.values()) {
                UUID kegiatanId = node(pemdaCode, opdCode, NodeKind.KEGIATAN, programId, kegiatan.name, actor);
                lines.add(line(kegiatanId, kegiatan));
                counts[1]++;
                for (Level sub : kegiatan.children.values()) {
                    UUID subId = node(pemdaCode, opdCode, NodeKind.SUB_KEGIATAN, kegiatanId, sub.name, actor);
                    lines.add(line(subId, sub));
                    counts[2]++;
                    for (String[] aksi : sub.aksi) {
                        UUID aksiId = node(pemdaCode, opdCode, NodeKind.AKSI, subId, aksi[0], actor);
                        List<Boolean> schedule = aksi[3].chars().mapToObj(c -> c == 't').toList();
                        lines.add(new ActionPlanRequest.Line(aksiId, null, aksi[2], aksi[1], schedule, null));
                        counts[3]++;
                    }
                }
            }
        }
        plans.put(pemdaCode, opdCode, year, new ActionPlanRequest(null, null, lines), null, actor);
        return new Result(counts[0], counts[1], counts[2], counts[3]);
    }

    private UUID node(String pemdaCode, String opdCode, NodeKind kind, UUID parent, String text, String actor) {
        return nodes.create(new NodeRequest(pemdaCode, opdCode, kind, parent, null, null, null, text, List.of()),
                actor).id();
    }

    private static ActionPlanRequest.Line line(UUID nodeId, Level level) {
        return new ActionPlanRequest.Line(nodeId, level.indicator, level.target, null, null, null);
    }

    private static Map<String, Level> parse(Sheet sheet) {
        DataFormatter format = new DataFormatter(Locale.ROOT);
        Map<String, Integer> columns = new LinkedHashMap<>();
        int headerRow = -1;
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 20) && headerRow < 0; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            columns.clear();
            for (Cell cell : row) {
                String text = format.formatCellValue(cell).strip();
                COLUMNS.stream().filter(text::equalsIgnoreCase).findFirst()
                        .ifPresent(name -> columns.put(name, cell.getColumnIndex()));
            }
            if (columns.containsKey("Aksi") && columns.containsKey("Program")) {
                headerRow = r;
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (headerRow < 0) {
            throw Workbooks.rejected(Map.of("header", "baris judul dengan kolom Program dan Aksi tidak ditemukan"));
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                errors.put("header", "kolom " + name + " tidak ada (kolom wajib: " + String.join(", ", REQUIRED) + ")");
            }
        }
        if (!errors.isEmpty()) {
            throw Workbooks.rejected(errors);
        }
        Map<String, Level> programs = new LinkedHashMap<>();
        Level program = null;
        Level kegiatan = null;
        Level sub = null;
        int rows = 0;
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || Workbooks.blank(row, format)) {
                continue;
            }
            if (++rows > MAX_ROWS) {
                throw Workbooks.rejected(Map.of("baris " + (r + 1), "paling banyak " + MAX_ROWS + " baris"));
            }
            List<String> problems = new ArrayList<>();
            String programName = Workbooks.text(row, columns.get("Program"), format);
            String kegiatanName = Workbooks.text(row, columns.get("Kegiatan"), format);
            String subName = Workbooks.text(row, columns.get("Sub Kegiatan"), format);
            if (programName != null) {
                program = programs.computeIfAbsent(programName, Level::new);
                kegiatan = null;
                sub = null;
                describe(program, row, columns, "Program", format, problems);
            }
            if (kegiatanName != null && program != null) {
                kegiatan = program.children.computeIfAbsent(kegiatanName, Level::new);
                sub = null;
                describe(kegiatan, row, columns, "Kegiatan", format, problems);
            }
            if (subName != null && kegiatan != null) {
                sub = kegiatan.children.computeIfAbsent(subName, Level::new);
                describe(sub, row, columns, "Sub Kegiatan", format, problems);
            }
            if (program == null) {
                problems.add("kolom Program kosong");
            } else if (kegiatan == null) {
                problems.add("kolom Kegiatan kosong");
            } else if (sub == null) {
                problems.add("kolom Sub Kegiatan kosong");
            }
            for (String name : new String[] {programName, kegiatanName, subName}) {
                if (name != null && name.length() > 1000) {
                    problems.add("nama lebih dari 1000 karakter");
                }
            }
            String aksi = Workbooks.text(row, columns.get("Aksi"), format);
            String volume = Workbooks.text(row, columns.get("Volume"), format);
            StringBuilder schedule = new StringBuilder();
            for (String quarter : List.of("TW I", "TW II", "TW III", "TW IV")) {
                String mark = Workbooks.text(row, columns.get(quarter), format);
                if (mark != null && !TICKED.contains(mark.toLowerCase(Locale.ROOT))) {
                    problems.add(quarter + ": tandai dengan v atau kosongkan, bukan '" + mark + "'");
                }
                schedule.append(mark == null ? 'f' : 't');
            }
            if (aksi == null) {
                if (volume != null || schedule.indexOf("t") >= 0) {
                    problems.add("kolom Aksi kosong");
                }
            } else {
                if (aksi.length() > 1000) {
                    problems.add("Aksi lebih dari 1000 karakter");
                }
                if (volume == null) {
                    problems.add("kolom Volume kosong");
                } else if (volume.length() > 100) {
                    problems.add("Volume lebih dari 100 karakter");
                }
                if (schedule.indexOf("t") < 0) {
                    problems.add("aksi tanpa jadwal: tandai paling sedikit satu triwulan");
                }
                String target = columns.containsKey("Target Aksi")
                        ? Workbooks.written(row, columns.get("Target Aksi"), format) : null;
                readable(target, "Target Aksi", problems);
                if (sub != null && problems.isEmpty()) {
                    sub.aksi.add(new String[] {aksi, volume, target, schedule.toString()});
                }
            }
            if (!problems.isEmpty()) {
                errors.put("baris " + (r + 1), String.join("; ", problems));
            }
        }
        if (programs.isEmpty() && errors.isEmpty()) {
            errors.put("file", "tidak ada baris di bawah baris judul");
        }
        if (!errors.isEmpty()) {
            throw Workbooks.rejected(errors);
        }
        return programs;
    }

    private static void describe(Level level, Row row, Map<String, Integer> columns, String name,
            DataFormatter format, List<String> problems) {
        String indicator = Workbooks.text(row, columns.get("Indikator " + name), format);
        String target = Workbooks.written(row, columns.get("Target " + name), format);
        readable(target, "Target " + name, problems);
        if (indicator != null && indicator.length() > 500) {
            problems.add("Indikator " + name + " lebih dari 500 karakter");
        } else if (indicator != null) {
            level.indicator = indicator;
        }
        if (target != null && target.length() > 100) {
            problems.add("Target " + name + " lebih dari 100 karakter");
        } else if (target != null) {
            level.target = target;
        }
    }

    /**
     * A target is kept as written, but the number it starts with must read the same way everywhere (1.500 orang is
     * one thousand five hundred): "1,500 orang" or "1.25.000" is refused rather than stored for a person to misread
     * later; words after the number ("100% terlaksana") are the agency's own.
     */
    private static void readable(String target, String column, List<String> problems) {
        try {
            TargetTexts.number(target);
        } catch (IndonesianNumber.NotANumber e) {
            problems.add(column + " " + e.getMessage());
        }
    }
}
