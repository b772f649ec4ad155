package id.sakip.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Real signed tokens for tests, with a key of this JVM's own that the services under test trust (through
 * {@link RealInfrastructure}, or {@link #resourceServerArguments()} for a service started as a process). A token
 * carries the platform's claim contract: {@code sub}, {@code name}, {@code pemda}, {@code opd}, {@code bidang},
 * {@code roles}. Tokens of a foreign key, another issuer, another audience or past their expiry test refusals.
 */
public final class TestTokens {

    public static final String ISSUER = "https://idp.uji.sakip.test";
    public static final String AUDIENCE = "sakip";

    private static final RSAKey KEY = generate("uji");
    private static final RSAKey FOREIGN_KEY = generate("asing");
    private static Path publicKeyFile;

    private TestTokens() {
    }

    /** A token for {@code subject}; set its organisation and roles, then {@link Token#bearer()}. */
    public static Token user(String subject) {
        return new Token(subject);
    }

    /** The platform's operator: republish, rebuild, metrics; no Pemda. */
    public static Token platformOperator() {
        return user("operator.platform").name("Operator Platform").roles("PLATFORM_OPERATOR");
    }

    /** Bappeda of a Pemda: reads every OPD of it. */
    public static Token bappeda(String pemda) {
        return user("bappeda." + pemda).name("Bappeda " + pemda).pemda(pemda).roles("BAPPEDA");
    }

    /** The PEM file of the test key's public half, written once per JVM. */
    public static synchronized Path publicKeyPem() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("sakip-test-key", ".pem");
                file.toFile().deleteOnExit();
                String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(KEY.toRSAPublicKey().getEncoded());
                Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n");
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return publicKeyFile;
    }

    /** Command-line arguments that make a service (or the gateway) trust the test key, issuer and audience. */
    public static List<String> resourceServerArguments() {
        return List.of("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ISSUER,
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKeyPem(),
                "--spring.security.oauth2.resourceserver.jwt.audiences=" + AUDIENCE);
    }

    private static RSAKey generate(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class Token {
        private final String subject;
        private String name;
        private String pemda;
        private String opd;
        private String bidang;
        private final List<String> roles = new ArrayList<>();
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(30);
        private RSAKey key = KEY;

        private Token(String subject) {
            this.subject = subject;
            this.name = subject;
        }

        public Token name(String name) {
            this.name = name;
            return this;
        }

        public Token pemda(String pemda) {
            this.pemda = pemda;
            return this;
        }

        public Token opd(String pemda, String opd) {
            this.pemda = pemda;
            this.opd = opd;
            return this;
        }

        public Token bidang(String bidang) {
            this.bidang = bidang;
            return this;
        }

        /** Role names of the claim contract (OPERATOR, KEPALA_BIDANG, ...). */
        public Token roles(String... roles) {
            this.roles.addAll(List.of(roles));
            return this;
        }

        public Token issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Token audience(String audience) {
            this.audience = audience;
            return this;
        }

        /** Issued two hours ago and valid for one: expired well past any clock skew. */
        public Token expired() {
            this.issuedAt = Instant.now().minus(Duration.ofHours(2));
            this.lifetime = Duration.ofHours(1);
            return this;
        }

        /** Signed with a key the services do not know. */
        public Token foreignKey() {
            this.key = FOREIGN_KEY;
            return this;
        }

        public String jwt() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject(subject).issuer(issuer).audience(audience).jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(issuedAt)).notBeforeTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .claim("name", name).claim("roles", List.copyOf(roles));
            if (pemda != null) {
                claims.claim("pemda", pemda);
            }
            if (opd != null) {
                claims.claim("opd", opd);
            }
            if (bidang != null) {
                claims.claim("bidang", bidang);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }

        /** The value of an Authorization header. */
        public String bearer() {
            return "Bearer " + jwt();
        }
    }
}
