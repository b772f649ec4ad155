package id.sakip.reporting;

import id.sakip.capaian.CapaianSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Reporting: read models built from events; the report tables and documents. The capaian rules are measurement's
 * ({@code sakip.capaian.*}, configured the same way for both services).
 */
@SpringBootApplication
@EnableConfigurationProperties(CapaianSettings.class)
public class ReportingApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportingApplication.class, args);
    }
}
