package org.iamemulator.core.cache;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where caches learn about changes. Changes recorded in a transaction are applied when it commits (never when it
 * rolls back): to this instance's caches, then handed to the {@link Broadcaster} (PostgreSQL NOTIFY) so that the
 * other instances sharing the store apply them too. Entity changes are recorded automatically
 * ({@link HibernateChangeCapture}); code that writes around JPA (bulk JPQL, native SQL) calls
 * {@link #record} itself, e.g. {@code record(StoreChange.EVERYTHING)} after a reset.
 */
@Component
public class StoreChanges {

    private static final Logger log = LoggerFactory.getLogger(StoreChanges.class);

    /** Sends committed changes to the other instances. */
    public interface Broadcaster {
        void publish(String origin, Collection<StoreChange> changes);
    }

    private final ObjectProvider<StoreChangeListener> listenerProvider;
    private final String instanceId =
            UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private volatile List<StoreChangeListener> listeners;
    private volatile Broadcaster broadcaster;

    public StoreChanges(ObjectProvider<StoreChangeListener> listenerProvider) {
        this.listenerProvider = listenerProvider;
    }

    /** This instance's id in broadcasts, so that it skips its own. */
    public String instanceId() {
        return instanceId;
    }

    void broadcastWith(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    /** Records a change: applied after the current transaction commits, or at once outside a transaction. */
    public void record(StoreChange change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committed(Set.of(change));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.changes.add(change);
    }

    /** Changes another instance committed. */
    void received(Collection<StoreChange> changes) {
        apply(changes);
    }

    private void committed(Collection<StoreChange> changes) {
        apply(changes);
        Broadcaster current = broadcaster;
        if (current != null) {
            try {
                current.publish(instanceId, changes);
            } catch (RuntimeException e) {
                log.warn("could not tell other instances about {} changes: {}", changes.size(), e.toString());
            }
        }
    }

    void apply(Collection<StoreChange> changes) {
        List<StoreChangeListener> targets = listeners;
        if (targets == null) {
            targets = listenerProvider.orderedStream().toList();
            listeners = targets;
        }
        for (StoreChange change : changes) {
            for (StoreChangeListener listener : targets) {
                listener.onChange(change);
            }
        }
    }

    private final class Pending implements TransactionSynchronization {

        private final Set<StoreChange> changes = new LinkedHashSet<>();

        @Override
        public void afterCommit() {
            committed(changes);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(StoreChanges.this);
        }
    }
}
