package id.sakip.testsupport;

import id.sakip.testsupport.SecurityMatrix.Relation;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every role against every kind of endpoint of a service, for data of the user's own bidang, another bidang of its
 * OPD, another OPD of its Pemda and another Pemda: allowed (any answer but 401 and 403) or refused (403
 * forbidden, nothing changed) exactly as docs/security.md's table says.
 */
public final class AuthorizationMatrix {

    /** The organisation of the users, and of the data in each relation to it. */
    public record Org(String pemda, String opd, String bidang) {
    }

    /**
     * One kind of endpoint: the permission docs/security.md names for it ("A|B" when either allows it) and the
     * request, for data of the given
     * organisation.
     */
    public record Probe(String name, String permission, Function<Org, AbstractMockHttpServletRequestBuilder<?>> request) {
    }

    private final MockMvc mvc;
    private final SecurityMatrix table = SecurityMatrix.load();
    private final Org own;
    private final Map<Relation, Org> data = new LinkedHashMap<>();

    /**
     * @param own the users' organisation (and the data of their own bidang); the others differ from it in one part
     */
    public AuthorizationMatrix(MockMvc mvc, Org own, String otherBidang, String otherOpd, String otherPemda) {
        this.mvc = mvc;
        this.own = own;
        data.put(Relation.OWN_BIDANG, own);
        data.put(Relation.OTHER_BIDANG, new Org(own.pemda(), own.opd(), otherBidang));
        data.put(Relation.OTHER_OPD, new Org(own.pemda(), otherOpd, own.bidang()));
        data.put(Relation.OTHER_PEMDA, new Org(otherPemda, own.opd(), own.bidang()));
    }

    public Org data(Relation relation) {
        return data.get(relation);
    }

    /** A user holding only {@code role}, placed in the organisation as far as the role has one. */
    public TestTokens.Token user(String role) {
        TestTokens.Token token = TestTokens.user("matriks." + role.toLowerCase(java.util.Locale.ROOT)).roles(role);
        switch (role) {
            case "OPERATOR", "KEPALA_BIDANG" -> token.opd(own.pemda(), own.opd()).bidang(own.bidang());
            case "KEPALA_OPD", "PERENCANA", "KEUANGAN" -> token.opd(own.pemda(), own.opd());
            case "PLATFORM_OPERATOR" -> { }
            default -> token.pemda(own.pemda());
        }
        return token;
    }

    /**
     * Runs every probe for every role and relation; returns each disagreement with the table (empty when the service
     * does exactly what it says). {@code state} fingerprints the service's data: a refusal must leave it unchanged.
     */
    public List<String> disagreements(List<Probe> probes, Supplier<String> state) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes) {
            for (String role : table.roles()) {
                String bearer = user(role).bearer();
                for (Relation relation : Relation.values()) {
                    boolean allowed = java.util.Arrays.stream(probe.permission().split("\\|"))
                            .anyMatch(permission -> table.allows(permission, role, relation));
                    String before = state.get();
                    MockHttpServletResponse response = mvc.perform(probe.request().apply(data.get(relation))
                            .header(HttpHeaders.AUTHORIZATION, bearer)).andReturn().getResponse();
                    int status = response.getStatus();
                    String where = probe.name() + " / " + role + " / " + relation + ": ";
                    if (allowed && (status == 401 || status == 403)) {
                        wrong.add(where + "refused (" + status + ") but the table allows it: "
                                + response.getContentAsString());
                    } else if (!allowed && status != 403) {
                        wrong.add(where + "answered " + status + " but the table refuses it");
                    } else if (!allowed) {
                        if (!response.getContentAsString().contains("urn:sakip:problem:forbidden")) {
                            wrong.add(where + "403 without the forbidden problem: " + response.getContentAsString());
                        }
                        if (!before.equals(state.get())) {
                            wrong.add(where + "refused, yet the data changed");
                        }
                    }
                }
            }
        }
        return wrong;
    }

    /**
     * A token of each kind the services must refuse with 401, by the {@code reason} they answer: none, not a JWT,
     * signed with another key, expired, of another issuer, for another audience.
     */
    public static Map<String, String> badTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("missing", null);
        tokens.put("invalid", "Bearer bukan.sebuah.token");
        tokens.put("invalid-signature", TestTokens.user("uji.token").opd("3574", "DINSOS-PPPA")
                .roles("KEPALA_OPD").foreignKey().bearer());
        tokens.put("expired", TestTokens.user("uji.token").opd("3574", "DINSOS-PPPA").roles("KEPALA_OPD")
                .expired().bearer());
        tokens.put("wrong-issuer", TestTokens.user("uji.token").opd("3574", "DINSOS-PPPA").roles("KEPALA_OPD")
                .issuer("https://idp.lain.test").bearer());
        tokens.put("wrong-audience", TestTokens.user("uji.token").opd("3574", "DINSOS-PPPA").roles("KEPALA_OPD")
                .audience("aplikasi-lain").bearer());
        return tokens;
    }

    /** Each bad token against the request; returns each one not answered 401 with its reason. */
    public List<String> badTokenDisagreements(Supplier<AbstractMockHttpServletRequestBuilder<?>> request) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> bad : badTokens().entrySet()) {
            AbstractMockHttpServletRequestBuilder<?> builder = request.get();
            if (bad.getValue() != null) {
                builder.header(HttpHeaders.AUTHORIZATION, bad.getValue());
            }
            MockHttpServletResponse response = mvc.perform(builder).andReturn().getResponse();
            String body = response.getContentAsString();
            if (response.getStatus() != 401 || !body.contains("urn:sakip:problem:unauthenticated")
                    || !body.contains("\"reason\":\"" + bad.getKey() + "\"")) {
                wrong.add(bad.getKey() + ": " + response.getStatus() + " " + body);
            }
        }
        return wrong;
    }
}
