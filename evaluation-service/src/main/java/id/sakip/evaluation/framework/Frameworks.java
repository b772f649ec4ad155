package id.sakip.evaluation.framework;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every framework version the service knows: each {@code frameworks/*.json} on the classpath, read and checked at
 * start (a file that does not add up stops the service rather than score with it). The default is the one an
 * evaluation opened without naming a version gets: PermenPANRB 88/2021.
 */
@Component
public class Frameworks {

    public static final String DEFAULT = "PERMENPANRB-88-2021";

    private final Map<String, Framework> byCode = new LinkedHashMap<>();

    Frameworks() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:frameworks/*.json");
            List<Framework> read = new ArrayList<>();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    read.add(Framework.read(in));
                }
            }
            read.sort(Comparator.comparing(Framework::code));
            for (Framework framework : read) {
                if (byCode.put(framework.code(), framework) != null) {
                    throw new IllegalStateException("two framework files have the code " + framework.code());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evaluation frameworks", e);
        }
        if (!byCode.containsKey(DEFAULT)) {
            throw new IllegalStateException("the framework " + DEFAULT + " is missing from the classpath");
        }
    }

    public Optional<Framework> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Framework> all() {
        return List.copyOf(byCode.values());
    }
}
