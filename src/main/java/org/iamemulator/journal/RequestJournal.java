package org.iamemulator.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.iamemulator.config.EmulatorProperties;
import org.springframework.stereotype.Component;

/** The newest requests, bounded: the oldest entry goes when a new one would exceed the limit. */
@Component
public class RequestJournal {

    /** How long a reader waits for requests still being recorded. */
    private static final long SETTLE_MILLIS = 2000;

    private final int maxEntries;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();
    private int inFlight;

    RequestJournal(EmulatorProperties properties) {
        this.maxEntries = Math.max(0, properties.journal().maxEntries());
    }

    /** A request started: readers wait for its entry, since its client may see the answer before it is added. */
    public synchronized void begin() {
        inFlight++;
    }

    /** The request that {@link #begin began} is recorded (or failed to be). */
    public synchronized void end() {
        inFlight--;
        notifyAll();
    }

    public synchronized void add(JournalEntry entry) {
        if (maxEntries == 0) {
            return;
        }
        entries.addFirst(entry);
        while (entries.size() > maxEntries) {
            entries.removeLast();
        }
    }

    /**
     * Newest first, at most {@code limit} entries that pass the filter; requests still being recorded are awaited
     * a moment, so that a client reads the entries of the calls it has made.
     */
    public synchronized List<JournalEntry> newest(Predicate<JournalEntry> filter, int limit) {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        for (long left = SETTLE_MILLIS; inFlight > 0 && left > 0; left = deadline - System.currentTimeMillis()) {
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<JournalEntry> result = new ArrayList<>();
        for (Iterator<JournalEntry> it = entries.iterator(); it.hasNext() && result.size() < limit; ) {
            JournalEntry entry = it.next();
            if (filter.test(entry)) {
                result.add(entry);
            }
        }
        return result;
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized void clear() {
        entries.clear();
    }
}
