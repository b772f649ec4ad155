package id.sakip.support.web;

import id.sakip.support.security.Access;
import id.sakip.access.SakipUser;

/**
 * Who is making the current request: the subject of its token, never a header the caller chose. Every write
 * records it; the {@link ActorDirectory} keeps each subject's display name.
 */
public final class Actors {

    /** Outside a request (a Kafka listener, a scheduled task) the platform itself acts. */
    public static final String SYSTEM = "sistem";

    public static String current() {
        return Access.currentUser().map(SakipUser::subject).orElse(SYSTEM);
    }

    private Actors() {
    }
}
