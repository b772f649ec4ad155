package id.sakip.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Loads the seed agency's demo data through the gateway, as a user would enter it: first the plan
 * ({@link DemoPlan}), then the Pelaporan Kinerja 2024 figures (indicators with their realisations, budget lines with
 * their spending). Safe to run again: an indicator already present by name is not defined twice but still gets
 * the realisations it lacks (a recorded one answers 409 and is kept); budget lines already set (409) are left as
 * they are.
 */
public final class DemoData {

    public static final String RESOURCE = "/demo/dinsos-pppa-2024.json";
    /** The key of the sasaran strategis among the nodes by code. */
    private static final String SASARAN = "sasaran-strategis";
    /** The demo loader's client at the identity provider (client credentials, the seed agency's scope only). */
    public static final String CLIENT = "sakip-demo-loader";
    /** The demo's evaluator at the identity provider (client credentials, the Inspektorat of the seed's Pemda). */
    public static final String EVALUATOR = "sakip-demo-evaluator";

    private final GatewayClient gateway;
    private final String gatewayUrl;
    private final Supplier<String> token;
    private final Supplier<String> evaluatorToken;

    /**
     * @param token          the demo loader's access token ({@link Tokens#refreshing})
     * @param evaluatorToken the demo evaluator's, who grades the seed's evaluation (never the one who submitted it)
     */
    public DemoData(String gatewayUrl, Supplier<String> token, Supplier<String> evaluatorToken) {
        this.gatewayUrl = gatewayUrl;
        this.token = token;
        this.evaluatorToken = evaluatorToken;
        this.gateway = new GatewayClient(gatewayUrl, token);
    }

    /** The demo's two clients at the local identity provider, their secrets from the environment or the defaults. */
    public static DemoData local(String gatewayUrl, String identityProvider) {
        return new DemoData(gatewayUrl, Tokens.refreshing(identityProvider, CLIENT,
                System.getenv().getOrDefault("SAKIP_DEMO_LOADER_SECRET", "demo-loader-local")),
                Tokens.refreshing(identityProvider, EVALUATOR,
                        System.getenv().getOrDefault("SAKIP_DEMO_EVALUATOR_SECRET", "demo-evaluator-local")));
    }

    /** @return how many plan nodes, indicators and budget lines were created now */
    public int load() throws IOException, InterruptedException {
        int created = new DemoPlan(gatewayUrl, token).load();
        JsonNode demo;
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            demo = gateway.json().readTree(in);
        }
        Map<String, String> nodes = new HashMap<>();
        created += programTree(demo.get("programTree"), nodes);
        for (JsonNode indicator : demo.get("indicators")) {
            ObjectNode request = (ObjectNode) indicator.get("request").deepCopy();
            // an indicator the plan already defines (a Renstra indicator) gets its realisations, not a twin
            String id = existing(request).get(request.get("name").asString());
            if (id == null) {
                // the Pelaporan Kinerja's indicators measure its sasaran, programs, kegiatan and sub kegiatan
                String node = indicator.path("planSasaran").asBoolean() ? nodes.get(SASARAN)
                        : indicator.hasNonNull("planCode") ? nodes.get(indicator.get("planCode").asString()) : null;
                if (node != null) {
                    request.put("planNodeId", node);
                }
                id = gateway.send("POST", "/api/v1/indicators", request.toString(), 201).get("id").asString();
                created++;
            }
            for (JsonNode realization : indicator.get("realizations")) {
                String payload = "{\"indicatorId\":\"" + id + "\",\"period\":\""
                        + realization.get("period").asString() + "\",\"value\":" + realization.get("value") + "}";
                awaitAccepted("/api/v1/realizations", payload);
            }
        }
        for (JsonNode line : demo.get("budgetLines")) {
            // budget knows the program tree from planning's events: a code is accepted once its node has arrived
            HttpResponse<String> response = awaitAccepted("/api/v1/budget/lines", line.get("request").toString());
            if (response.statusCode() == 409) {
                continue;
            }
            created++;
            JsonNode written = gateway.json().readTree(response.body());
            String id = written.get("id").asString();
            long version = written.get("version").asLong();
            for (var spending : line.get("spendingByQuarter").properties()) {
                version = gateway.send("PUT", "/api/v1/budget/lines/" + id + "/realizations/" + spending.getKey(),
                        "{\"amount\":" + spending.getValue() + "}", version, 200).get("version").asLong();
            }
        }
        JsonNode spm = demo.get("spm");
        String spmPath = "/api/v1/spm/" + spm.get("pemdaCode").asString() + "/" + spm.get("opdCode").asString() + "/"
                + spm.get("year").asInt();
        java.util.Set<String> present = new java.util.HashSet<>();
        gateway.send("GET", spmPath, null, 200).get("services").forEach(s -> present.add(s.get("code").asString()));
        for (JsonNode service : spm.get("services")) {
            // the seed's counts are written once; a service already there is the agency's to change
            if (present.add(service.get("code").asString())) {
                gateway.send("PUT", spmPath + "/" + service.get("code").asString(), service.get("request").toString(),
                        201);
                created++;
            }
        }
        created += new DemoEvaluation(gateway, new GatewayClient(gatewayUrl, evaluatorToken))
                .load(demo.get("evaluation"));
        return created;
    }

    /** Indicator ids by name; of two with one name, the one with targets (the Renstra's, not the tree's label). */
    private Map<String, String> existing(JsonNode request) throws IOException, InterruptedException {
        String query = "?pemdaCode=" + GatewayClient.encode(request.get("pemdaCode").asString()) + "&opdCode="
                + GatewayClient.encode(request.get("opdCode").asString());
        Map<String, String> ids = new HashMap<>();
        for (JsonNode existing : gateway.send("GET", "/api/v1/indicators" + query, null, 200)) {
            String name = existing.get("name").asString();
            if (!ids.containsKey(name) || !existing.get("targets").isEmpty()) {
                ids.put(name, existing.get("id").asString());
            }
        }
        return ids;
    }

    /**
     * The Pelaporan Kinerja 2024's programs that the plan does not hold yet, added under the sasaran strategis of the
     * Rencana Aksi with their codes, so that budget can name them. Fills {@code idsByCode} with every coded node and
     * the sasaran strategis (under {@link #SASARAN}).
     */
    private int programTree(JsonNode source, Map<String, String> idsByCode) throws IOException, InterruptedException {
        JsonNode plan = DemoPlan.resource();
        String opd = plan.get("opdCode").asString();
        String strategic = plan.get("rencanaAksi").get("sasaranStrategis").get("text").asString();
        JsonNode tree = gateway.send("GET", "/api/v1/plan/tree?pemdaCode=" + plan.get("pemdaCode").asString()
                + "&opdCode=" + GatewayClient.encode(opd), null, 200);
        String[] sasaran = new String[1];
        walk(tree.get("roots"), node -> {
            if (node.hasNonNull("code")) {
                idsByCode.put(node.get("code").asString(), node.get("id").asString());
            }
            // the Rencana Aksi's programs hang under it (a Renstra sasaran may carry the same words)
            if ("SASARAN".equals(node.get("kind").asString()) && strategic.equals(node.get("text").asString())
                    && (sasaran[0] == null || hasProgram(node))) {
                sasaran[0] = node.get("id").asString();
            }
        });
        if (sasaran[0] == null) {
            throw new IllegalStateException("Demo data: the sasaran strategis '" + strategic + "' is not in the plan");
        }
        int known = idsByCode.size();
        idsByCode.put(SASARAN, sasaran[0]);
        known++;
        for (JsonNode program : source.get("programs")) {
            String programId = ensureNode(idsByCode, plan, opd, "PROGRAM", sasaran[0], program);
            for (JsonNode kegiatan : program.get("kegiatan")) {
                String kegiatanId = ensureNode(idsByCode, plan, opd, "KEGIATAN", programId, kegiatan);
                for (JsonNode sub : kegiatan.get("subKegiatan")) {
                    ensureNode(idsByCode, plan, opd, "SUB_KEGIATAN", kegiatanId, sub);
                }
            }
        }
        return idsByCode.size() - known;
    }

    private String ensureNode(Map<String, String> idsByCode, JsonNode plan, String opd, String kind, String parent,
            JsonNode source) throws IOException, InterruptedException {
        String code = source.get("code").asString();
        String existing = idsByCode.get(code);
        if (existing != null) {
            return existing;
        }
        ObjectNode request = gateway.json().createObjectNode().put("pemdaCode", plan.get("pemdaCode").asString())
                .put("opdCode", opd).put("kind", kind).put("parentId", parent).put("code", code)
                .put("text", source.get("name").asString());
        String id = gateway.send("POST", "/api/v1/plan/nodes", request, 201).get("id").asString();
        idsByCode.put(code, id);
        return id;
    }

    private static boolean hasProgram(JsonNode node) {
        for (JsonNode child : node.path("children")) {
            if ("PROGRAM".equals(child.get("kind").asString())) {
                return true;
            }
        }
        return false;
    }

    private static void walk(JsonNode nodes, java.util.function.Consumer<JsonNode> visit) {
        if (nodes == null) {
            return;
        }
        for (JsonNode node : nodes) {
            visit.accept(node);
            walk(node.get("children"), visit);
        }
    }

    /**
     * Measurement knows an indicator, budget a program tree code, only once planning's event reached it: retry while
     * the answer is 422. Returns the 201 or the 409 (already there).
     */
    private HttpResponse<String> awaitAccepted(String path, String payload) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            HttpResponse<String> response = gateway.raw("POST", path, payload);
            if (response.statusCode() == 201 || response.statusCode() == 409) {
                return response;
            }
            if (response.statusCode() != 422 || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Demo data: " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            Thread.sleep(500);
        }
    }
}
