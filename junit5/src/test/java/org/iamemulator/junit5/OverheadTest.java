package org.iamemulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OverheadTest {

    private static final long MS = 1_000_000;

    @Test
    void overlappingCallsAddUpTheirTimesButCountTheTimeInProgressOnce() {
        Overhead.Timer timer = new Overhead.Timer();
        // two calls at once (0–100 ms, 10–110 ms), then one alone (200–230 ms)
        timer.begin(0);
        timer.begin(10 * MS);
        timer.end(0, 100 * MS);
        timer.end(10 * MS, 110 * MS);
        timer.begin(200 * MS);
        timer.end(200 * MS, 230 * MS);

        assertThat(timer.describe("new accounts"))
                .isEqualTo("3 new accounts (0.230 s in total, in progress during 0.140 s)");
    }

    @Test
    void callsOneAfterTheOtherAreInProgressForTheirTotal() {
        Overhead.Timer timer = new Overhead.Timer();
        timer.begin(0);
        timer.end(0, 20 * MS);
        timer.begin(50 * MS);
        timer.end(50 * MS, 70 * MS);

        assertThat(timer.describe("resets")).isEqualTo("2 resets (0.040 s in total, in progress during 0.040 s)");
    }

    @Test
    void theSummaryNamesTheStartAndBothKindsOfCall() {
        Overhead overhead = new Overhead();
        overhead.reset(() -> {});

        assertThat(overhead.describe(Duration.ofMillis(1_500)))
                .matches("ready in 1\\.50 s; 1 resets \\(0\\.\\d{3} s in total, in progress during 0\\.\\d{3} s\\),"
                        + " 0 new accounts \\(0\\.000 s in total, in progress during 0\\.000 s\\)");
    }
}
