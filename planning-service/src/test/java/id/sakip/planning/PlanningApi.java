package id.sakip.planning;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.concurrent.ThreadLocalRandom;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The planning API as the tests drive it; each test gets a Pemda of its own, so tests never see each other's data. */
public final class PlanningApi {

    private final MockMvc mvc;
    private final String pemda = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));

    public PlanningApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    public String pemda() {
        return pemda;
    }

    private boolean pemdaRegistered;

    /** Registers the test's Pemda (first call) and the given OPD. */
    public void registerOpd(String opd, String name) throws Exception {
        if (!pemdaRegistered) {
            send("PUT", "/api/v1/organisations/" + pemda, "{\"name\":\"Kota Uji " + pemda + "\"}")
                    .andExpect(status().isCreated());
            pemdaRegistered = true;
        }
        send("PUT", "/api/v1/organisations/" + pemda + "/opd/" + opd, "{\"name\":\"" + name + "\"}")
                .andExpect(status().isCreated());
    }

    public ResultActions send(String method, String path, String body) throws Exception {
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
