package id.sakip.local;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Restarts a service process that exits without being asked to (a crash, a kill, an out-of-memory), and says so on
 * the terminal. Back-off: 1 s before the first restart, doubling for each further one up to a minute, back to 1 s
 * once the process has stayed ready for five minutes. A restart never waits on another: each waits for its own
 * readiness.
 */
final class Supervisor implements AutoCloseable {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration LONGEST_BACKOFF = Duration.ofMinutes(1);
    static final Duration STABLE = Duration.ofMinutes(5);

    private final Supplier<List<ServiceProcess>> processes;
    private final Consumer<String> terminal;
    private final Map<String, Duration> backoff = new ConcurrentHashMap<>();
    private final Map<String, Instant> due = new ConcurrentHashMap<>();
    /** Since when each process has been running without a crash. */
    private final Map<String, Instant> upSince = new ConcurrentHashMap<>();
    private final Map<String, Boolean> restarting = new ConcurrentHashMap<>();
    private final Thread watcher;
    private volatile boolean closed;

    Supervisor(Supplier<List<ServiceProcess>> processes, Consumer<String> terminal) {
        this.processes = processes;
        this.terminal = terminal;
        this.watcher = new Thread(this::watch, "sakip-supervisor");
        watcher.setDaemon(true);
    }

    void start() {
        watcher.start();
    }

    private void watch() {
        while (!closed) {
            Instant now = Instant.now();
            for (ServiceProcess process : processes.get()) {
                String name = process.name();
                if (restarting.containsKey(name)) {
                    continue;
                }
                if (!process.crashed()) {
                    Instant up = upSince.computeIfAbsent(name, n -> now);
                    if (Duration.between(up, now).compareTo(STABLE) > 0) {
                        backoff.remove(name);
                    }
                    continue;
                }
                upSince.remove(name);
                if (!due.containsKey(name)) {
                    Duration wait = backoff.getOrDefault(name, FIRST_BACKOFF);
                    due.put(name, now.plus(wait));
                    backoff.put(name, min(wait.multipliedBy(2), LONGEST_BACKOFF));
                    terminal.accept("[supervisor] " + name + " stopped unexpectedly (exit " + process.exitCode()
                            + "); restarting in " + wait.toSeconds() + " s (restart " + (process.restarts() + 1)
                            + ", log " + process.log() + ")");
                } else if (!now.isBefore(due.get(name))) {
                    due.remove(name);
                    restart(process);
                }
            }
            sleep(250);
        }
    }

    private void restart(ServiceProcess process) {
        restarting.put(process.name(), true);
        Thread thread = new Thread(() -> {
            try {
                process.restart();
                Instant started = Instant.now();
                process.awaitReady(Duration.ofSeconds(180));
                terminal.accept("[supervisor] " + process.name() + " is back (ready in "
                        + Duration.between(started, Instant.now()).toSeconds() + " s, restarts: "
                        + process.restarts() + ")");
            } catch (IOException | RuntimeException e) {
                if (!closed) {
                    terminal.accept("[supervisor] " + process.name() + " did not come back: " + firstLine(e));
                }
            } finally {
                restarting.remove(process.name());
            }
        }, "sakip-restart-" + process.name());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        closed = true;
        watcher.interrupt();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
