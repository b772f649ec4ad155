package id.sakip.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One real PostgreSQL server per test JVM, from (in this order) {@code SAKIP_TEST_POSTGRES_URL} (a JDBC URL of a
 * server, with {@code SAKIP_TEST_POSTGRES_USER} / {@code SAKIP_TEST_POSTGRES_PASSWORD}), a Testcontainers
 * PostgreSQL when a Docker engine answers, or an embedded PostgreSQL. Each service gets its own database on it, as
 * in production.
 */
public final class RealPostgres {

    private static volatile RealPostgres instance;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String kind;
    private final Set<String> created = ConcurrentHashMap.newKeySet();

    private RealPostgres(String host, int port, String user, String password, String kind) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.kind = kind;
    }

    public static RealPostgres get() {
        if (instance == null) {
            synchronized (RealPostgres.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    private static RealPostgres start() {
        String url = System.getenv("SAKIP_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            var address = java.net.URI.create(url.substring("jdbc:".length()));
            return new RealPostgres(address.getHost(), address.getPort() < 0 ? 5432 : address.getPort(),
                    envOr("SAKIP_TEST_POSTGRES_USER", "postgres"), envOr("SAKIP_TEST_POSTGRES_PASSWORD", "postgres"),
                    "environment");
        }
        if (Docker.available()) {
            var container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new RealPostgres(container.getHost(), container.getMappedPort(5432), container.getUsername(),
                    container.getPassword(), "testcontainers");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            return new RealPostgres("localhost", embedded.getPort(), "postgres", "postgres", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    /** Creates the database if this JVM has not yet, and returns its JDBC URL. */
    public String database(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        if (created.add(name)) {
            try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                 var check = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                check.setString(1, name);
                if (!check.executeQuery().next()) {
                    admin.createStatement().execute("CREATE DATABASE " + name);
                }
            } catch (SQLException e) {
                created.remove(name);
                throw new IllegalStateException("could not create database " + name, e);
            }
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** environment, testcontainers or embedded. */
    public String kind() {
        return kind;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
