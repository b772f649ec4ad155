package id.sakip.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One platform service (or the gateway) running as its own JVM, with its output in a log file. It can be started
 * again with the same command ({@link #restart}); {@link Supervisor} does so when it exits unexpectedly.
 */
public final class ServiceProcess {

    /** Small heaps and the quick JIT tier: five JVMs share two cores and start in seconds. */
    public static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final List<String> command;
    private volatile Process process;
    /** Set by {@link #stop}: an exit after it is expected, not a crash. */
    private volatile boolean stopping;
    private volatile int restarts;
    private volatile Integer lastExit;

    private ServiceProcess(String name, int port, Path log, List<String> command, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.command = List.copyOf(command);
        this.process = process;
    }

    /** Starts {@code java -jar jar args}; properties go as {@code --key=value} arguments. */
    public static ServiceProcess start(String name, Path jar, int port, List<String> arguments, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.addAll(arguments);
        return new ServiceProcess(name, port, log, command, launch(command, log));
    }

    private static Process launch(List<String> command, Path log) throws IOException {
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** Starts the same command again after the process ended on its own; its output goes on in the same log. */
    synchronized void restart() throws IOException {
        if (stopping || process.isAlive()) {
            return;
        }
        lastExit = process.exitValue();
        restarts++;
        process = launch(command, log);
    }

    /** Whether the process ended without being asked to. */
    boolean crashed() {
        return !stopping && !process.isAlive();
    }

    /** The exit code of the process that ended, while it is not restarted yet; else of the last one that did. */
    Integer exitCode() {
        Process current = process;
        return current.isAlive() ? lastExit : Integer.valueOf(current.exitValue());
    }

    public int restarts() {
        return restarts;
    }

    /** The operating system's process id (for a fault test that kills it). */
    public long pid() {
        return process.pid();
    }

    /** Waits until the readiness probe answers UP; fails with the log's tail when the process dies or time runs out. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue()
                        + "). Last lines of " + log + ":\n" + tail(log, 40));
            }
            if (ready()) {
                return;
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s. Last lines of "
                + log + ":\n" + tail(log, 40));
    }

    public boolean ready() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Asks the JVM to stop (SIGTERM: Spring shuts down gracefully), then forces it after 30 s. */
    public void stop() {
        stopping = true;
        synchronized (this) {
            stopGracefully(process);
        }
    }

    /** SIGTERM, up to 30 s to finish, then SIGKILL. */
    static void stopGracefully(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
