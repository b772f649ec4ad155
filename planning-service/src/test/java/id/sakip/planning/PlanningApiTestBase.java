package id.sakip.planning;

import id.sakip.testsupport.DefaultToken;
import id.sakip.testsupport.RealInfrastructure;
import id.sakip.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Planning on real PostgreSQL and Kafka through its HTTP API; every test works in a Pemda of its own with the OPD
 * {@link #opd} registered, so tests never see each other's data. One Spring context for all subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RealInfrastructure.class)
@org.springframework.context.annotation.Import(DefaultToken.class)
public abstract class PlanningApiTestBase {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;

    protected final String opd = "DINSOS-PPPA";
    protected PlanningApi api;
    protected String pemda;

    @BeforeEach
    void ownPemda() throws Exception {
        api = new PlanningApi(mvc);
        pemda = api.pemda();
        DefaultToken.use(planner(pemda, opd));
        api.registerOpd(opd, "Dinas Sosial PPPA");
    }

    /**
     * The user the planning tests act as: the Pemda's administrator (registry), Bappeda (its levels of the plan),
     * and the OPD's perencana and head (its plans, the Perjanjian Kinerja's signature).
     */
    public static TestTokens.Token planner(String pemda, String opd) {
        return TestTokens.user("perencana.uji").name("Perencana Uji").opd(pemda, opd)
                .roles("ADMIN_PEMDA", "BAPPEDA", "PERENCANA", "KEPALA_OPD");
    }

    protected ResultActions send(String method, String path, String body) throws Exception {
        return api.send(method, path, body);
    }
}
