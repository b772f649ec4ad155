package id.sakip.documents;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * The DRAF mark: the word across the page, light grey and translucent, as an image (a {@code data:} URI) laid over
 * every page of a draft. The layout engine paints a positioned element over the text and has no opacity, so a
 * translucent image is what leaves the text under it readable.
 */
final class DraftMark {

    private static final int SIZE = 1400;

    private DraftMark() {
    }

    static String dataUri(byte[] boldFont) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(boldFont)).deriveFont(380f);
            g.setFont(font);
            g.setColor(new Color(120, 120, 120, 56));
            g.rotate(-Math.PI / 4, SIZE / 2.0, SIZE / 2.0);
            FontRenderContext context = g.getFontRenderContext();
            Rectangle2D bounds = font.getStringBounds("DRAF", context);
            g.drawString("DRAF", (float) (SIZE - bounds.getWidth()) / 2,
                    (float) (SIZE - bounds.getHeight()) / 2 - (float) bounds.getY());
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the shipped font cannot be read", e);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
