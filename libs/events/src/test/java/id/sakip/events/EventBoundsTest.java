package id.sakip.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event, with every text and list at its {@link Bound} and every text made of 3-byte characters, stays below
 * the largest event the outbox accepts, itself below the broker's 1 MB: no event a service can publish is refused
 * by Kafka for its size. A text or list without a bound fails here, so a new field must say its maximum.
 */
class EventBoundsTest {

    private static final Object NONE = new Object();

    /** The outbox's default {@code sakip.outbox.max-event-bytes}; the broker takes 1,048,588 bytes a record. */
    static final int LARGEST_EVENT = 900_000;

    /** A character that takes the most bytes in an event's JSON among those a service accepts. */
    private static final String WIDEST = "\u4e2d";

    /**
     * Where a contract's own rules forbid the largest of everything at once: its largest valid choice (an own formula
     * only for a decreasing indicator; a realisation is a number or a category, the category the longer; rating
     * bounds that fall, a display cap of 100 or 120, an efficiency ratio up to 2).
     */
    private static final Map<String, Object> VALID_CHOICE = Map.of(
            "IndicatorDefined.polarity", Polarity.DECREASING,
            "RealizationRecorded.value", NONE,
            "CapaianRulesChanged.displayCap", new BigDecimal("120"),
            "CapaianRulesChanged.efficiencyMinimumRatio", new BigDecimal("1.9999999999999999"),
            "CapaianRulesChanged.ratingBounds", List.of(new BigDecimal("199.9999999999999999"),
                    new BigDecimal("149.9999999999999999"), new BigDecimal("99.9999999999999999"),
                    new BigDecimal("49.9999999999999999")));

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theLargestEventOfEveryTypeFitsTheBroker(EventType type) {
        List<String> unbounded = new ArrayList<>();
        SakipEvent largest = (SakipEvent) largest(type.contract(), new ArrayDeque<>(), type.contract().getSimpleName(),
                unbounded);
        assertThat(unbounded).as("texts and lists without @Bound").isEmpty();

        int size = EventCodec.write(largest).length;
        System.out.printf("largest %s: %,d bytes%n", type.ceType(), size);
        assertThat(size).as(type.ceType()).isLessThanOrEqualTo(LARGEST_EVENT);
    }

    private static Object largest(Class<?> record, Deque<Class<?>> building, String path, List<String> unbounded) {
        building.push(record);
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i], building, path + "." + components[i].getName(), unbounded);
        }
        building.pop();
        try {
            var constructor = record.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(path + ": " + e.getCause(), e);
        }
    }

    private static Object value(RecordComponent component, Deque<Class<?>> building, String path,
            List<String> unbounded) {
        if (VALID_CHOICE.containsKey(path)) {
            Object choice = VALID_CHOICE.get(path);
            return choice == NONE ? null : choice;
        }
        Class<?> type = component.getType();
        Bound bound = component.getAnnotation(Bound.class);
        if (type == String.class) {
            if (bound == null || bound.chars() <= 0) {
                unbounded.add(path);
                return "x";
            }
            return WIDEST.repeat(bound.chars());
        }
        if (type == byte[].class) {
            if (bound == null || bound.bytes() <= 0) {
                unbounded.add(path);
                return new byte[0];
            }
            // a PNG's signature first: the contract refuses anything else
            byte[] bytes = new byte[bound.bytes()];
            System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, bytes, 0, 8);
            return bytes;
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            if (bound == null || bound.items() <= 0 || element == String.class && bound.chars() <= 0) {
                unbounded.add(path);
                return List.of();
            }
            if (element instanceof Class<?> c && building.contains(c)) {
                // a record within itself (a staff row's breakdown): its own rows have no breakdown
                return List.of();
            }
            Object item = element == String.class ? WIDEST.repeat(bound.chars())
                    : element == BigDecimal.class ? largestNumber()
                    : largest((Class<?>) element, building, path + "[]", unbounded);
            return Collections.nCopies(bound.items(), item);
        }
        if (type.isRecord()) {
            return largest(type, building, path, unbounded);
        }
        return scalar(type, path);
    }

    private static Object scalar(Class<?> type, String path) {
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == Instant.class) {
            return Instant.parse("2026-12-31T23:59:59.999999Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2100, 12, 31);
        }
        if (type == long.class || type == Long.class) {
            return Long.MAX_VALUE;
        }
        if (type == int.class || type == Integer.class) {
            return Integer.MAX_VALUE;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.FALSE;
        }
        if (type == BigDecimal.class) {
            return largestNumber();
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return List.of(constants).stream().max(Comparator.comparingInt(c -> c.toString().length())).orElseThrow();
        }
        throw new IllegalStateException(path + ": a " + type.getSimpleName() + " this test cannot size");
    }

    /** NUMERIC(17, 2) amounts and 16-decimal percentages both fit within this many digits. */
    private static BigDecimal largestNumber() {
        return new BigDecimal("-999999999999999999999.9999999999999999");
    }
}
