package id.sakip.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

/**
 * Loads the seed agency's plan through the gateway: the Pemda and the OPD with its profile and bidang, the cascading
 * tree with its IKU, the Renstra 2019-2024 with its matrix of targets, the Rencana Aksi with its program tree
 * (resource {@value #RESOURCE}, copied from the seed's facts), and the year's Perjanjian Kinerja as a draft. Organisation writes are idempotent; the tree is
 * loaded only when the Pemda has no plan node yet.
 */
public final class DemoPlan {

    public static final String RESOURCE = "/demo/dinsos-pppa-plan.json";

    private final GatewayClient gateway;
    private JsonNode demo;
    private String pemda;
    private String opd;

    public DemoPlan(String gatewayUrl, java.util.function.Supplier<String> token) {
        this.gateway = new GatewayClient(gatewayUrl, token);
    }

    /** The demo plan as shipped: what the loaded plan must give back. */
    public static JsonNode resource() throws IOException {
        try (InputStream in = DemoPlan.class.getResourceAsStream(RESOURCE)) {
            return tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
        }
    }

    /** @return how many plan nodes were created now (0 when the plan was there already) */
    public int load() throws IOException, InterruptedException {
        demo = resource();
        pemda = demo.get("pemdaCode").asString();
        opd = demo.get("opdCode").asString();
        organisation();
        JsonNode tree = gateway.send("GET", "/api/v1/plan/tree?pemdaCode=" + pemda, null, 200);
        if (!tree.get("roots").isEmpty()) {
            return 0;
        }
        int before = nodes;
        cascadingAndRencanaAksi();
        renstra();
        return nodes - before;
    }

    private int nodes;

    private void organisation() throws IOException, InterruptedException {
        gateway.register("/api/v1/organisations/" + pemda, demo.get("pemda"));
        ObjectNode source = (ObjectNode) demo.get("opd");
        ObjectNode opdRequest = gateway.json().createObjectNode();
        opdRequest.put("name", source.get("name").asString());
        opdRequest.put("shortName", source.get("shortName").asString());
        ObjectNode profile = source.deepCopy();
        profile.remove("name");
        profile.remove("shortName");
        opdRequest.set("profile", profile);
        gateway.register("/api/v1/organisations/" + pemda + "/opd/" + opd, opdRequest);
        for (JsonNode bidang : demo.get("bidang")) {
            gateway.send("PUT", "/api/v1/organisations/" + pemda + "/opd/" + opd + "/bidang/"
                    + bidang.get("code").asString(), "{\"name\":\"" + bidang.get("name").asString() + "\"}", 200, 201);
        }
    }

    private void cascadingAndRencanaAksi() throws IOException, InterruptedException {
        JsonNode cascading = demo.get("cascading");
        String visi = node(null, "VISI", null, cascading.get("visi").asString(), null);
        JsonNode misiSource = cascading.get("misi");
        String misi = node(null, "MISI", visi, misiSource.get("text").asString(), misiSource.get("number").asInt());
        String tujuanRpd = node(null, "TUJUAN", misi, cascading.get("tujuanRpd").asString(), null);
        ObjectNode sasaranRpdRequest = nodeRequest(null, "SASARAN", tujuanRpd,
                cascading.get("sasaranRpd").get("text").asString(), null);
        sasaranRpdRequest.set("sharedWithOpd", gateway.json().createArrayNode().add(opd));
        String sasaranRpd = create(sasaranRpdRequest);
        indicator(sasaranRpd, cascading.get("sasaranRpd").get("indicator").asString(), true);

        JsonNode tujuanPdSource = cascading.get("tujuanPd");
        String tujuanPd = node(opd, "TUJUAN", sasaranRpd, tujuanPdSource.get("text").asString(), null);
        for (JsonNode name : tujuanPdSource.get("indicators")) {
            indicator(tujuanPd, name.asString(), false);
        }
        String strategic = demo.get("rencanaAksi").get("sasaranStrategis").get("text").asString();
        for (JsonNode sasaranSource : cascading.get("sasaranPd")) {
            String sasaran = node(opd, "SASARAN", tujuanPd, sasaranSource.get("text").asString(), null);
            String firstIku = null;
            for (JsonNode iku : sasaranSource.get("iku")) {
                String id = indicator(sasaran, iku.asString(), true);
                firstIku = firstIku == null ? id : firstIku;
            }
            if (sasaranSource.get("text").asString().equals(strategic)) {
                programs(sasaran, firstIku);
            }
        }
    }

    /**
     * The Rencana Aksi's programs hang under the sasaran strategis they serve; then the Rencana Aksi itself: one line
     * per node, with the indicators and targets as printed, the aksi's volume and quarter schedule.
     */
    private void programs(String sasaran, String iku) throws IOException, InterruptedException {
        JsonNode source = demo.get("rencanaAksi");
        ArrayNode lines = gateway.json().createArrayNode();
        JsonNode strategic = source.get("sasaranStrategis");
        // the sasaran's IKU is the indicator whose quarter targets these are (published for measurement)
        lines.addObject().put("nodeId", sasaran).put("indicator", strategic.get("indicator").asString())
                .put("indicatorId", iku).set("quarterTargets", strategic.get("quarterTargets"));
        for (JsonNode program : source.get("programs")) {
            String programId = coded(opd, "PROGRAM", sasaran, program);
            line(lines, programId, program);
            for (JsonNode kegiatan : program.get("kegiatan")) {
                String kegiatanId = coded(opd, "KEGIATAN", programId, kegiatan);
                line(lines, kegiatanId, kegiatan);
                for (JsonNode sub : kegiatan.get("subKegiatan")) {
                    String subId = coded(opd, "SUB_KEGIATAN", kegiatanId, sub);
                    line(lines, subId, sub);
                    for (JsonNode aksi : sub.get("aksi")) {
                        String aksiId = node(opd, "AKSI", subId, aksi.get("name").asString(), null);
                        ObjectNode aksiLine = lines.addObject().put("nodeId", aksiId)
                                .put("volume", aksi.get("volume").asString());
                        aksiLine.set("schedule", aksi.get("schedule"));
                        if (aksi.has("target")) {
                            aksiLine.put("target", aksi.get("target").asString());
                        }
                    }
                }
            }
        }
        ObjectNode request = gateway.json().createObjectNode();
        request.set("signed", source.get("signed"));
        request.set("lines", lines);
        gateway.send("PUT", "/api/v1/rencana-aksi/" + pemda + "/" + opd + "/" + source.get("year").asInt(), request,
                201, 200);
        agreementDraft(source, sasaran, iku);
    }

    /**
     * The year's Perjanjian Kinerja as a draft, to print and sign by hand: the sasaran strategis with its IKU at the
     * Rencana Aksi's year target (its TW IV, which breaks the agreement down by quarter). The seed has no signed
     * agreement and no pagu for the year, so the draft promises no program budget and is not signed here.
     */
    private void agreementDraft(JsonNode rencanaAksi, String sasaran, String iku)
            throws IOException, InterruptedException {
        JsonNode quarters = rencanaAksi.get("sasaranStrategis").get("quarterTargets");
        String yearTarget = quarters.get(quarters.size() - 1).asString();
        ObjectNode request = gateway.json().createObjectNode();
        request.put("pemdaCode", pemda);
        request.put("opdCode", opd);
        request.put("year", rencanaAksi.get("year").asInt());
        ObjectNode content = request.putObject("content");
        ObjectNode item = content.putArray("sasaran").addObject().put("nodeId", sasaran);
        item.putArray("indicators").addObject().put("indicatorId", iku)
                .put("value", new java.math.BigDecimal(yearTarget.replace("%", "").replace(',', '.').strip()));
        content.putArray("programs");
        gateway.send("POST", "/api/v1/perjanjian-kinerja", request, 201);
    }

    private static void line(ArrayNode lines, String nodeId, JsonNode source) {
        ObjectNode line = lines.addObject().put("nodeId", nodeId);
        if (source.hasNonNull("indicator")) {
            line.put("indicator", source.get("indicator").asString());
        }
        if (source.hasNonNull("target")) {
            line.put("target", source.get("target").asString());
        }
    }

    private void renstra() throws IOException, InterruptedException {
        JsonNode source = demo.get("renstra");
        ArrayNode years = (ArrayNode) source.get("years");
        ObjectNode request = gateway.json().createObjectNode();
        request.put("pemdaCode", pemda);
        request.put("opdCode", opd);
        request.put("startYear", years.get(0).asInt());
        request.put("endYear", years.get(years.size() - 1).asInt());
        request.put("title", source.get("title").asString());
        String renstraId = gateway.send("POST", "/api/v1/renstra", request, 201).get("id").asString();
        for (JsonNode row : source.get("rows")) {
            ObjectNode tujuanRequest = nodeRequest(opd, "TUJUAN", null, row.get("tujuan").asString(), null);
            tujuanRequest.put("renstraId", renstraId);
            String tujuan = create(tujuanRequest);
            String sasaran = node(opd, "SASARAN", tujuan, row.get("sasaran").asString(), null);
            for (JsonNode indicator : row.get("indicators")) {
                ObjectNode body = indicatorRequest(sasaran, indicator.get("name").asString(),
                        indicator.get("unit").asString(), indicator.get("polarity").asString(),
                        indicator.get("scale"), true);
                ArrayNode targets = body.putArray("targets");
                Iterator<JsonNode> values = indicator.get("targets").iterator();
                for (JsonNode year : years) {
                    JsonNode value = values.next();
                    ObjectNode target = targets.addObject().put("year", year.asInt());
                    if (value.isString()) {
                        target.put("category", value.asString());
                    } else if (value.isNumber()) {
                        target.set("value", value);
                    }
                }
                gateway.send("POST", "/api/v1/indicators", body, 201);
            }
        }
    }

    private String indicator(String node, String name, boolean iku) throws IOException, InterruptedException {
        JsonNode details = demo.get("indicatorDetails").get(name);
        if (details == null) {
            throw new IllegalStateException("Demo plan: no unit and polarity for indicator '" + name + "'");
        }
        return gateway.send("POST", "/api/v1/indicators", indicatorRequest(node, name, details.get("unit").asString(),
                details.get("polarity").asString(), details.get("scale"), iku), 201).get("id").asString();
    }

    private ObjectNode indicatorRequest(String node, String name, String unit, String polarity, JsonNode scale,
            boolean iku) {
        ObjectNode body = gateway.json().createObjectNode();
        body.put("pemdaCode", pemda);
        body.put("opdCode", opd);
        body.put("planNodeId", node);
        body.put("name", name);
        body.put("unit", unit);
        body.put("polarity", polarity);
        body.put("iku", iku);
        if (scale != null) {
            body.set("scale", scale);
        }
        return body;
    }

    /** A program, kegiatan or sub kegiatan with its nomenclature code when the demo gives one. */
    private String coded(String opdCode, String kind, String parent, JsonNode source)
            throws IOException, InterruptedException {
        ObjectNode request = nodeRequest(opdCode, kind, parent, source.get("name").asString(), null);
        if (source.hasNonNull("code")) {
            request.put("code", source.get("code").asString());
        }
        return create(request);
    }

    private String node(String opdCode, String kind, String parent, String text, Integer number)
            throws IOException, InterruptedException {
        return create(nodeRequest(opdCode, kind, parent, text, number));
    }

    private ObjectNode nodeRequest(String opdCode, String kind, String parent, String text, Integer number) {
        ObjectNode body = gateway.json().createObjectNode();
        body.put("pemdaCode", pemda);
        if (opdCode != null) {
            body.put("opdCode", opdCode);
        }
        body.put("kind", kind);
        if (parent != null) {
            body.put("parentId", parent);
        }
        body.put("text", text);
        if (number != null) {
            body.put("number", number);
        }
        return body;
    }

    private String create(ObjectNode request) throws IOException, InterruptedException {
        nodes++;
        return gateway.send("POST", "/api/v1/plan/nodes", request, 201).get("id").asString();
    }
}
