package id.sakip.measurement.evidence;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The kinds of file accepted as bukti dukung, recognised by their content (never by their name): PDF, PNG, JPEG,
 * WebP, Office Open XML and OpenDocument documents (a zip with their manifest, without macros), and the older Office
 * formats (an OLE2 compound file with a Word, Excel or PowerPoint stream, without macros).
 */
enum FileKind {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    WEBP("image/webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ODT("application/vnd.oasis.opendocument.text"),
    ODS("application/vnd.oasis.opendocument.spreadsheet"),
    ODP("application/vnd.oasis.opendocument.presentation"),
    DOC("application/msword"),
    XLS("application/vnd.ms-excel"),
    PPT("application/vnd.ms-powerpoint");

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    final String contentType;

    FileKind(String contentType) {
        this.contentType = contentType;
    }

    /** What the bytes are, or empty when they are none of the accepted kinds. */
    static Optional<FileKind> of(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (content.length > 12 && startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && new String(content, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return zipped(content);
        }
        if (startsWith(content, OLE2)) {
            return compound(content);
        }
        return Optional.empty();
    }

    /**
     * An old Office file (OLE2 compound document) by the streams inside it: WordDocument, Workbook (or Book), or
     * PowerPoint Document. One carrying macros (a VBA project) is refused, as is any other compound file (an .msi,
     * an .msg).
     */
    private static Optional<FileKind> compound(byte[] content) {
        try (var fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR") || root.hasEntry("VBA")) {
                return Optional.empty();
            }
            if (root.hasEntry("WordDocument")) {
                return Optional.of(DOC);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Optional.of(XLS);
            }
            if (root.hasEntry("PowerPoint Document")) {
                return Optional.of(PPT);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Reads only the zip's central directory (never inflates its entries, so a zip bomb costs nothing). */
    private static Optional<FileKind> zipped(byte[] content) {
        Path temp = null;
        try {
            temp = Files.createTempFile("bukti-", ".zip");
            Files.write(temp, content);
            try (var zip = new ZipFile(temp.toFile())) {
                ZipEntry mimetype = zip.getEntry("mimetype");
                if (mimetype != null && mimetype.getSize() >= 0 && mimetype.getSize() < 100) {
                    String mime;
                    try (var in = zip.getInputStream(mimetype)) {
                        mime = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    }
                    return Arrays.stream(new FileKind[] {ODT, ODS, ODP}).filter(k -> k.contentType.equals(mime))
                            .findFirst();
                }
                if (zip.getEntry("[Content_Types].xml") == null) {
                    return Optional.empty();
                }
                // a document with macros (.docm, .xlsm ... renamed) is not evidence anyone needs to run
                if (zip.stream().anyMatch(e -> e.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
                    return Optional.empty();
                }
                if (zip.getEntry("word/document.xml") != null) {
                    return Optional.of(DOCX);
                }
                if (zip.getEntry("xl/workbook.xml") != null) {
                    return Optional.of(XLSX);
                }
                if (zip.getEntry("ppt/presentation.xml") != null) {
                    return Optional.of(PPTX);
                }
                return Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
