package id.sakip.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorisation matrix as docs/security.md writes it: for each permission, how far each role reaches
 * ({@code bidang}, {@code opd}, {@code pemda}, {@code platform}, or {@code —} refused). Tests hold the code and the
 * services' answers to this table, so the document cannot drift from what the platform does.
 */
public final class SecurityMatrix {

    public enum Relation {
        /** the user's own bidang of its own OPD */
        OWN_BIDANG,
        /** another bidang of the user's OPD */
        OTHER_BIDANG,
        /** another OPD of the user's Pemda */
        OTHER_OPD,
        /** another Pemda */
        OTHER_PEMDA
    }

    private final Map<String, Map<String, String>> reach;

    private SecurityMatrix(Map<String, Map<String, String>> reach) {
        this.reach = reach;
    }

    /** Reads the table of the checkout's docs/security.md (found upwards from the working directory). */
    public static SecurityMatrix load() {
        Path file = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docs/security.md"))) {
                file = dir.resolve("docs/security.md");
                break;
            }
        }
        if (file == null) {
            throw new IllegalStateException("docs/security.md not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SecurityMatrix parse(List<String> lines) {
        Map<String, Map<String, String>> reach = new LinkedHashMap<>();
        List<String> roles = null;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                roles = null;
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() > 2 && cells.get(0).equals("permission") && cells.get(1).equals("what")) {
                roles = cells.subList(2, cells.size());
            } else if (roles != null && !cells.get(0).startsWith("---")) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < roles.size(); i++) {
                    row.put(roles.get(i), cells.get(i + 2));
                }
                reach.put(cells.get(0), row);
            }
        }
        if (reach.isEmpty()) {
            throw new IllegalStateException("docs/security.md has no authorisation matrix (| permission | what | ...)");
        }
        return new SecurityMatrix(reach);
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }

    public List<String> permissions() {
        return List.copyOf(reach.keySet());
    }

    public List<String> roles() {
        return List.copyOf(reach.values().iterator().next().keySet());
    }

    /** The cell: {@code bidang}, {@code opd}, {@code pemda}, {@code platform} or {@code —}. */
    public String reach(String permission, String role) {
        Map<String, String> row = reach.get(permission);
        if (row == null || !row.containsKey(role)) {
            throw new IllegalArgumentException("docs/security.md has no cell for " + permission + " x " + role);
        }
        return row.get(role);
    }

    /** Whether the table lets the role do it to data in that relation to the user's own organisation. */
    public boolean allows(String permission, String role, Relation relation) {
        return switch (reach(permission, role)) {
            case "platform" -> true;
            case "pemda" -> relation != Relation.OTHER_PEMDA;
            case "opd" -> relation == Relation.OWN_BIDANG || relation == Relation.OTHER_BIDANG;
            case "bidang" -> relation == Relation.OWN_BIDANG;
            default -> false;
        };
    }
}
