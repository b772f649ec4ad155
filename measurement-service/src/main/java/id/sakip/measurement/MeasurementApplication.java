package id.sakip.measurement;

import id.sakip.capaian.CapaianSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** Measurement: realisations per quarter, capaian, verification and approval. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableConfigurationProperties(CapaianSettings.class)
public class MeasurementApplication {

    /** Time of the Asia/Jakarta working day is taken from here, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(MeasurementApplication.class, args);
    }
}
