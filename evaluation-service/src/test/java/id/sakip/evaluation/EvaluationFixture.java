package id.sakip.evaluation;

import id.sakip.testsupport.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** Drives an evaluation of an OPD through its steps over the API, as its people would. */
public final class EvaluationFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    public final TestTokens.Token perencana;
    public final TestTokens.Token kadis;
    public final TestTokens.Token inspektorat;
    public String id;
    public long version;
    public final List<String> criteria = new ArrayList<>();

    public EvaluationFixture(MockMvc mvc, String pemda, String opd) {
        this.mvc = mvc;
        this.perencana = TestTokens.user("perencana." + opd.toLowerCase()).opd(pemda, opd).roles("PERENCANA");
        this.kadis = TestTokens.user("kadis." + opd.toLowerCase()).opd(pemda, opd).roles("KEPALA_OPD");
        this.inspektorat = TestTokens.user("inspektorat." + pemda).pemda(pemda).roles("INSPEKTORAT");
    }

    public EvaluationFixture opened(String pemda, String opd, int year) throws Exception {
        JsonNode view = send(post("/api/v1/evaluations").header("Authorization", perencana.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"pemdaCode\":\"" + pemda + "\",\"opdCode\":\"" + opd + "\",\"year\":" + year + "}"));
        id = view.get("id").asString();
        view.get("components").forEach(c -> c.get("subComponents").forEach(s -> s.get("criteria")
                .forEach(k -> criteria.add(k.get("code").asString()))));
        return this;
    }

    /** Every criterion answered with the grade, and the self-assessment submitted by the Kepala OPD. */
    public EvaluationFixture selfAssessed(String grade) throws Exception {
        for (String criterion : criteria) {
            send(put("/api/v1/evaluations/" + id + "/criteria/" + criterion + "/self-assessment")
                    .header("Authorization", perencana.bearer()).header("If-Match", "\"" + version + "\"")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"grade\":\"" + grade + "\"}"));
        }
        send(post("/api/v1/evaluations/" + id + "/submit").header("Authorization", kadis.bearer())
                .header("If-Match", "\"" + version + "\""));
        return this;
    }

    /** Every criterion graded by the Inspektorat (the grade a function of the criterion), then completed. */
    public EvaluationFixture evaluated(Function<String, String> grade) throws Exception {
        for (String criterion : criteria) {
            send(put("/api/v1/evaluations/" + id + "/criteria/" + criterion + "/grade")
                    .header("Authorization", inspektorat.bearer()).header("If-Match", "\"" + version + "\"")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"grade\":\"" + grade.apply(criterion) + "\"}"));
        }
        send(post("/api/v1/evaluations/" + id + "/complete").header("Authorization", inspektorat.bearer())
                .header("If-Match", "\"" + version + "\""));
        return this;
    }

    public EvaluationFixture finalised() throws Exception {
        send(post("/api/v1/evaluations/" + id + "/finalise").header("Authorization", inspektorat.bearer())
                .header("If-Match", "\"" + version + "\""));
        return this;
    }

    private JsonNode send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() >= 300) {
            throw new IllegalStateException(request + " answered " + response.getStatus() + ": "
                    + response.getContentAsString());
        }
        JsonNode view = JSON.readTree(response.getContentAsString());
        version = view.get("version").asLong();
        return view;
    }
}
