package org.iamemulator.junit5;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What the emulator cost a test run beyond its tests: the start, and the time spent in resets and new accounts. The
 * launcher writes it as the last line of the emulator's log, so a slow suite shows where its time went.
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

    private static final class Timer {

        private final AtomicLong count = new AtomicLong();
        private final AtomicLong nanos = new AtomicLong();

        <T> T time(Supplier<T> call) {
            long started = System.nanoTime();
            try {
                return call.get();
            } finally {
                nanos.addAndGet(System.nanoTime() - started);
                count.incrementAndGet();
            }
        }

        String describe(String what) {
            return String.format(Locale.ROOT, "%d %s (%.3f s in total)", count.get(), what, nanos.get() / 1e9);
        }
    }
}
