package id.sakip.planning.organisation;

import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.PemdaEmblemSet;
import id.sakip.events.Topics;
import id.sakip.planning.PlanningApiTestBase;
import id.sakip.testsupport.KafkaProbe;
import id.sakip.testsupport.RealKafka;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EmblemApiTest extends PlanningApiTestBase {

    @Test
    void theLambangIsDrawnAgainAsASmallPngKeptAndPublished() throws Exception {
        mvc.perform(get("/api/v1/organisations/" + pemda + "/lambang"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:no-lambang"));

        upload(image(1200, 900, "jpeg"), "lambang.jpg")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.width").value(512))
                .andExpect(jsonPath("$.height").value(384));
        byte[] kept = mvc.perform(get("/api/v1/organisations/" + pemda + "/lambang"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(read.getWidth()).isEqualTo(512);
        assertThat(read.getHeight()).isEqualTo(384);
        // the pixels survive the drawing: the upload's red is still red
        assertThat(new Color(read.getRGB(256, 192)).getRed()).isGreaterThan(200);

        // a second one replaces it; both went out, the second with the next version and the PNG kept
        upload(image(300, 300, "png"), "lambang.png").andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.width").value(300));
        var published = new KafkaProbe(RealKafka.get().bootstrapServers()).readUntil(Topics.PLANNING_ORGANISATION,
                Duration.ofSeconds(30), r -> pemda.equals(r.key()) && emblem(r.value()).aggregateVersion() == 2);
        var emblems = published.stream().filter(r -> pemda.equals(r.key())).map(r -> emblem(r.value())).toList();
        assertThat(emblems).extracting(PemdaEmblemSet::aggregateVersion).containsExactly(1L, 2L);
        assertThat(ImageIO.read(new ByteArrayInputStream(emblems.get(1).png())).getWidth()).isEqualTo(300);
    }

    @Test
    void aFileThatIsNotAPrintableImageIsRefusedAndTheLambangStaysAsItWas() throws Exception {
        upload(image(200, 200, "png"), "lambang.png").andExpect(status().isOk());

        upload("ini bukan gambar".getBytes(), "lambang.png")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:not-an-image"))
                .andExpect(jsonPath("$.errors.file").exists());
        upload(new byte[0], "lambang.png")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:not-an-image"));
        upload(image(20, 20, "png"), "kecil.png")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:image-too-small"));
        // few bytes, but an image too wide to be decoded
        upload(image(7000, 64, "png"), "lebar.png")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:image-too-large"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("7000")));
        upload(new byte[EmblemImage.MAX_UPLOAD + 1], "besar.png")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:image-too-large"));
        // a Pemda not registered (the tests' own are four digits)
        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/organisations/99/lambang")
                        .file(new MockMultipartFile("file", "lambang.png", "image/png", image(100, 100, "png")))
                        .header("Authorization", TestTokens.platformOperator().bearer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:sakip:problem:pemda-not-found"));

        byte[] kept = mvc.perform(get("/api/v1/organisations/" + pemda + "/lambang"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(kept)).getWidth()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT emblem_version FROM pemda WHERE code = ?").param(pemda).query(Long.class)
                .single()).isEqualTo(1L);
    }

    private ResultActions upload(byte[] bytes, String name) throws Exception {
        return mvc.perform(multipart(HttpMethod.PUT, "/api/v1/organisations/" + pemda + "/lambang")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes)));
    }

    /** A red image with a white border, as a lambang on a plain ground. */
    private static byte[] image(int width, int height, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(220, 20, 20));
        g.fillRect(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static PemdaEmblemSet emblem(byte[] value) {
        return (PemdaEmblemSet) EventCodec.read(EventType.PEMDA_EMBLEM_SET, value);
    }
}
