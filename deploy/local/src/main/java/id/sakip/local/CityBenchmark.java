package id.sakip.local;

import id.sakip.events.BudgetRealizationRecorded;
import id.sakip.events.CapaianStatus;
import id.sakip.events.CloudEventHeaders;
import id.sakip.events.EventCodec;
import id.sakip.events.EventType;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.OrgRef;
import id.sakip.events.PaguSet;
import id.sakip.events.PerjanjianKinerjaSigned;
import id.sakip.events.Polarity;
import id.sakip.events.RealizationRecorded;
import id.sakip.events.SakipEvent;
import id.sakip.events.YearTarget;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

/**
 * A synthetic city fed through the real pipeline: for a Pemda of its own it publishes, on the platform's topics, the
 * events planning, measurement and budget would (indicators with targets, quarterly realisations with their capaian,
 * pagu and spending, a signed Perjanjian Kinerja per OPD), then measures how fast reporting's projection takes them
 * in and how fast the reports answer through the gateway. Run against a running platform ({@code ./run-local.sh}):
 * {@code java -cp "deploy/local/target/sakip-local.jar:deploy/local/target/lib/*" id.sakip.local.CityBenchmark
 * [opd] [indicators per OPD] [budget lines per OPD]}. Writes a Markdown table for docs/benchmarks.md.
 */
public final class CityBenchmark {

    private static final int YEAR = 2024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bootstrap = System.getenv().getOrDefault("SAKIP_KAFKA", "localhost:19092");
    private final String gateway = System.getenv().getOrDefault("SAKIP_GATEWAY", "http://localhost:8080");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String pemda;
    private final Random random = new Random(20_241_231L);

    public static void main(String[] args) throws Exception {
        int opd = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int indicators = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int lines = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        new CityBenchmark().run(opd, indicators, lines);
    }

    private void run(int opdCount, int indicatorsPerOpd, int linesPerOpd) throws Exception {
        // a Pemda code no earlier run used: its city table must be empty
        do {
            pemda = String.valueOf(9000 + new Random().nextInt(999));
        } while (!json(get("/api/v1/reports/city?pemdaCode=" + pemda + "&year=" + YEAR)).path("empty").asBoolean());
        System.out.printf("Synthetic city: Pemda %s, %d OPD x %d indicators x 4 quarters, %d budget lines each%n",
                pemda, opdCount, indicatorsPerOpd, linesPerOpd);
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal realized = BigDecimal.ZERO;
        for (int o = 1; o <= opdCount; o++) {
            OrgRef org = new OrgRef(pemda, "OPD-" + o, null);
            for (int i = 0; i < indicatorsPerOpd; i++) {
                UUID indicator = UUID.randomUUID();
                BigDecimal target = BigDecimal.valueOf(50 + random.nextInt(50));
                add(records, new IndicatorDefined(UUID.randomUUID(), Instant.now(), 1, indicator, org,
                        "Indikator " + o + "." + i, "%", Polarity.INCREASING, List.of(new YearTarget(YEAR, target)),
                        "benchmark"));
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
                String code = String.format("1.06.%02d.2.01.%04d", 1 + l / 10, 1 + l % 10);
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
        // a cheap check while the projection works (the city query would compete with it for the two cores), then
        // the full one: every indicator measured and every rupiah of pagu in the city table
        double projected;
        while (true) {
            Thread.sleep(100);
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the projection did not take everything in within 15 minutes");
            }
            if (!allAgreementsIn(opdCount)) {
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
        System.out.println();
        System.out.println("| what | measured |");
        System.out.println("|---|---|");
        System.out.printf("| events published (%d OPD x %d indicators x 4 quarters, %d budget lines each, 1 PK each) "
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
    }

    private boolean allAgreementsIn(int opdCount) throws Exception {
        // the last OPD's agreement and its last budget line are published last on their topics
        HttpResponse<byte[]> last = get("/api/v1/reports/perjanjian-kinerja?pemdaCode=" + pemda + "&opdCode=OPD-"
                + opdCount + "&year=" + YEAR + "&format=json");
        return last.statusCode() == 200;
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
        return http.send(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(60)).build(),
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
