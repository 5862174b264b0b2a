package org.iamemulator.junit5;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the emulator cost a test run beyond its tests: the start, and the time spent in resets and new accounts. The
 * launcher writes it as the last line of the emulator's log, so a slow suite shows where its time went. Calls of
 * classes running in parallel overlap, so each kind has two figures: the calls' times added up, and the time during
 * which one or more of them was in progress, which is what the run waited at most.
 */
final class Overhead {

    private final Timer resets = new Timer();
    private final Timer newAccounts = new Timer();

    void reset(Runnable call) {
        resets.time(() -> {
            call.run();
            return null;
        });
    }

    <T> T newAccount(Supplier<T> call) {
        return newAccounts.time(call);
    }

    String describe(Duration start) {
        return String.format(
                Locale.ROOT,
                "ready in %.2f s; %s, %s",
                start.toMillis() / 1000.0,
                resets.describe("resets"),
                newAccounts.describe("new accounts"));
    }

    /** Calls of one kind: how many, their times added up, and the time during which one or more was in progress. */
    static final class Timer {

        private long count;
        private long nanos;
        private int inProgress;
        private long busySince;
        private long busyNanos;

        <T> T time(Supplier<T> call) {
            long started = System.nanoTime();
            begin(started);
            try {
                return call.get();
            } finally {
                end(started, System.nanoTime());
            }
        }

        synchronized void begin(long at) {
            if (inProgress++ == 0) {
                busySince = at;
            }
        }

        synchronized void end(long startedAt, long at) {
            count++;
            nanos += at - startedAt;
            if (--inProgress == 0) {
                busyNanos += at - busySince;
            }
        }

        synchronized String describe(String what) {
            return String.format(
                    Locale.ROOT,
                    "%d %s (%.3f s in total, in progress during %.3f s)",
                    count,
                    what,
                    nanos / 1e9,
                    busyNanos / 1e9);
        }
    }
}
