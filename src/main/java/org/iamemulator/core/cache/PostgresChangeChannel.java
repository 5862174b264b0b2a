package org.iamemulator.core.cache;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps the caches of several instances sharing one PostgreSQL store coherent: after a transaction commits, its
 * changes are sent with {@code pg_notify} on a channel named after the store's schema; every instance LISTENs on a
 * connection of its own and drops what changed. Delivery takes milliseconds. When the listening connection
 * breaks, every cache is dropped (a notification may have been missed) and it reconnects.
 * <p>
 * Notifications are sent by a thread of their own: a committing request still holds its connection, and taking a
 * second one from the pool for the notification would let concurrent writers exhaust the pool waiting for each
 * other.
 * Inactive on H2 (one instance per store) or with {@code emulator.cache.notify=false}.
 */
@Component
class PostgresChangeChannel implements SmartLifecycle, StoreChanges.Broadcaster {

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeChannel.class);
    /** PostgreSQL's limit is 8000 bytes; longer lists are sent as "drop everything". */
    private static final int MAX_PAYLOAD = 7900;

    private static final int POLL_MILLIS = 250;
    /** Notifications waiting to be sent; beyond this they collapse into one "drop everything". */
    private static final int OUTBOX_BOUND = 10_000;

    private final DataSource dataSource;
    private final StoreChanges changes;
    private final boolean active;
    private volatile boolean running;
    private volatile String channel;
    private volatile Connection listening;
    private Thread thread;
    private Thread sender;
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>(OUTBOX_BOUND);
    private final AtomicBoolean overflowed = new AtomicBoolean();

    PostgresChangeChannel(
            DataSource dataSource,
            StoreChanges changes,
            Environment environment,
            VersionedCache.CacheSettings settings) {
        this.dataSource = dataSource;
        this.changes = changes;
        this.active = settings.notifyInstances()
                && environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
    }

    @Override
    public void start() {
        if (!active) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet schema = statement.executeQuery("select current_schema()")) {
            schema.next();
            String name = ("iam_emulator_" + schema.getString(1))
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9_]", "_");
            channel = name.length() > 63 ? name.substring(0, 63) : name;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the current schema for cache notifications", e);
        }
        listen(); // synchronously once, so that no change committed after start-up is missed
        running = true;
        thread = new Thread(this::loop, "store-change-listener");
        thread.setDaemon(true);
        thread.start();
        sender = new Thread(this::send, "store-change-sender");
        sender.setDaemon(true);
        sender.start();
        changes.broadcastWith(this);
        log.info("cache coherence: LISTEN/NOTIFY on channel {} (instance {})", channel, changes.instanceId());
    }

    @Override
    public void stop() {
        running = false;
        changes.broadcastWith(null);
        closeListening();
        if (thread != null) {
            thread.interrupt();
        }
        if (sender != null) {
            try {
                sender.join(2000); // what is queued goes out before the pool closes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void publish(String origin, Collection<StoreChange> committed) {
        StringBuilder payload = new StringBuilder(origin);
        for (StoreChange change : committed) {
            payload.append(' ').append(change.encode());
        }
        if (!outbox.offer(payload.length() > MAX_PAYLOAD ? origin + " *" : payload.toString())) {
            overflowed.set(true);
        }
    }

    /** Sends queued notifications in order, each on a pooled connection in auto-commit, until stopped and drained. */
    private void send() {
        while (running || !outbox.isEmpty()) {
            String text;
            try {
                if (overflowed.getAndSet(false)) {
                    outbox.clear();
                    text = changes.instanceId() + " *";
                } else {
                    text = outbox.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                return;
            }
            if (text == null) {
                continue;
            }
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
                statement.setString(1, channel);
                statement.setString(2, text);
                statement.execute();
            } catch (SQLException | RuntimeException e) {
                // the others may have missed something: once the store answers again, they drop everything
                log.warn("could not tell other instances about changes ({})", e.toString());
                overflowed.set(true);
                sleepQuietly();
            }
        }
    }

    private void listen() {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN \"" + channel + "\"");
            }
            listening = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot LISTEN for cache notifications", e);
        }
    }

    private void loop() {
        while (running) {
            try {
                Connection connection = listening;
                if (connection == null) {
                    listen();
                    changes.received(List.of(StoreChange.EVERYTHING)); // whatever happened meanwhile
                    continue;
                }
                for (String payload : notifications(connection)) {
                    receive(payload);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn(
                        "cache notifications interrupted ({}); dropping every cached entry and reconnecting",
                        e.toString());
                closeListening();
                changes.received(List.of(StoreChange.EVERYTHING));
                sleepQuietly();
            }
        }
    }

    /**
     * Waits up to {@link #POLL_MILLIS} for notifications: {@code PGConnection.getNotifications(int)}, called
     * reflectively because the driver is a runtime dependency only.
     */
    private static List<String> notifications(Connection connection) throws SQLException {
        try {
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
            Object pg = connection.unwrap(pgConnection);
            Method get = pgConnection.getMethod("getNotifications", int.class);
            Object array = get.invoke(pg, POLL_MILLIS);
            if (array == null) {
                return List.of();
            }
            List<String> payloads = new ArrayList<>(Array.getLength(array));
            for (int i = 0; i < Array.getLength(array); i++) {
                Object notification = Array.get(array, i);
                payloads.add((String) Class.forName("org.postgresql.PGNotification")
                        .getMethod("getParameter")
                        .invoke(notification));
            }
            return payloads;
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the PostgreSQL driver does not offer notifications", e);
        }
    }

    private void receive(String payload) {
        String[] parts = payload.split(" ");
        if (parts[0].equals(changes.instanceId())) {
            return; // applied when it committed
        }
        List<StoreChange> received = new ArrayList<>(parts.length - 1);
        for (int i = 1; i < parts.length; i++) {
            received.add(StoreChange.decode(parts[i]));
        }
        changes.received(received);
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeListening() {
        Connection connection = listening;
        listening = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
        }
    }
}
