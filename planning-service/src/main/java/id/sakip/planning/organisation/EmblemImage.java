package id.sakip.planning.organisation;

import id.sakip.events.PemdaEmblemSet;
import id.sakip.indonesian.Indonesian;
import id.sakip.support.web.ApiProblem;
import org.springframework.http.HttpStatus;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Pemda's lambang as its documents print it: the uploaded file checked to be a PNG, JPEG, GIF or BMP image of a
 * printable size, then drawn again as a PNG of at most {@link PemdaEmblemSet#LONGEST_SIDE} pixels a side with its
 * transparency kept. Drawing it again means no byte of the upload but its pixels reaches a document, and every
 * document embeds the same small file.
 */
final class EmblemImage {

    /** The largest upload: a lambang worth printing is far smaller. */
    static final int MAX_UPLOAD = 2 * 1024 * 1024;
    /** Fewer pixels a side do not print sharply at 32 mm. */
    static final int SHORTEST_SIDE = 64;
    /** More pixels than this are not decoded at all (a small file can claim a huge image). */
    static final int MAX_SIDE = 6000;

    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif", "bmp");

    /** The PNG drawn, with the size it came to. */
    record Png(byte[] bytes, int width, int height) {
    }

    private EmblemImage() {
    }

    /** @throws ApiProblem 422 {@code not-an-image} or {@code image-too-large} / {@code image-too-small} */
    static Png of(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw refused("not-an-image", "Berkas kosong.", "berkas kosong");
        }
        requireSize(upload.length);
        BufferedImage image = read(upload);
        int longest = Math.max(image.getWidth(), image.getHeight());
        for (int side = Math.min(longest, PemdaEmblemSet.LONGEST_SIDE); side >= SHORTEST_SIDE; side = side * 3 / 4) {
            BufferedImage drawn = scaled(image, side);
            byte[] png = png(drawn);
            if (png.length <= PemdaEmblemSet.MAX_BYTES) {
                return new Png(png, drawn.getWidth(), drawn.getHeight());
            }
        }
        throw refused("image-too-large", "Lambang ini tidak dapat diperkecil menjadi PNG paling besar "
                + PemdaEmblemSet.MAX_BYTES / 1024 + " KB. Unggah gambar yang lebih sederhana (latar polos).",
                "tidak dapat diperkecil");
    }

    /** @throws ApiProblem 422 {@code image-too-large} for a file over {@link #MAX_UPLOAD} */
    static void requireSize(long bytes) {
        if (bytes > MAX_UPLOAD) {
            throw refused("image-too-large", "Berkas lambang paling besar 2 MB; yang diunggah "
                    + Indonesian.decimal(java.math.BigDecimal.valueOf(bytes / 1024)) + " KB.",
                    "paling besar 2 MB");
        }
    }

    private static BufferedImage read(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(in);
            ImageReader reader = readers.hasNext() ? readers.next() : null;
            if (reader == null || !FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                throw refused("not-an-image", "Berkas ini bukan gambar PNG, JPEG, GIF atau BMP.",
                        "bukan gambar PNG, JPEG, GIF atau BMP");
            }
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw refused("image-too-large", "Gambar " + width + " \u00d7 " + height + " piksel terlalu besar; "
                            + "paling besar " + MAX_SIDE + " piksel tiap sisi.", "paling besar " + MAX_SIDE
                            + " piksel tiap sisi");
                }
                if (width < SHORTEST_SIDE || height < SHORTEST_SIDE) {
                    throw refused("image-too-small", "Gambar " + width + " \u00d7 " + height + " piksel terlalu kecil "
                            + "untuk dicetak; paling kecil " + SHORTEST_SIDE + " piksel tiap sisi.", "paling kecil "
                            + SHORTEST_SIDE + " piksel tiap sisi");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiProblem problem) {
                throw problem;
            }
            // a broken file, or one the platform cannot read (a CMYK JPEG)
            throw refused("not-an-image", "Gambar ini tidak dapat dibaca. Simpan ulang sebagai PNG atau JPEG (RGB) "
                    + "lalu unggah lagi.", "gambar tidak dapat dibaca");
        }
    }

    /**
     * The image drawn again with its longer side at most {@code side} pixels, halved step by step so that thin lines
     * stay clean.
     */
    private static BufferedImage scaled(BufferedImage image, int side) {
        BufferedImage current = image;
        do {
            int longest = Math.max(current.getWidth(), current.getHeight());
            double factor = Math.min(1.0, Math.max(side, (longest + 1) / 2) / (double) longest);
            int width = Math.max(1, (int) Math.round(current.getWidth() * factor));
            int height = Math.max(1, (int) Math.round(current.getHeight() * factor));
            BufferedImage next = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (Math.max(current.getWidth(), current.getHeight()) > side);
        return current;
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiProblem refused(String slug, String detail, String field) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, slug, "Lambang tidak diterima", detail,
                Map.of("file", field));
    }
}
