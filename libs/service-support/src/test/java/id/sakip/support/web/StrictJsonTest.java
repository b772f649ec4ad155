package id.sakip.support.web;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StrictJsonTest {

    record Line(String name, BigDecimal value) {
    }

    record Body(int year, String title, boolean draft, LocalDate signedOn, List<Line> lines) {
    }

    private final JsonMapper mapper = strict();

    private static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        StrictJson.configure(builder);
        return builder.build();
    }

    @Test
    void aBodyAsWrittenIsRead() {
        Body body = mapper.readValue("""
                {"year":2024,"title":"Renja","draft":true,"signedOn":"2024-01-04","lines":[{"name":"a","value":97.64}]}""",
                Body.class);
        assertThat(body.year()).isEqualTo(2024);
        assertThat(body.lines().get(0).value()).isEqualByComparingTo("97.64");
    }

    @Test
    void aFractionIsNoIntegerANumberIsNoTextAndAKeyIsWrittenOnce() {
        assertThat(refused("{\"year\":2024.5}")).isEqualTo(Map.of("year", "harus bilangan bulat, tanpa pecahan"));
        assertThat(refused("{\"year\":2024,\"title\":2024}")).containsOnlyKeys("title");
        assertThat(refused("{\"title\":true}")).containsOnlyKeys("title");
        assertThat(refused("{\"lines\":[{\"name\":\"a\"},{\"name\":7}]}")).containsOnlyKeys("lines[1].name");
        assertThat(refused("{\"lines\":[{\"value\":\"banyak\"}]}").get("lines[0].value")).startsWith("harus angka");
        assertThat(refused("{\"signedOn\":\"04/01/2024\"}").get("signedOn")).startsWith("harus tanggal");
        assertThat(refused("{\"year\":2024,\"year\":2025}")).isEqualTo(Map.of("year",
                "ditulis lebih dari sekali; tulis sekali saja"));
        assertThat(refused("{\"lines\":[{\"name\":\"a\",\"name\":\"b\"}]}")).containsOnlyKeys("lines[0].name");
        assertThat(refused("{\"lines\":{}}")).isEqualTo(Map.of("lines", "harus daftar [ ... ]"));
    }

    @Test
    void aTextHoldsNoCharacterAPersonCannotSeeOrTheDatabaseCannotKeep() {
        for (String hidden : List.of("\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\u202e", "\\u2066",
                "\\ud800", "\\udc00x")) {
            assertThat(refused("{\"title\":\"laporan" + hidden + "akhir\"}")).as(hidden)
                    .isEqualTo(Map.of("title", StrictJson.UNSEEN_CHARACTERS));
        }
        assertThat(refused("{\"lines\":[{\"name\":\"a\\u202ecod.exe\"}]}")).containsOnlyKeys("lines[0].name");
        Body kept = mapper.readValue("{\"year\":2024,\"draft\":false,\"title\":\"Baris 1\\nBaris 2\\tTab \\ud83d\\ude00 é 中\"}", Body.class);
        assertThat(kept.title()).isEqualTo("Baris 1\nBaris 2\tTab \ud83d\ude00 é 中");
    }

    @Test
    void aBodyThatIsNoJsonNamesNoField() {
        assertThat(refused("{\"year\":")).isEmpty();
        assertThat(refused("tidak ada")).isEmpty();
    }

    private Map<String, String> refused(String json) {
        JacksonException failure = catchThrowableOfType(JacksonException.class,
                () -> mapper.readValue(json, Body.class));
        assertThat(failure).as(json).isNotNull();
        return StrictJson.fieldError(failure);
    }
}
