package id.sakip.support.web;

import id.sakip.support.Texts;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A request body is read as written: a fraction is not an integer ({@code "year": 2024.5} is refused, not stored as
 * 2024), a number or true/false is not text, and a key given twice is refused rather than the last one winning
 * silently. A text holds no control characters but tab and line breaks, no bidirectional overrides (which make
 * 'fdp.exe' read 'exe.pdf') and no broken surrogate pairs: the database could not store some of them, a reader
 * could not see the others, and without them a character never takes more than 3 bytes in an event. When a body is
 * refused, {@link #fieldError} names the field and says what it must be.
 */
public final class StrictJson {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) \"([^\"]*)\"");

    static final String UNSEEN_CHARACTERS = "tidak boleh berisi karakter kendali (selain tab dan baris baru), "
            + "karakter pengarah teks tersembunyi, atau karakter rusak";

    /** The request mapper's settings (applied to the context's JsonMapper by {@link WebAutoConfiguration}). */
    public static void configure(JsonMapper.Builder builder) {
        builder.addModule(new SimpleModule("sakip-clean-text").addDeserializer(String.class, new CleanText()))
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * The field a refused body went wrong at, as the validation errors name fields ({@code lines[2].value}), with
     * what it must be; none when the body is not JSON at all.
     */
    public static Map<String, String> fieldError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                return Map.of(path(mismatch), expected(mismatch));
            }
            if (cause instanceof JacksonException jackson && jackson.getOriginalMessage() != null) {
                Matcher duplicate = DUPLICATE.matcher(jackson.getOriginalMessage());
                if (duplicate.find()) {
                    String field = jackson.getPath().isEmpty() ? duplicate.group(1)
                            : path(jackson) + "." + duplicate.group(1);
                    return Map.of(field, "ditulis lebih dari sekali; tulis sekali saja");
                }
            }
        }
        return Map.of();
    }

    /** Jackson's own text reading (its coercion rules included), then {@link Texts#firstUnseen}. */
    static final class CleanText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && Texts.firstUnseen(text) >= 0) {
                throw InvalidFormatException.from(parser, UNSEEN_CHARACTERS, text, String.class);
            }
            return text;
        }
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (type == null) {
            return "tipe isian tidak sesuai";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "harus bilangan bulat, tanpa pecahan";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class || type == float.class
                || type == Float.class) {
            return "harus angka (titik sebagai pemisah desimal, misalnya 97.64)";
        }
        if (type == String.class && e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String) {
            return UNSEEN_CHARACTERS;
        }
        if (type == String.class) {
            return "harus teks (di antara tanda kutip)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "harus true atau false";
        }
        if (type == LocalDate.class) {
            return "harus tanggal berformat TTTT-BB-HH, misalnya 2024-12-31";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "harus waktu berformat ISO 8601";
        }
        if (type == UUID.class) {
            return "harus pengenal (UUID)";
        }
        if (type.isEnum()) {
            return "harus salah satu dari: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "harus daftar [ ... ]";
        }
        if (e instanceof InvalidFormatException) {
            return "format tidak valid";
        }
        return "harus objek { ... }";
    }

    private StrictJson() {
    }
}
