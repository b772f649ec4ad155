package id.sakip.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ports and addresses of a local platform. Defaults can be changed with environment variables:
 * SAKIP_GATEWAY_PORT (8080), SAKIP_PLANNING_PORT (8081), SAKIP_MEASUREMENT_PORT (8082), SAKIP_BUDGET_PORT (8083),
 * SAKIP_REPORTING_PORT (8084), SAKIP_EVALUATION_PORT (8085), SAKIP_IDP_PORT (9000, the identity provider), SAKIP_PG_PORT (15432), SAKIP_KAFKA_PORT
 * (19092), SAKIP_KAFKA_CONTROLLER_PORT (19093).
 * The gateway listens on SAKIP_GATEWAY_ADDRESS (127.0.0.1; 0.0.0.0 opens it to the network); the services only ever
 * on 127.0.0.1.
 */
public record Settings(String jdbcBase, String dbUser, String dbPassword, String kafkaBootstrap,
        int gatewayPort, Platform.Service planning, Platform.Service measurement, Platform.Service budget,
        Platform.Service reporting, Platform.Service evaluation, Identity identity) {

    /**
     * The development identity provider: its port, where it keeps its signing key, and a file of more users than its
     * demo ones (or null).
     */
    public record Identity(int port, java.nio.file.Path keyFile, java.nio.file.Path usersFile) {

        /** The issuer every token names: what the services trust. */
        public String issuer() {
            return "http://localhost:" + port;
        }

        public String jwkSetUri() {
            return "http://127.0.0.1:" + port + "/oauth2/jwks";
        }
    }

    public static Settings fromEnvironment(String kafkaBootstrap, java.nio.file.Path dataDir) {
        return new Settings("jdbc:postgresql://localhost:" + env("SAKIP_PG_PORT", 15432) + "/", "postgres", "postgres", kafkaBootstrap,
                env("SAKIP_GATEWAY_PORT", 8080),
                new Platform.Service("planning-service", "planning", env("SAKIP_PLANNING_PORT", 8081)),
                new Platform.Service("measurement-service", "measurement", env("SAKIP_MEASUREMENT_PORT", 8082)),
                new Platform.Service("budget-service", "budget", env("SAKIP_BUDGET_PORT", 8083)),
                new Platform.Service("reporting-service", "reporting", env("SAKIP_REPORTING_PORT", 8084)),
                new Platform.Service("evaluation-service", "evaluation", env("SAKIP_EVALUATION_PORT", 8085)),
                new Identity(env("SAKIP_IDP_PORT", 9000), dataDir.resolve("identity/signing-key.json"), null));
    }

    /** The same, with the identity provider given a file of users besides its demo ones. */
    public Settings withUsers(java.nio.file.Path usersFile) {
        return new Settings(jdbcBase, dbUser, dbPassword, kafkaBootstrap, gatewayPort, planning, measurement, budget,
                reporting, evaluation, new Identity(identity.port(), identity.keyFile(), usersFile));
    }

    public List<Platform.Service> services() {
        return List.of(planning, measurement, budget, reporting, evaluation);
    }

    /** The gateway's route properties and the service each points to. */
    public Map<String, Platform.Service> routes() {
        Map<String, Platform.Service> routes = new LinkedHashMap<>();
        routes.put("SAKIP_PLANNING_URL", planning);
        routes.put("SAKIP_MEASUREMENT_URL", measurement);
        routes.put("SAKIP_BUDGET_URL", budget);
        routes.put("SAKIP_REPORTING_URL", reporting);
        routes.put("SAKIP_EVALUATION_URL", evaluation);
        return routes;
    }

    public String jdbcUrl(String database) {
        return jdbcBase + database;
    }

    public String gatewayAddress() {
        String address = System.getenv("SAKIP_GATEWAY_ADDRESS");
        return address == null || address.isBlank() ? "127.0.0.1" : address.strip();
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    static int env(String name, int fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + value + " is not a port number (1-65535)");
        }
    }
}
