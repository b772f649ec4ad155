package id.sakip.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where things are in a checkout: the built jars, the broker's classpath, the data folder. */
public final class Layout {

    private final Path root;

    private Layout(Path root) {
        this.root = root;
    }

    /** The checkout: {@code sakip.root} if set, else the nearest folder upwards holding {@code mvnw}. */
    public static Layout find() {
        String configured = System.getProperty("sakip.root");
        Path start = Path.of(configured != null ? configured : "").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve("planning-service"))) {
                return new Layout(p);
            }
        }
        throw new IllegalStateException("Cannot find the SAKIP checkout from " + start
                + ": run from inside it or set -Dsakip.root=<folder>");
    }

    public Path root() {
        return root;
    }

    /** The runnable jar a module's build left in its target folder. */
    public Path executableJar(String module) {
        Path target = root.resolve(module).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No runnable jar in " + target
                            + ": build first with ./mvnw -DskipTests package"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path kafkaClasspath() {
        Path lib = root.resolve("deploy/kafka-broker/target/lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException("No Kafka broker classpath in " + lib
                    + ": build first with ./mvnw -DskipTests package");
        }
        return lib;
    }

    public Path dataDir() {
        String configured = System.getenv("SAKIP_DATA_DIR");
        return configured != null && !configured.isBlank() ? Path.of(configured).toAbsolutePath()
                : root.resolve(".data");
    }
}
