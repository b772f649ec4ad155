package id.sakip.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most a field of a contract can hold, as the producing service's input checks guarantee: every text and list
 * of an event has one, so every event has a known largest size below the broker's limit
 * ({@code EventBoundsTest}). Counted as Java counts text (UTF-16 units, as {@code @Size} does); a unit takes at
 * most 3 bytes in the event, since no control character is accepted.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Bound {

    /** The longest text: of this text, or of each text in this list. */
    int chars() default 0;

    /** The most items of this list. */
    int items() default 0;

    /** The most bytes of this byte array (an event carries it as base64, a third longer). */
    int bytes() default 0;

    /** A subject from the identity provider's token (whose length the resource servers check). */
    int SUBJECT = 255;
    /** A Pemda, OPD or bidang code, a plan or budget code, a period, an enum's name. */
    int CODE = 40;
}
