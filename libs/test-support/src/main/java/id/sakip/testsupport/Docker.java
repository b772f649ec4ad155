package id.sakip.testsupport;

import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers; asked once per JVM. */
final class Docker {

    private static volatile Boolean available;

    static boolean available() {
        if (available == null) {
            synchronized (Docker.class) {
                if (available == null) {
                    boolean answer;
                    try {
                        answer = DockerClientFactory.instance().isDockerAvailable();
                    } catch (Throwable e) {
                        answer = false;
                    }
                    available = answer;
                }
            }
        }
        return available;
    }

    private Docker() {
    }
}
