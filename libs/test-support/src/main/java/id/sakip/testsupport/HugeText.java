package id.sakip.testsupport;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sends a body once per text it holds, that text replaced by a million characters (a megabyte, just under the
 * request size limit, so the body itself is read), and checks the edge refuses each: 400, the field named as
 * validation names fields ({@code profile.legalBasis[0]}), nothing changed. Such a text would otherwise reach the
 * events the service publishes.
 */
public final class HugeText {

    public static final int CHARS = 1_000_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One write to try: its method, path and a body with every text field it takes. */
    public record Write(HttpMethod method, String path, String body) {
    }

    /** @return what went otherwise than refused-with-the-field-named, one line per text field; empty when all held */
    public static List<String> disagreements(MockMvc mvc, List<Write> writes, Supplier<String> state)
            throws Exception {
        List<String> found = new ArrayList<>();
        String huge = "a".repeat(CHARS);
        for (Write write : writes) {
            JsonNode body = JSON.readTree(write.body());
            List<String> fields = textFields(body, "", new ArrayList<>());
            if (fields.isEmpty()) {
                found.add(write.method() + " " + write.path() + ": the body has no text to try");
            }
            for (String field : fields) {
                String before = state.get();
                MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders
                                .request(write.method(), write.path()).header("If-Match", "\"1\"")
                                .contentType(MediaType.APPLICATION_JSON).content(replaced(body, field, huge)))
                        .andReturn().getResponse();
                String answer = response.getContentAsString(StandardCharsets.UTF_8);
                String where = write.method() + " " + write.path() + " " + field + ": ";
                if (response.getStatus() != 400) {
                    found.add(where + "answered " + response.getStatus() + " " + abbreviated(answer));
                } else if (!JSON.readTree(answer).path("errors").has(field)) {
                    found.add(where + "the problem does not name the field: " + abbreviated(answer));
                }
                if (!state.get().equals(before)) {
                    found.add(where + "something changed");
                }
            }
        }
        return found;
    }

    private static List<String> textFields(JsonNode node, String path, List<String> found) {
        if (node.isString()) {
            found.add(path);
        } else if (node.isObject()) {
            node.properties().forEach(p -> textFields(p.getValue(), path.isEmpty() ? p.getKey()
                    : path + "." + p.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                textFields(node.get(i), path + "[" + i + "]", found);
            }
        }
        return found;
    }

    private static String replaced(JsonNode body, String path, String text) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        String[] steps = path.replace("[", ".[").split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), text);
        } else {
            ((ObjectNode) parent).put(last, text);
        }
        return copy.toString();
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                : node.get(step);
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private HugeText() {
    }
}
