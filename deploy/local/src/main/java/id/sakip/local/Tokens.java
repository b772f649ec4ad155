package id.sakip.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens from the identity provider for scripts and tools: a user's, by signing in as a browser would (the
 * public client {@code sakip-cli}, authorization code with PKCE), or a client's own (client credentials). As a
 * program: {@code Tokens <user> [password]} prints the user's access token ({@code ./run-local.sh token <user>}).
 */
public final class Tokens {

    public static final String CLI_CLIENT = "sakip-cli";
    public static final String CLI_REDIRECT = "http://127.0.0.1/sakip-cli";
    public static final String DEMO_PASSWORD = "sakip-demo";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Tokens() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: token <user> [password]   (password: SAKIP_DEMO_PASSWORD, else the demo one)");
            System.exit(2);
        }
        String password = args.length == 2 ? args[1]
                : System.getenv().getOrDefault("SAKIP_DEMO_PASSWORD", DEMO_PASSWORD);
        String idp = System.getenv().getOrDefault("SAKIP_IDP_URL", "http://localhost:" + Settings.env("SAKIP_IDP_PORT", 9000));
        try {
            System.out.println(user(idp, args[0], password));
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** The access token of a user who signs in with name and password. */
    public static String user(String idp, String username, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        URI authorize = URI.create(idp + "/oauth2/authorize?response_type=code&client_id=" + CLI_CLIENT
                + "&scope=openid&state=cli&code_challenge_method=S256&code_challenge=" + challenge
                + "&redirect_uri=" + encode(CLI_REDIRECT));
        HttpResponse<String> response = http.send(get(authorize), HttpResponse.BodyHandlers.ofString());
        URI login = location(authorize, response);
        response = signIn(http, login, http.send(get(login), HttpResponse.BodyHandlers.ofString()), username,
                password);
        URI next = location(login, response);
        if (next.getQuery() != null && next.getQuery().contains("error")) {
            throw new IllegalStateException("Sign-in refused for '" + username + "': wrong name or password");
        }
        response = http.send(get(next), HttpResponse.BodyHandlers.ofString());
        URI callback = location(next, response);
        String code = query(callback).get("code");
        if (code == null) {
            throw new IllegalStateException("The identity provider gave no code: " + callback);
        }
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", code);
        exchange.put("redirect_uri", CLI_REDIRECT);
        exchange.put("client_id", CLI_CLIENT);
        exchange.put("code_verifier", verifier);
        return accessToken(http.send(post(URI.create(idp + "/oauth2/token"), form(exchange)),
                HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * Sends the identity provider's sign-in form shown at {@code login} (its CSRF token read from the page) with the
     * user's name and password; the answer is the provider's redirect onwards.
     */
    static HttpResponse<String> signIn(HttpClient http, URI login, HttpResponse<String> page, String username,
            String password) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("The identity provider's sign-in page has no form (" + login + ")");
        }
        return http.send(post(login, form(Map.of("username", username, "password", password,
                "_csrf", csrf.group(1)))), HttpResponse.BodyHandlers.ofString());
    }

    /** A client's own access token (client credentials), with the claims the provider keeps for it. */
    public static String client(String idp, String clientId, String secret) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(idp + "/oauth2/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=sakip")).build();
        return accessToken(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** A client's token, fetched again a minute before it expires: for loaders that run longer than a token. */
    public static Supplier<String> refreshing(String idp, String clientId, String secret) {
        return new Supplier<>() {
            private String token;
            private Instant renewAt = Instant.MIN;

            @Override
            public synchronized String get() {
                if (Instant.now().isAfter(renewAt)) {
                    try {
                        token = client(idp, clientId, secret);
                    } catch (IOException e) {
                        throw new IllegalStateException("The identity provider at " + idp + " does not answer: "
                                + e.getMessage(), e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    renewAt = Instant.now().plus(Duration.ofMinutes(20));
                }
                return token;
            }
        };
    }

    private static String accessToken(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The identity provider refused the token request (" + response.statusCode()
                    + "): " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        return body.get("access_token").asString();
    }

    private static URI location(URI from, HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "The identity provider answered " + response.statusCode() + " at " + from + " instead of a redirect"));
        return from.resolve(location);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
                            StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static HttpRequest post(URI uri, String form) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String form(Map<String, String> values) {
        StringBuilder body = new StringBuilder();
        values.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=')
                .append(encode(value)));
        return body.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
