package id.sakip.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The identity provider, the four services and the gateway as separate processes against one PostgreSQL server (a
 * database each) and one Kafka broker. Started one after the other: on two cores, JVMs that start together slow each
 * other down. Once all are ready, a {@link Supervisor} restarts any that exits on its own.
 */
public final class Platform implements AutoCloseable {

    /** module, database, default port, route name in the gateway. */
    public record Service(String module, String database, int port) {
    }

    private final List<ServiceProcess> processes = new ArrayList<>();
    private final Supervisor supervisor = new Supervisor(this::processes, System.out::println);
    private boolean closed;

    /** Starts the services and the gateway; if one fails, those already started are stopped. */
    public static Platform start(Layout layout, Settings settings, Path logDir, List<String> extraArguments)
            throws IOException {
        Platform platform = new Platform();
        platform.startAll(layout, settings, logDir, extraArguments);
        return platform;
    }

    /**
     * Starts the identity provider, the services and the gateway into this platform, so that a {@link #close()} from
     * another thread (a Ctrl-C during the start) stops what has been started so far. The services and the identity
     * provider listen on the loopback interface only: nothing but the gateway (and the sign-in page) is meant to be
     * reached.
     */
    public void startAll(Layout layout, Settings settings, Path logDir, List<String> extraArguments)
            throws IOException {
        try {
            Settings.Identity identity = settings.identity();
            List<String> idpArgs = new ArrayList<>(List.of(
                    "--server.address=127.0.0.1",
                    "--sakip.identity.issuer=" + identity.issuer(),
                    "--sakip.identity.key-file=" + identity.keyFile(),
                    "--SAKIP_GATEWAY_PORT=" + settings.gatewayPort()));
            if (identity.usersFile() != null) {
                idpArgs.add("--sakip.identity.users-file=" + identity.usersFile());
            }
            idpArgs.addAll(extraArguments);
            startOne("identity-provider", layout.executableJar("deploy/identity-provider"), identity.port(), idpArgs,
                    logDir);
            for (Service service : settings.services()) {
                List<String> args = new ArrayList<>(List.of(
                        "--server.address=127.0.0.1",
                        "--spring.datasource.url=" + settings.jdbcUrl(service.database()),
                        "--spring.datasource.username=" + settings.dbUser(),
                        "--spring.datasource.password=" + settings.dbPassword(),
                        "--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrap(),
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + identity.issuer(),
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + identity.jwkSetUri()));
                args.addAll(extraArguments);
                startOne(service.module(), layout.executableJar(service.module()), service.port(), args, logDir);
            }
            List<String> gatewayArgs = new ArrayList<>();
            gatewayArgs.add("--server.address=" + settings.gatewayAddress());
            gatewayArgs.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + identity.issuer());
            gatewayArgs.add("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + identity.jwkSetUri());
            // the web application: the browser signs in at the issuer, the gateway fetches tokens on loopback
            gatewayArgs.add("--SAKIP_ISSUER_URI=" + identity.issuer());
            gatewayArgs.add("--SAKIP_IDP_URL=http://127.0.0.1:" + identity.port());
            for (Map.Entry<String, Service> route : settings.routes().entrySet()) {
                gatewayArgs.add("--" + route.getKey() + "=http://127.0.0.1:" + route.getValue().port());
            }
            gatewayArgs.addAll(extraArguments);
            startOne("gateway", layout.executableJar("gateway"), settings.gatewayPort(), gatewayArgs, logDir);
            // from now on a process that exits on its own is started again (during the start it is a failure)
            supervisor.start();
        } catch (RuntimeException | IOException e) {
            close();
            throw e;
        }
    }

    private void startOne(String name, Path jar, int port, List<String> args, Path logDir) throws IOException {
        if (!Ports.isFree(port)) {
            throw new IllegalStateException("Port " + port + " for " + name + " is taken. Stop what uses it or "
                    + "choose another port (see README, Ports).");
        }
        ServiceProcess process;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("stopping: " + name + " is not started");
            }
            process = ServiceProcess.start(name, jar, port, args, logDir.resolve(name + ".log"));
            processes.add(process);
        }
        System.out.println("  starting " + name + " on port " + port + " ...");
        process.awaitReady(Duration.ofSeconds(180));
        System.out.println("  " + name + " ready");
    }

    public synchronized List<ServiceProcess> processes() {
        return List.copyOf(processes);
    }

    /** Stops the gateway first, so nothing new comes in, then the services together (each shuts down gracefully). */
    @Override
    public void close() {
        supervisor.close();
        List<ServiceProcess> services;
        synchronized (this) {
            closed = true;
            services = new ArrayList<>(processes);
            processes.clear();
        }
        services.stream().filter(p -> p.name().equals("gateway")).forEach(ServiceProcess::stop);
        List<Thread> stopping = services.stream().map(p -> new Thread(p::stop, "stop-" + p.name())).toList();
        stopping.forEach(Thread::start);
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
