package id.sakip.planning.actionplan;

import id.sakip.documents.DocumentInfo;
import id.sakip.documents.Jabatan;
import id.sakip.planning.actionplan.ActionPlanView.Item;
import id.sakip.planning.actionplan.ActionPlanView.Strategic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A Rencana Aksi as the agency's signed table prints it (the seed's "RENCANA AKSI"): per sasaran strategis its
 * indicator and cumulative quarter targets (columns 1-7), then its programs, kegiatan and sub kegiatan with
 * indicator and target, and each aksi with volume and the quarters it runs in (columns 1-16), a program's,
 * kegiatan's and sub kegiatan's cells spanning the rows below them; closed by the Kepala OPD's signature. The PDF
 * template ({@code rencana-aksi.html}) and the workbook read the same rows.
 */
public record RencanaAksiPaper(int year, String opdName, String pemdaName, List<Block> blocks, Signature signature,
        boolean draft) {

    public static final String TEMPLATE = "rencana-aksi";

    /** A sasaran strategis and the lines of its programs. */
    public record Block(int no, String sasaran, String indicator, List<String> quarterTargets, List<Line> lines) {
    }

    /**
     * One row of the programs table: the program, kegiatan and sub kegiatan cells only on the first row they span
     * (null below), the aksi's own cells on every row. Where the sub kegiatan has no target of its own, its target
     * column is the aksi's, row by row ({@code targetPerLine}, {@code lineTarget}), as the agency's table has it.
     */
    public record Line(Cell program, Cell kegiatan, Cell subKegiatan, boolean targetPerLine, String lineTarget,
            String aksi, String volume, List<Boolean> schedule) {
    }

    /** A spanning cell: {@code no} is the program's number (null for kegiatan and sub kegiatan). */
    public record Cell(String no, String name, String indicator, String target, int rows) {
    }

    /** Where and when it was signed and by whom; a null date is left to be written by hand. */
    public record Signature(String place, LocalDate date, String jabatan, String name, String nip) {
    }

    /**
     * @param headTitle the Kepala OPD's title (the OPD profile's), composed into the position with the names
     */
    public static RencanaAksiPaper of(ActionPlanView plan, String opdName, String pemdaName, String headTitle,
            String headName, String headNip, String place) {
        List<Block> blocks = new ArrayList<>();
        int program = 0;
        for (Strategic strategic : plan.sasaran()) {
            List<Line> lines = new ArrayList<>();
            for (Item item : strategic.programs()) {
                program++;
                lines(item, String.valueOf(program), lines);
            }
            blocks.add(new Block(blocks.size() + 1, strategic.text(), blank(strategic.indicator()),
                    quarters(strategic.quarterTargets()), List.copyOf(lines)));
        }
        ActionPlanView.Signed signed = plan.signed();
        boolean draft = signed == null || signed.date() == null || signed.by() == null;
        String signedPlace = signed != null && signed.place() != null && !signed.place().isBlank()
                ? signed.place().strip() : place == null || place.isBlank() ? Jabatan.placeOf(pemdaName) : place;
        Signature signature = new Signature(signedPlace, draft ? null : signed.date(),
                Jabatan.of(headTitle, opdName, pemdaName),
                draft ? headName : signed.by(), draft ? headNip : signed.nip());
        return new RencanaAksiPaper(plan.year(), opdName, pemdaName, List.copyOf(blocks), signature, draft);
    }

    public DocumentInfo info() {
        return new DocumentInfo("Rencana Aksi Tahun " + year + " " + opdName, opdName,
                "Rencana Aksi " + opdName + " " + pemdaName + " tahun " + year, "SAKIP, Rencana Aksi, " + year,
                draft);
    }

    /** The number of rows an item spans: one per aksi (or per childless item) below it. */
    static int rows(Item item) {
        if (item.children().isEmpty()) {
            return 1;
        }
        return item.children().stream().mapToInt(RencanaAksiPaper::rows).sum();
    }

    /**
     * Writes the rows below a program: each path down to an aksi (or to an item with nothing below) is one line, and
     * an item's cells go on the first line through it.
     */
    private static void lines(Item program, String number, List<Line> out) {
        List<List<Item>> paths = new ArrayList<>();
        paths(program, new ArrayList<>(), paths);
        List<Item> placed = new ArrayList<>();
        for (List<Item> path : paths) {
            Cell programCell = null;
            Cell kegiatanCell = null;
            Cell subCell = null;
            Item aksi = null;
            Item sub = null;
            for (Item item : path) {
                boolean first = placed.stream().noneMatch(p -> p == item);
                switch (item.kind()) {
                    case "PROGRAM" -> programCell = first ? cell(item, number) : null;
                    case "KEGIATAN" -> kegiatanCell = first ? cell(item, null) : null;
                    case "SUB_KEGIATAN" -> {
                        sub = item;
                        subCell = first ? cell(item, null) : null;
                    }
                    default -> aksi = item;
                }
                if (first) {
                    placed.add(item);
                }
            }
            boolean perLine = sub != null && blank(sub.target()).isBlank();
            String aksiTarget = aksi == null ? "" : blank(aksi.target()).strip();
            // an aksi's own target beside its sub kegiatan's has no column of its own: it follows the aksi's name
            String aksiText = aksi == null ? "" : aksi.name() + (perLine || aksiTarget.isEmpty() ? ""
                    : " (target " + aksiTarget + ")");
            out.add(new Line(programCell, kegiatanCell, subCell, perLine, perLine ? aksiTarget : "", aksiText,
                    aksi == null ? "" : blank(aksi.volume()),
                    aksi == null || aksi.schedule() == null ? List.of(false, false, false, false) : aksi.schedule()));
        }
    }

    private static void paths(Item item, List<Item> above, List<List<Item>> out) {
        List<Item> path = new ArrayList<>(above);
        path.add(item);
        if (item.children().isEmpty()) {
            out.add(path);
            return;
        }
        for (Item child : item.children()) {
            paths(child, path, out);
        }
    }

    private static Cell cell(Item item, String number) {
        String name = (item.code() == null || item.code().isBlank() ? "" : item.code() + " ") + item.name();
        return new Cell(number, name, blank(item.indicator()), blank(item.target()), rows(item));
    }

    private static List<String> quarters(List<String> targets) {
        List<String> four = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            four.add(targets != null && q < targets.size() && targets.get(q) != null && !targets.get(q).isBlank()
                    ? targets.get(q) : "-");
        }
        return four;
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
