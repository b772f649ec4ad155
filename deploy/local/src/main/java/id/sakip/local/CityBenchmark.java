package id.sakip.local;

import id.sakip.events.Aggregation;
import id.sakip.events.BudgetRealizationRecorded;
import id.sakip.events.CapaianStatus;
import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.OpdProfileChanged;
import id.sakip.events.OrgRef;
import id.sakip.events.PaguSet;
import id.sakip.events.PerjanjianKinerjaSigned;
import id.sakip.events.PlanNodeChanged;
import id.sakip.events.Polarity;
import id.sakip.events.RealizationRecorded;
import id.sakip.events.SakipEvent;
import id.sakip.events.TargetType;
import id.sakip.events.YearTarget;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

/**
 * A synthetic city fed through the real pipeline: for a Pemda of its own it publishes, on the platform's topics, the
 * events planning, measurement and budget would (OPD profiles and plan trees, indicators with targets linked to the
 * tree, quarterly realisations with their capaian, pagu and spending, a signed Perjanjian Kinerja per OPD), then measures how fast reporting's projection takes them
 * in and how fast the reports answer through the gateway, signed in as the identity provider's client
 * {@code sakip-benchmark} (Bappeda of the synthetic Pemda, {@code SAKIP_BENCH_PEMDA}, 9900 unless set for both the
 * platform and the benchmark). Run against a running platform ({@code ./run-local.sh}):
 * {@code java -cp "deploy/local/target/sakip-local.jar:deploy/local/target/lib/*" id.sakip.local.CityBenchmark
 * [opd] [indicators per OPD] [budget lines per OPD]}. Writes a Markdown table for docs/benchmarks.md.
 */
public final class CityBenchmark {

    private static final int YEAR = 2024;
    private static final int SASARAN = 5;
    /** Reporting's projection: its listener id is its consumer group. */
    private static final String PROJECTION = "reporting.projection";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bootstrap = System.getenv().getOrDefault("SAKIP_KAFKA", "localhost:19092");
    private final String gateway = System.getenv().getOrDefault("SAKIP_GATEWAY", "http://localhost:8080");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final java.util.function.Supplier<String> token = Tokens.refreshing(
            System.getenv().getOrDefault("SAKIP_IDP_URL", "http://localhost:9000"), "sakip-benchmark",
            System.getenv().getOrDefault("SAKIP_BENCH_CLIENT_SECRET", "benchmark-local"));
    private final String pemda = System.getenv().getOrDefault("SAKIP_BENCH_PEMDA", "9900");
    private final Random random = new Random(20_241_231L);

    public static void main(String[] args) throws Exception {
        int opd = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int indicators = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int lines = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        new CityBenchmark().run(opd, indicators, lines);
    }

    private void run(int opdCount, int indicatorsPerOpd, int linesPerOpd) throws Exception {
        // the synthetic Pemda must be empty, or the projection's rate would be measured on a part of the events
        if (!json(get("/api/v1/reports/city?pemdaCode=" + pemda + "&year=" + YEAR)).path("empty").asBoolean()) {
            System.err.println("Pemda " + pemda + " already holds a synthetic city. Start the platform on a fresh "
                    + "data folder (SAKIP_DATA_DIR), or set SAKIP_BENCH_PEMDA to an unused code for both ./run-local.sh "
                    + "and the benchmark.");
            System.exit(2);
        }
        System.out.printf("Synthetic city: Pemda %s, %d OPD x %d indicators x 4 quarters, %d budget lines each%n",
                pemda, opdCount, indicatorsPerOpd, linesPerOpd);
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal realized = BigDecimal.ZERO;
        for (int o = 1; o <= opdCount; o++) {
            OrgRef org = new OrgRef(pemda, "OPD-" + o, null);
            add(records, new OpdProfileChanged(UUID.randomUUID(), Instant.now(), 1, org, "Dinas " + o, "D" + o,
                    "Kota Sintetis", "Jawa Timur", "Visi kota sintetis", "Jalan " + o, null, null, null, null,
                    new OpdProfileChanged.Head("Kepala OPD " + o, "19700101 199001 1 001", "Kepala Dinas"),
                    List.of("Peraturan Daerah Nomor " + o), "Tugas OPD " + o, List.of("Fungsi 1", "Fungsi 2"),
                    List.of("Perencanaan"), List.of("Layanan " + o), List.of(), LocalDate.of(YEAR, 12, 31),
                    List.of(new OpdProfileChanged.StaffCount("ASN", 20, 25, 45, List.of())), List.of("Isu " + o),
                    "benchmark"));
            // the OPD's tree: a tujuan, five sasaran (the IKU), and programs / kegiatan / sub kegiatan for the lines
            UUID tujuan = UUID.randomUUID();
            add(records, node(org, tujuan, "TUJUAN", null, null, "Tujuan OPD " + o));
            List<UUID> sasaran = new ArrayList<>();
            for (int s = 0; s < SASARAN; s++) {
                sasaran.add(UUID.randomUUID());
                add(records, node(org, sasaran.get(s), "SASARAN", tujuan, null, "Sasaran " + (s + 1) + " OPD " + o));
            }
            List<UUID> subKegiatan = new ArrayList<>();
            UUID program = null;
            UUID kegiatan = null;
            for (int l = 0; l < linesPerOpd; l++) {
                String code = lineCode(l);
                if (l % 10 == 0) {
                    program = UUID.randomUUID();
                    add(records, node(org, program, "PROGRAM", sasaran.get((l / 10) % SASARAN), code.substring(0, 7),
                            "Program " + code.substring(0, 7)));
                    kegiatan = UUID.randomUUID();
                    add(records, node(org, kegiatan, "KEGIATAN", program, code.substring(0, 12),
                            "Kegiatan " + code.substring(0, 12)));
                }
                subKegiatan.add(UUID.randomUUID());
                add(records, node(org, subKegiatan.get(l), "SUB_KEGIATAN", kegiatan, code, "Sub kegiatan " + code));
            }
            for (int i = 0; i < indicatorsPerOpd; i++) {
                UUID indicator = UUID.randomUUID();
                BigDecimal target = BigDecimal.valueOf(50 + random.nextInt(50));
                // the first indicators are the sasaran's IKU, the others measure sub kegiatan
                UUID measured = i < 2 * SASARAN ? sasaran.get(i % SASARAN)
                        : subKegiatan.isEmpty() ? null : subKegiatan.get(i % subKegiatan.size());
                add(records, new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, indicator, org,
                        "Indikator " + o + "." + i, "%", Polarity.INCREASING, List.of(new YearTarget(YEAR, target)),
                        "benchmark", TargetType.NUMBER, Aggregation.LAST, List.of(), measured));
                for (int q = 1; q <= 4; q++) {
                    BigDecimal value = target.multiply(BigDecimal.valueOf(60 + random.nextInt(60)))
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                    add(records, new RealizationRecorded(UUID.randomUUID(), Instant.now(), 1, UUID.randomUUID(),
                            indicator, org, YEAR + "Q" + q, value, target, Polarity.INCREASING,
                            CapaianStatus.COMPUTED, value.multiply(BigDecimal.valueOf(100))
                            .divide(target, 16, RoundingMode.HALF_UP), "benchmark"));
                }
            }
            List<PerjanjianKinerjaSigned.Program> programs = new ArrayList<>();
            for (int l = 0; l < linesPerOpd; l++) {
                UUID line = UUID.randomUUID();
                BigDecimal amount = BigDecimal.valueOf(10_000_000L + random.nextInt(900_000_000));
                pagu = pagu.add(amount);
                String code = lineCode(l);
                add(records, new PaguSet(UUID.randomUUID(), Instant.now(), 1, line, org, YEAR, code,
                        "Sub kegiatan " + code, "MURNI", amount, "benchmark"));
                BigDecimal spent = amount.multiply(BigDecimal.valueOf(80 + random.nextInt(20)))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
                realized = realized.add(spent);
                add(records, new BudgetRealizationRecorded(UUID.randomUUID(), Instant.now(), 2, line, org, YEAR, code,
                        4, spent, spent, amount, spent.multiply(BigDecimal.valueOf(100))
                        .divide(amount, 16, RoundingMode.HALF_UP), "benchmark"));
                if (l % 10 == 0) {
                    programs.add(new PerjanjianKinerjaSigned.Program(UUID.randomUUID(), code.substring(0, 7),
                            "Program " + code.substring(0, 7), amount));
                }
            }
            add(records, new PerjanjianKinerjaSigned(UUID.randomUUID(), Instant.now(), 1, UUID.randomUUID(), org, YEAR, 1,
                    null, "Kepala OPD " + o, "19700101 199001 1 001", "Kepala Dinas", LocalDate.of(YEAR, 1, 4), null,
                    null, null, List.of(new PerjanjianKinerjaSigned.Sasaran(UUID.randomUUID(), "Sasaran OPD " + o,
                    List.of())), programs, "benchmark", "Dinas " + o, "Kota Sintetis"));
        }

        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record);
            }
            producer.flush();
        }
        double produced = seconds(started);
        long expectedMeasured = (long) opdCount * indicatorsPerOpd;
        BigDecimal expectedPagu = pagu;
        BigDecimal expectedRealized = realized;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
        // done when the projection's consumer group has committed every record of the topics (cheap: two admin
        // calls, no query competing with the projection for the two cores), then checked once against the city
        // table: every indicator measured and every rupiah of pagu and spending in it
        double projected;
        java.util.Set<String> topics = new java.util.TreeSet<>();
        records.forEach(r -> topics.add(r.topic()));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (true) {
                Thread.sleep(100);
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the projection did not take everything in within 15 minutes");
                }
                if (lag(admin, topics) > 0) {
                    continue;
                }
                double seen = seconds(started);
                JsonNode city = json(get("/api/v1/reports/city?pemdaCode=" + pemda + "&year=" + YEAR));
                if (city.path("totals").path("measured").asLong() == expectedMeasured
                        && city.path("totals").path("pagu").decimalValue().compareTo(expectedPagu) == 0
                        && city.path("totals").path("realized").decimalValue().compareTo(expectedRealized) == 0) {
                    projected = seen;
                    break;
                }
            }
        }
        System.out.println();
        System.out.println("| what | measured |");
        System.out.println("|---|---|");
        System.out.printf("| events published (%d OPD x %d indicators x 4 quarters, %d budget lines each, 1 PK, profile and plan tree each) "
                + "| %,d in %.1f s |%n", opdCount, indicatorsPerOpd, linesPerOpd, records.size(), produced);
        System.out.printf("| projection: all in the read models | %.1f s after the first send: %,.0f events/s |%n",
                projected, records.size() / projected);
        latency("city table (JSON), all OPD", "/api/v1/reports/city?pemdaCode=" + pemda + "&year=" + YEAR, 200);
        latency("one OPD's Pelaporan Kinerja (JSON)", "/api/v1/reports/pelaporan-kinerja?pemdaCode=" + pemda
                + "&opdCode=OPD-1&year=" + YEAR, 200);
        latency("one OPD's Pelaporan Kinerja (XLSX)", "/api/v1/reports/pelaporan-kinerja?pemdaCode=" + pemda
                + "&opdCode=OPD-1&year=" + YEAR + "&format=xlsx", 100);
        latency("one OPD's Perjanjian Kinerja (PDF)", "/api/v1/reports/perjanjian-kinerja?pemdaCode=" + pemda
                + "&opdCode=OPD-1&year=" + YEAR, 100);
        latency("every OPD's IKU and programs (XLSX)", "/api/v1/reports/city/tables?pemdaCode=" + pemda + "&year="
                + YEAR + "&format=xlsx", 10);
        latency("one OPD's Evaluasi Renja (XLSX)", "/api/v1/reports/evaluasi-renja?pemdaCode=" + pemda
                + "&opdCode=OPD-1&year=" + YEAR + "&format=xlsx", 50);
        // the synthetic realisations are drafts: basis=all gives the whole report (the official one is empty)
        latency("one OPD's LKjIP (JSON, basis=all)", "/api/v1/reports/lkjip?pemdaCode=" + pemda
                + "&opdCode=OPD-1&year=" + YEAR + "&format=json&basis=all", 50);
        latency("one OPD's LKjIP (PDF, basis=all)", "/api/v1/reports/lkjip?pemdaCode=" + pemda
                + "&opdCode=OPD-1&year=" + YEAR + "&basis=all", 50);
    }

    private static String lineCode(int line) {
        return String.format("1.06.%02d.2.01.%04d", 1 + line / 10, 1 + line % 10);
    }

    private static PlanNodeChanged node(OrgRef org, UUID id, String kind, UUID parent, String code, String text) {
        return new PlanNodeChanged(UUID.randomUUID(), Instant.now(), 1, id, org, kind, parent, null, code, null, text,
                List.of(), "benchmark");
    }

    /** Records of the topics reporting's projection has not committed yet. */
    private static long lag(Admin admin, java.util.Set<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(PROJECTION)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> ends = new java.util.HashMap<>();
        admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) ->
                description.partitions().forEach(p -> ends.put(new TopicPartition(topic, p.partition()),
                        OffsetSpec.latest())));
        long lag = 0;
        for (var end : admin.listOffsets(ends).all().get().entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    private void latency(String what, String path, int requests) throws Exception {
        for (int warm = 0; warm < 20; warm++) {
            get(path);
        }
        long[] nanos = new long[requests];
        int size = 0;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = get(path);
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            size = response.body().length;
        }
        Arrays.sort(nanos);
        System.out.printf("| %s, %d requests through the gateway (%,d bytes) | p50 %.0f ms, p95 %.0f ms, p99 %.0f ms |%n",
                what, requests, size, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token.get()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static void add(List<ProducerRecord<String, byte[]>> records, SakipEvent event) {
        EventType type = EventType.of(event.getClass()).orElseThrow();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.aggregateId(),
                EventCodec.write(event));
        record.headers().add(CloudEventHeaders.TYPE, type.ceType().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        records.add(record);
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private CityBenchmark() {
    }
}
