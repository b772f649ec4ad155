package id.sakip.planning;

import id.sakip.testsupport.BoundedInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text and list a request body carries has a maximum: what is accepted goes into events. */
class BoundedInputTest {

    @Test
    void everyTextAndListOfEveryRequestBodyIsBounded() {
        assertThat(BoundedInput.unbounded("id.sakip.planning")).isEmpty();
    }
}
