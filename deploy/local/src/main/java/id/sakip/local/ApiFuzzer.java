package id.sakip.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Sends malformed, boundary and hostile requests to every operation the services' own OpenAPI documents describe,
 * through the gateway, and checks every answer: never a 5xx, and every refusal an RFC 9457 problem of the platform
 * (a {@code urn:sakip:problem:} type, the answer's status, an Indonesian title and detail). Inputs: path and query
 * parameters that are too long, of the wrong type, with path tricks ({@code ../}, encoded slashes and NULs), markup,
 * SQL, control and bidirectional characters; bodies derived from the operation's schema with one field of the wrong
 * type, null, too long, a fraction for an integer, a key written twice, nested too deep, not JSON at all, or sent as
 * the wrong content type. Seeded: a run is repeatable.
 */
final class ApiFuzzer {

    /** Spring's English titles: an answer with one of them did not go through the platform's problem handling. */
    private static final Set<String> ENGLISH_TITLES = Set.of("Bad Request", "Not Found", "Internal Server Error",
            "Forbidden", "Unauthorized", "Method Not Allowed", "Unsupported Media Type", "Not Acceptable",
            "Payload Too Large", "Content Too Large", "Conflict", "Unprocessable Entity", "Service Unavailable");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> HOSTILE = List.of("../../../../etc/passwd", "..%2f..%2fetc%2fpasswd",
            "%2e%2e%2f", "%00", "a%00b", "' OR '1'='1", "1; DROP TABLE plan_node;--", "<script>alert(1)</script>",
            "${jndi:ldap://x/a}", "\u202Eexe.pdf", "\u0007", "\uD800", "中文😀", "-1", "0", "2024.5", "1e309",
            "99999999999999999999", "NaN", "null", "true", "[]", "{}", " ", "", "x".repeat(5000));

    private final String gateway;
    private final Supplier<String> token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random;
    private final List<Operation> operations = new ArrayList<>();

    /** One operation of an OpenAPI document. */
    record Operation(String method, String path, List<JsonNode> parameters, JsonNode body, String bodyType,
            JsonNode components) {
    }

    /** What a run saw. */
    record Report(int requests, Map<Integer, Integer> byStatus, int serverErrors, int notProblems,
            int successfulWrites, List<String> examples) {

        boolean clean() {
            return serverErrors == 0 && notProblems == 0;
        }
    }

    private final Duration pause;

    ApiFuzzer(String gateway, Supplier<String> token, long seed, Duration pause) {
        this.gateway = gateway;
        this.token = token;
        this.random = new Random(seed);
        this.pause = pause;
    }

    /** Reads a service's OpenAPI document (served without a token); only the gateway's routes are tried. */
    void describe(String apiDocsUrl) throws IOException, InterruptedException {
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create(apiDocsUrl))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode root = JSON.readTree(docs.body());
        JsonNode components = root.path("components");
        for (var path : root.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>();
                operation.getValue().path("parameters").forEach(parameters::add);
                JsonNode content = operation.getValue().path("requestBody").path("content");
                String bodyType = content.properties().stream().map(Map.Entry::getKey).findFirst().orElse(null);
                JsonNode body = bodyType == null ? null : content.path(bodyType).path("schema");
                operations.add(new Operation(method, path.getKey(), parameters, body, bodyType, components));
            }
        }
    }

    int operations() {
        return operations.size();
    }

    /** Sends {@code requests} requests, spread over every operation in turn. */
    Report run(int requests) throws InterruptedException {
        if (operations.isEmpty()) {
            throw new IllegalStateException("no operations described");
        }
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int serverErrors = 0;
        int notProblems = 0;
        int successfulWrites = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Operation operation = operations.get(i % operations.size());
            HttpRequest request = request(operation);
            int status;
            String answer;
            String contentType;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                answer = response.body();
                contentType = response.headers().firstValue("Content-Type").orElse("");
            } catch (IOException e) {
                status = 599;
                answer = e.toString();
                contentType = "";
            }
            byStatus.merge(status, 1, Integer::sum);
            if (!pause.isZero()) {
                Thread.sleep(pause.toMillis());
            }
            String where = request.method() + " " + abbreviated(request.uri().getRawPath(), 120) + " -> " + status;
            if (status >= 500) {
                serverErrors++;
                example(examples, where + " " + abbreviated(answer, 300));
            } else if (status >= 400) {
                String problem = problemFault(status, contentType, answer);
                if (problem != null) {
                    notProblems++;
                    example(examples, where + " not a problem: " + problem);
                }
            } else if (!request.method().equals("GET")) {
                successfulWrites++;
            }
        }
        return new Report(requests, byStatus, serverErrors, notProblems, successfulWrites, examples);
    }

    /** Null when the answer is a proper problem of the platform, else what is wrong with it. */
    private static String problemFault(int status, String contentType, String answer) {
        if (!contentType.startsWith("application/problem+json")) {
            return "content type '" + contentType + "': " + abbreviated(answer, 200);
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer);
        } catch (RuntimeException e) {
            return "not JSON: " + abbreviated(answer, 200);
        }
        if (!problem.path("type").asString("").startsWith("urn:sakip:problem:")) {
            return "type " + problem.path("type");
        }
        if (problem.path("status").asInt() != status) {
            return "status " + problem.path("status") + " in the body";
        }
        String title = problem.path("title").asString("");
        if (title.isBlank() || ENGLISH_TITLES.contains(title) || problem.path("detail").asString("").isBlank()) {
            return "title '" + title + "', detail '" + problem.path("detail").asString("") + "'";
        }
        return null;
    }

    private HttpRequest request(Operation operation) {
        int mutation = random.nextInt(10);
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asString();
            // one parameter in three hostile, the rest plausible, so the request reaches the checks after them
            String value = mutation < 4 && random.nextInt(3) == 0 ? pick(HOSTILE) : plausible(name,
                    parameter.path("schema"));
            if ("path".equals(parameter.path("in").asString())) {
                path = path.replace("{" + name + "}", encodePath(value));
            } else if ("query".equals(parameter.path("in").asString()) && random.nextInt(5) > 0) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway + path + query))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (random.nextInt(20) > 0) {
            builder.header("Authorization", "Bearer " + token.get());
        }
        if (random.nextBoolean()) {
            // a version no edited record has (they start at 1): the fuzz reaches the version check, never past it,
            // so a plausible body cannot rename the demo agency's records under the other suites
            builder.header("If-Match", random.nextBoolean() ? "\"987654\"" : pick(List.of("\"x\"", "W/\"-1\"", "*",
                    "")));
        }
        if (operation.method().equals("GET") || operation.method().equals("DELETE")) {
            return builder.method(operation.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        String body;
        String contentType;
        if (operation.bodyType() != null && operation.bodyType().startsWith("multipart")) {
            contentType = pick(List.of("multipart/form-data", "multipart/form-data; boundary=x",
                    "application/json"));
            body = pick(List.of("", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n"
                    + "%PDF-1.4\r\n--x--\r\n", "bukan multipart"));
        } else {
            contentType = random.nextInt(15) == 0 ? "text/plain" : "application/json";
            body = body(operation);
        }
        return builder.header("Content-Type", contentType)
                .method(operation.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private String body(Operation operation) {
        int kind = random.nextInt(12);
        switch (kind) {
            case 0 -> {
                return pick(List.of("", "{", "[]", "null", "\"x\"", "{\"a\":}", "{'a':1}", "\u0000"));
            }
            case 1 -> {
                return "[".repeat(3000) + "]".repeat(3000);
            }
            default -> {
                JsonNode sample = sample(operation.body(), operation.components(), 0);
                if (sample instanceof ObjectNode object && !object.isEmpty()) {
                    List<String> fields = new ArrayList<>();
                    object.properties().forEach(p -> fields.add(p.getKey()));
                    String field = fields.get(random.nextInt(fields.size()));
                    switch (kind) {
                        case 2 -> object.putNull(field);
                        case 3 -> object.put(field, "x".repeat(20_000 + random.nextInt(20_000)));
                        case 4 -> object.put(field, 2024.5);
                        case 5 -> object.put(field, random.nextInt());
                        case 6 -> object.put(field, random.nextBoolean());
                        case 7 -> object.putArray(field).add(pick(HOSTILE));
                        case 8 -> object.putObject(field).put("x", 1);
                        case 9 -> {
                            String text = object.toString();
                            return text.substring(0, text.length() - 1) + ",\"" + field + "\":" + object.get(field)
                                    + "}";
                        }
                        case 10 -> object.put(field, pick(HOSTILE));
                        default -> object.put("tidakDikenal", "x");
                    }
                }
                return sample.toString();
            }
        }
    }

    /** A plausible value for a schema, so that one mutation at a time is what the service sees wrong. */
    private JsonNode sample(JsonNode schema, JsonNode components, int depth) {
        if (schema == null || schema.isMissingNode()) {
            return JSON.createObjectNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return depth > 6 ? JSON.nullNode() : sample(components.path("schemas").path(name), components, depth + 1);
        }
        String type = schema.path("type").asString("object");
        if (schema.has("enum")) {
            return JSON.getNodeFactory().stringNode(schema.get("enum").get(0).asString());
        }
        return switch (type) {
            case "string" -> JSON.getNodeFactory().stringNode(plausible("", schema));
            case "integer" -> JSON.getNodeFactory().numberNode(2024);
            case "number" -> JSON.getNodeFactory().numberNode(90);
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            case "array" -> {
                ArrayNode array = JSON.createArrayNode();
                if (depth < 6) {
                    array.add(sample(schema.path("items"), components, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = JSON.createObjectNode();
                if (depth < 6) {
                    schema.path("properties").properties().forEach(p -> object.set(p.getKey(),
                            sample(p.getValue(), components, depth + 1)));
                }
                yield object;
            }
        };
    }

    private String plausible(String name, JsonNode schema) {
        String format = schema.path("format").asString("");
        String type = schema.path("type").asString("string");
        if (format.equals("uuid")) {
            return java.util.UUID.randomUUID().toString();
        }
        if (format.equals("date")) {
            return "2024-12-31";
        }
        if (type.equals("integer")) {
            return name.toLowerCase(java.util.Locale.ROOT).contains("quarter") ? "1" : "2024";
        }
        return switch (name) {
            case "pemdaCode" -> "3574";
            case "opdCode" -> "DINSOS-PPPA";
            case "bidangCode" -> "REHSOS";
            case "period" -> "2024Q1";
            default -> "uji";
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * A path value as a client would send it: what could not be in a URI at all is encoded, an escape it carries
     * ({@code %2f}, {@code %00}) is kept, so the tricks reach the gateway as written.
     */
    private static String encodePath(String value) {
        StringBuilder encoded = new StringBuilder();
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            boolean escape = c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (escape || c > 0x20 && c < 0x7F && "\"<>\\^`{|}# ?[]%".indexOf(c) < 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    private static void example(List<String> examples, String example) {
        if (examples.size() < 20) {
            examples.add(example);
        }
    }

    private static String abbreviated(String text, int length) {
        return text.length() > length ? text.substring(0, length) + "..." : text;
    }
}
