package id.sakip.access;

import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * What makes a token valid for the platform, the same in every service (servlet) and the gateway (reactive): not
 * expired, from the trusted issuer, naming the platform in its audience, with a subject (the actor of every write,
 * at most {@value #MAX_SUBJECT} characters, as the events' contracts bound it).
 * Settings that would weaken it (no issuer, no audience) stop the process at start.
 */
public final class TokenValidation {

    /** The longest subject a token may name. */
    public static final int MAX_SUBJECT = 255;

    private TokenValidation() {
    }

    public static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences) {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.issuer-uri is not set: it "
                    + "names the identity provider the platform trusts (SAKIP_ISSUER_URI)");
        }
        List<String> named = audiences.stream().filter(a -> !a.isBlank()).toList();
        if (named.isEmpty()) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.audiences is empty: without "
                    + "it any token of the provider (an ID token, another application's) would pass");
        }
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.stream().anyMatch(named::contains)),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank()
                        && sub.length() <= MAX_SUBJECT));
    }

    /** An RSA public key from a PEM file (the tests' key, or a provider's key handed over as a file). */
    public static RSAPublicKey publicKey(Resource location) {
        try (InputStream in = location.getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("not an RSA public key: " + location, e);
        }
    }
}
