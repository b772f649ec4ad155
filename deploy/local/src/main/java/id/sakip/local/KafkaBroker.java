package id.sakip.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one process), started from the
 * Maven artifacts that deploy/kafka-broker copied. Its log directory is formatted once and kept between runs.
 */
public final class KafkaBroker {

    private final Path classpath;
    private final Path home;
    private final int port;
    private final int controllerPort;
    private Process process;

    public KafkaBroker(Path classpath, Path home, int port, int controllerPort) {
        this.classpath = classpath;
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized void start(Duration timeout) throws IOException, InterruptedException {
        if (running()) {
            return;
        }
        Files.createDirectories(home);
        Path config = writeConfig();
        Path logDir = home.resolve("data");
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(config);
        }
        Path log = home.resolve("broker.log");
        Files.deleteIfExists(log);
        process = new ProcessBuilder(java("kafka.Kafka", config.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka stopped while starting. Last lines of " + log + ":\n"
                        + ServiceProcess.tail(log, 40));
            }
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (text.contains("Address already in use")) {
                stop();
                throw new IllegalStateException("Kafka cannot listen: port " + port + " or " + controllerPort
                        + " is taken. Set SAKIP_KAFKA_PORT / SAKIP_KAFKA_CONTROLLER_PORT to free ports.");
            }
            if (text.contains("Kafka Server started") && Ports.isListening(port)) {
                return;
            }
            ServiceProcess.sleep(300);
        }
        stop();
        throw new IllegalStateException("Kafka not started after " + timeout.toSeconds() + " s. Last lines of "
                + log + ":\n" + ServiceProcess.tail(log, 40));
    }

    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    public synchronized void stop() {
        ServiceProcess.stopGracefully(process);
    }

    private void format(Path config) throws IOException, InterruptedException {
        byte[] random = new byte[16];
        String clusterId;
        do {
            new SecureRandom().nextBytes(random);
            clusterId = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            // one id in 64 starts with '-', which the storage tool reads as an option and refuses
        } while (clusterId.startsWith("-"));
        Path log = home.resolve("format.log");
        Process format = new ProcessBuilder(java("kafka.tools.StorageTool", "format", "-t", clusterId, "-c",
                config.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("Formatting Kafka's storage failed:\n" + ServiceProcess.tail(log, 40));
        }
    }

    private Path writeConfig() throws IOException {
        Path config = home.resolve("server.properties");
        String dataDir = home.resolve("data").toAbsolutePath().toString();
        Files.writeString(config, String.join("\n",
                "# written by the SAKIP launcher at every start",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir,
                "num.partitions=3",
                "default.replication.factor=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "log.retention.hours=-1",
                ""), StandardCharsets.UTF_8);
        return config;
    }

    private List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(classpath.toAbsolutePath() + "/*");
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
