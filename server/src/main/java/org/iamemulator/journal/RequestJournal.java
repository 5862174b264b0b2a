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

    private final int maxEntries;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();

    RequestJournal(EmulatorProperties properties) {
        this.maxEntries = Math.max(0, properties.journal().maxEntries());
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

    /** Newest first, at most {@code limit} entries that pass the filter. */
    public synchronized List<JournalEntry> newest(Predicate<JournalEntry> filter, int limit) {
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
