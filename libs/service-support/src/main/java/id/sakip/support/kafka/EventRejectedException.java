package id.sakip.support.kafka;

/** A well-formed event that breaks a rule of the consumer; retrying cannot help, so it is dead-lettered at once. */
public class EventRejectedException extends RuntimeException {

    public EventRejectedException(String message) {
        super(message);
    }
}
