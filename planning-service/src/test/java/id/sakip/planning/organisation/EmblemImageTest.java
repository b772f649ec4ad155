package id.sakip.planning.organisation;

import id.sakip.events.PemdaEmblemSet;
import id.sakip.support.web.ApiProblem;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmblemImageTest {

    @Test
    void aLargeImageIsDrawnAgainWithItsLongerSideAtTheLimitAndItsShapeKept() throws Exception {
        EmblemImage.Png png = EmblemImage.of(encode(image(2400, 1800, false), "png"));
        assertThat(png.width()).isEqualTo(PemdaEmblemSet.LONGEST_SIDE);
        assertThat(png.height()).isEqualTo(384);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(read.getWidth()).isEqualTo(png.width());
        assertThat(png.bytes().length).isLessThanOrEqualTo(PemdaEmblemSet.MAX_BYTES);
    }

    @Test
    void aTransparentGroundStaysTransparentAndASmallImageKeepsItsSize() throws Exception {
        EmblemImage.Png png = EmblemImage.of(encode(image(200, 240, true), "png"));
        assertThat(png.width()).isEqualTo(200);
        assertThat(png.height()).isEqualTo(240);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(new Color(read.getRGB(0, 0), true).getAlpha()).isZero();
        assertThat(new Color(read.getRGB(100, 120), true).getAlpha()).isEqualTo(255);
    }

    @Test
    void aPhotographThatStaysTooLargeAsAPngIsDrawnSmallerUntilItFits() throws Exception {
        BufferedImage noise = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 1000; y++) {
            for (int x = 0; x < 1000; x++) {
                noise.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        EmblemImage.Png png = EmblemImage.of(encode(noise, "jpeg"));
        assertThat(png.bytes().length).isLessThanOrEqualTo(PemdaEmblemSet.MAX_BYTES);
        assertThat(Math.max(png.width(), png.height())).isLessThanOrEqualTo(PemdaEmblemSet.LONGEST_SIDE);
    }

    @Test
    void whatIsNoPrintableImageIsRefusedWithTheReason() throws Exception {
        assertThatThrownBy(() -> EmblemImage.of("GIF89a bukan gambar".getBytes()))
                .isInstanceOf(ApiProblem.class).extracting(e -> ((ApiProblem) e).slug()).isEqualTo("not-an-image");
        assertThatThrownBy(() -> EmblemImage.of(encode(image(40, 400, false), "png")))
                .isInstanceOf(ApiProblem.class).extracting(e -> ((ApiProblem) e).slug()).isEqualTo("image-too-small");
        assertThatThrownBy(() -> EmblemImage.of(encode(image(6001, 64, false), "png")))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("6001")
                .extracting(e -> ((ApiProblem) e).slug()).isEqualTo("image-too-large");
        // a format the platform does not print from
        assertThatThrownBy(() -> EmblemImage.of(encode(image(100, 100, false), "wbmp")))
                .isInstanceOf(ApiProblem.class).extracting(e -> ((ApiProblem) e).slug()).isEqualTo("not-an-image");
    }

    /** A red disc on a white (or transparent) ground. */
    private static BufferedImage image(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        if (!transparent) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        }
        g.setColor(new Color(200, 30, 30));
        g.fillOval(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws Exception {
        if (format.equals("wbmp")) {
            BufferedImage binary = new BufferedImage(image.getWidth(), image.getHeight(),
                    BufferedImage.TYPE_BYTE_BINARY);
            binary.getGraphics().drawImage(image, 0, 0, null);
            image = binary;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as(format + " writer").isTrue();
        return out.toByteArray();
    }
}
