package id.sakip.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reason of a refused token, from the decoders' messages and their causes. */
class TokenRefusalTest {

    @Test
    void eachFailureHasItsReason() {
        assertThat(TokenRefusal.of(null, null)).isEqualTo(TokenRefusal.MISSING);
        assertThat(TokenRefusal.of(" ", new IllegalStateException("x"))).isEqualTo(TokenRefusal.MISSING);
        assertThat(TokenRefusal.of("Bearer t", new IllegalStateException("Jwt expired at 2026-12-01T08:09:28Z")))
                .isEqualTo(TokenRefusal.EXPIRED);
        assertThat(TokenRefusal.of("Bearer t", new IllegalStateException("The iss claim is not valid")))
                .isEqualTo(TokenRefusal.WRONG_ISSUER);
        assertThat(TokenRefusal.of("Bearer t", new IllegalStateException("The aud claim is not valid")))
                .isEqualTo(TokenRefusal.WRONG_AUDIENCE);
        // the reactive decoder says only "Failed to validate the token"; the cause says why
        assertThat(TokenRefusal.of("Bearer t", new IllegalStateException("Failed to validate the token",
                new IllegalArgumentException("Signed JWT rejected: Invalid signature"))))
                .isEqualTo(TokenRefusal.INVALID_SIGNATURE);
        // "Missing part delimiters" must not read as an issuer problem
        assertThat(TokenRefusal.of("Bearer t", new IllegalStateException("Invalid JWT serialization: Missing dot "
                + "delimiter(s)"))).isEqualTo(TokenRefusal.INVALID);
    }
}
