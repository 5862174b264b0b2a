package org.iamemulator.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.iamemulator.core.Ids;
import org.iamemulator.core.account.AccountService;

/**
 * The rows one account's seed wrote into the store, read once right after seeding, so that a reset writes them back
 * ({@link #restoreInPlace}: only what differs, in batches per table) instead of applying the seed again (no password
 * hashing, no secret encryption, no seed parsing). Times move with the clock: written back, every time is as far from "now" as it was from the
 * moment the seed was applied (creation times, logins at {@code -P90D}), except the instants the seed names
 * ({@code logins: [{at: 2024-01-31T08:00:00Z}]}), which stay. Tokens are not kept: a seeded account has none.
 * <p>
 * The snapshot is also the template of disposable accounts: {@link #copy} writes the same content under another
 * account id and name.
 */
final class AccountSnapshot {

    private static final String OF_USERS = "user_id IN (SELECT id FROM users WHERE account_id = ?)";
    private static final String OF_GROUPS = "group_id IN (SELECT id FROM iam_groups WHERE account_id = ?)";
    private static final String OF_AGENCIES = "agency_id IN (SELECT id FROM agencies WHERE account_id = ?)";

    /**
     * Where an account's state lives, parents first, each with the condition that selects one account's rows and the
     * column holding the ids that are the table's own (a copy gets new ones; a reset updates such rows in place). Every
     * table holding an account's rows is listed here (AccountSnapshotTest checks the schema), also those a seed never
     * writes, so that a reset in place empties them.
     */
    private static final List<Table> TABLES = List.of(
            new Table("accounts", "id", "*", "id = ?", null),
            new Table("users", "id", "*", "account_id = ?", "id"),
            new Table("user_tags", null, "*", OF_USERS, "user_id, tag_key"),
            // without the generated id
            new Table("login_records", null, "user_id, login_at, source_ip", OF_USERS, "id"),
            new Table("login_profiles", null, "*", OF_USERS, "user_id"),
            // without the generated id
            new Table(
                    "password_history",
                    null,
                    "account_id, user_id, password_hash, replaced_at",
                    "account_id = ?",
                    "id"),
            new Table("account_security_policies", null, "*", "account_id = ?", null),
            new Table("access_keys", "access_key_id", "*", "account_id = ?", "access_key_id"),
            // seeds create no MFA devices, tokens or temporary credentials, so a reset drops them all
            new Table("mfa_devices", "id", "*", "account_id = ?", "id"),
            new Table("tokens", null, "*", OF_USERS, "token_hash"),
            new Table("temporary_credentials", null, "*", "account_id = ?", "access_key_id"),
            new Table("policies", "id", "*", "account_id = ?", "id"),
            new Table(
                    "policy_versions",
                    null,
                    "*",
                    "policy_id IN (SELECT id FROM policies WHERE account_id = ?)",
                    "policy_id, version_id"),
            new Table("user_policy_attachments", null, "*", OF_USERS, "user_id, policy_id"),
            new Table("iam_groups", "id", "*", "account_id = ?", "id"),
            new Table("group_members", null, "*", OF_GROUPS, "group_id, user_id"),
            new Table("group_policy_attachments", null, "*", OF_GROUPS, "group_id, policy_id"),
            new Table("agencies", "id", "*", "account_id = ?", "id"),
            new Table("agency_tags", null, "*", OF_AGENCIES, "agency_id, tag_key"),
            new Table("agency_policy_attachments", null, "*", OF_AGENCIES, "agency_id, policy_id"),
            new Table("agency_deletion_tasks", "id", "*", "account_id = ?", "id"),
            new Table("oidc_providers", "id", "*", "account_id = ?", "id"),
            new Table("oidc_provider_client_ids", null, "*", ofProviders("oidc"), "provider_id, position"),
            new Table("oidc_provider_thumbprints", null, "*", ofProviders("oidc"), "provider_id, position"),
            new Table("oidc_provider_tags", null, "*", ofProviders("oidc"), "provider_id, tag_key"),
            new Table("saml_providers", "id", "*", "account_id = ?", "id"),
            new Table("saml_provider_private_keys", null, "*", ofProviders("saml"), "provider_id, key_id"),
            new Table("saml_provider_tags", null, "*", ofProviders("saml"), "provider_id, tag_key"));

    /** The rows of {@code <kind>_provider_*} tables that belong to the account's providers of that kind. */
    private static String ofProviders(String kind) {
        return "provider_id IN (SELECT id FROM " + kind + "_providers WHERE account_id = ?)";
    }

    /** The tables this class restores, for the test that compares them with the schema. */
    static List<String> tableNames() {
        return TABLES.stream().map(Table::name).toList();
    }

    private static final Table ROOT_KEYS =
            new Table("access_keys", "access_key_id", "*", "user_id = ?", "access_key_id");

    private final String accountId;
    private final Instant takenAt;
    private final Set<Instant> fixedTimes;
    private final List<Rows> tables;

    private AccountSnapshot(String accountId, Instant takenAt, Set<Instant> fixedTimes, List<Rows> tables) {
        this.accountId = accountId;
        this.takenAt = takenAt;
        this.fixedTimes = fixedTimes;
        this.tables = tables;
    }

    String accountId() {
        return accountId;
    }

    /**
     * Reads the account's rows, as seeded at {@code seededAt}; {@code fixedTimes} are the instants the seed named,
     * which a restore keeps as they are.
     */
    static AccountSnapshot take(Connection connection, String accountId, Instant seededAt, Set<Instant> fixedTimes)
            throws SQLException {
        List<Rows> tables = new ArrayList<>(TABLES.size());
        for (Table table : TABLES) {
            tables.add(Rows.read(connection, table, accountId));
        }
        return new AccountSnapshot(accountId, seededAt, Set.copyOf(fixedTimes), List.copyOf(tables));
    }

    /** Writes the rows back, into an account that must not exist; times moved as the class comment says. */
    void restore(Connection connection, Instant now) throws SQLException {
        Duration shift = shift(now);
        for (Rows rows : tables) {
            rows.moved(shift, fixedTimes).insert(connection);
        }
    }

    /**
     * Makes the account's rows the snapshot's again, with times moved as the class comment says, writing only what
     * differs: rows the snapshot does not hold are deleted (children first), rows with an id of their own are updated
     * in place and the missing ones inserted (parents first); a table without own ids that differs at all is emptied
     * and written again. Deleting and re-inserting every row costs far more: a deleted parent row makes the store
     * look for (in H2: parse a statement for) its rows in every table that references it. Also works when the
     * account does not exist. Fails on a unique constraint when the rows hold each other's unique values (users that
     * swapped names), and the caller then deletes the account and {@link #restore}s it.
     */
    void restoreInPlace(Connection connection, Instant now) throws SQLException {
        Duration shift = shift(now);
        Set<Table> holdingRows = holdingRows(connection);
        List<Rows> wanted = new ArrayList<>(tables.size());
        List<Rows> found = new ArrayList<>(tables.size());
        for (Rows rows : tables) {
            wanted.add(rows.moved(shift, fixedTimes));
            found.add(
                    holdingRows.contains(rows.table)
                            ? Rows.read(connection, rows.table, accountId)
                            : rows.withValues(List.of()));
        }
        for (int i = tables.size() - 1; i >= 0; i--) {
            wanted.get(i).deleteOthers(connection, found.get(i), accountId);
        }
        for (int i = 0; i < tables.size(); i++) {
            wanted.get(i).writeDifferences(connection, found.get(i));
        }
    }

    /**
     * The tables that hold rows of the account: those the snapshot holds rows for, and of the others (most of them)
     * those that hold some now, asked in one query: a statement per table costs more than the rest of a small reset.
     */
    private Set<Table> holdingRows(Connection connection) throws SQLException {
        List<Table> empty = tables.stream()
                .filter(rows -> rows.values.isEmpty())
                .map(rows -> rows.table)
                .toList();
        Set<Table> holding = tables.stream()
                .filter(rows -> !rows.values.isEmpty())
                .map(rows -> rows.table)
                .collect(Collectors.toCollection(HashSet::new));
        if (empty.isEmpty()) {
            return holding;
        }
        String query = "SELECT "
                + String.join(
                        ", ",
                        empty.stream()
                                .map(table -> "EXISTS (SELECT 1 FROM " + table.name() + " WHERE " + table.where() + ")")
                                .toList());
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < empty.size(); i++) {
                statement.setString(i + 1, accountId);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                for (int i = 0; i < empty.size(); i++) {
                    if (result.getBoolean(i + 1)) {
                        holding.add(empty.get(i));
                    }
                }
            }
        }
        return holding;
    }

    /**
     * Writes the content under another account id and name, which must not exist; the root user takes the name,
     * the root user's access keys are left out. Every id that is the template's own (users, groups, policies, access
     * keys, agencies) is replaced by {@link #copiedId}.
     */
    void copy(Connection connection, Instant now, String newAccountId, String newName) throws SQLException {
        Map<String, String> ids = new HashMap<>();
        ids.put(accountId, newAccountId);
        String templateRoot = AccountService.rootUserId(accountId);
        ids.put(templateRoot, AccountService.rootUserId(newAccountId));
        for (Rows rows : tables) {
            rows.ownIds(templateRoot).forEach(id -> ids.putIfAbsent(id, copiedId(newAccountId, id)));
        }
        Duration shift = shift(now);
        for (Rows rows : tables) {
            rows.rewritten(row -> row.copied(ids, templateRoot, newName))
                    .moved(shift, fixedTimes)
                    .insert(connection);
        }
    }

    /**
     * The id a copy in account {@code newAccountId} gives to the template's {@code id}: a 32-hex id is
     * {@link Ids#derived} from {@code "<new account id>/<id>"}; an access key id becomes the first 20 characters of
     * that, upper-case. Tests can compute it (docs/testing.md).
     */
    static String copiedId(String newAccountId, String id) {
        String derived = Ids.derived(newAccountId + "/" + id);
        return id.length() == derived.length()
                ? derived
                : derived.substring(0, 20).toUpperCase(Locale.ROOT);
    }

    /** The access keys of a user as stored (secrets still encrypted), to be written back after a restore. */
    static Rows accessKeysOf(Connection connection, String userId) throws SQLException {
        return Rows.read(connection, ROOT_KEYS, userId);
    }

    /** Whole seconds, so that times the seed stored at second precision stay so. */
    private Duration shift(Instant now) {
        return Duration.between(takenAt, now).truncatedTo(ChronoUnit.SECONDS);
    }

    /** {@code where} selects one account's rows (its parameter: the account id); {@code order} may be null. */
    private record Table(String name, String ownIdColumn, String columns, String where, String order) {

        String query() {
            return "SELECT " + columns + " FROM " + name + " WHERE " + where
                    + (order == null ? "" : " ORDER BY " + order);
        }
    }

    /** One row as a mutable copy, for rewriting. */
    private record Row(Rows rows, Object[] values) {

        Object get(String column) {
            int index = rows.index(column);
            return index < 0 ? null : values[index];
        }

        void set(String column, Object value) {
            int index = rows.index(column);
            if (index >= 0) {
                values[index] = value;
            }
        }

        /**
         * The row of a copy: ids replaced, the account and its root user renamed, the root's keys left out, trust
         * policies naming the copy's account instead of the template's.
         */
        Row copied(Map<String, String> ids, String templateRoot, String newName) {
            String table = rows.table.name();
            if (table.equals("access_keys") && templateRoot.equals(get("user_id"))) {
                return null;
            }
            if (table.equals("accounts")) {
                set("name", newName);
                set("disposable", true);
            } else if (table.equals("users") && templateRoot.equals(get("id"))) {
                set("name", newName);
                set("name_key", newName.toLowerCase(Locale.ROOT));
            } else if (table.equals("agencies")) {
                // a trust policy naming the template account (its id, its root, its users) names the copy
                String template = (String) get("account_id");
                set("trust_policy", ((String) get("trust_policy")).replace(template, ids.get(template)));
            }
            for (int i = 0; i < values.length; i++) {
                if (rows.isIdColumn(i) && values[i] instanceof String id && ids.containsKey(id)) {
                    values[i] = ids.get(id);
                }
            }
            return this;
        }
    }

    /** The rows of one table, as read: column names and JDBC types from the driver, values by column. */
    static final class Rows {

        private final Table table;
        private final String[] columns;
        private final int[] types;
        private final List<Object[]> values;

        private Rows(Table table, String[] columns, int[] types, List<Object[]> values) {
            this.table = table;
            this.columns = columns;
            this.types = types;
            this.values = values;
        }

        static Rows read(Connection connection, Table table, String id) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(table.query())) {
                statement.setString(1, id);
                try (ResultSet result = statement.executeQuery()) {
                    ResultSetMetaData meta = result.getMetaData();
                    String[] columns = new String[meta.getColumnCount()];
                    int[] types = new int[columns.length];
                    for (int i = 0; i < columns.length; i++) {
                        columns[i] = meta.getColumnName(i + 1).toLowerCase(Locale.ROOT);
                        types[i] = meta.getColumnType(i + 1);
                    }
                    List<Object[]> values = new ArrayList<>();
                    while (result.next()) {
                        Object[] row = new Object[columns.length];
                        for (int i = 0; i < columns.length; i++) {
                            row[i] = isTime(types[i])
                                    ? result.getObject(i + 1, OffsetDateTime.class)
                                    : result.getObject(i + 1);
                        }
                        values.add(row);
                    }
                    return new Rows(table, columns, types, List.copyOf(values));
                }
            }
        }

        /** These rows with every time moved by {@code shift} but the {@code fixedTimes}. */
        Rows moved(Duration shift, Set<Instant> fixedTimes) {
            return withValues(values.stream()
                    .map(stored -> {
                        Object[] row = stored.clone();
                        for (int i = 0; i < row.length; i++) {
                            if (row[i] instanceof OffsetDateTime time && !fixedTimes.contains(time.toInstant())) {
                                row[i] = time.plus(shift);
                            }
                        }
                        return row;
                    })
                    .toList());
        }

        /** These rows as {@code rewrite} changes them, without those it turns into null. */
        private Rows rewritten(UnaryOperator<Row> rewrite) {
            return withValues(values.stream()
                    .map(stored -> rewrite.apply(new Row(this, stored.clone())))
                    .filter(Objects::nonNull)
                    .map(Row::values)
                    .toList());
        }

        Rows withValues(List<Object[]> rows) {
            return new Rows(table, columns, types, rows);
        }

        /** Writes the rows, in one batch. */
        void insert(Connection connection) throws SQLException {
            write(
                    connection,
                    "INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") VALUES ("
                            + "?, ".repeat(columns.length - 1) + "?)",
                    values,
                    row -> row);
        }

        /**
         * Deletes what the store holds ({@code found}) beyond these rows: the rows whose own id these do not hold, or,
         * in a table without own ids, all of the account's rows when they differ from these at all.
         */
        private void deleteOthers(Connection connection, Rows found, String accountId) throws SQLException {
            if (table.ownIdColumn() == null) {
                if (!same(found.values, values)) {
                    try (PreparedStatement statement =
                            connection.prepareStatement("DELETE FROM " + table.name() + " WHERE " + table.where())) {
                        statement.setString(1, accountId);
                        statement.executeUpdate();
                    }
                }
                return;
            }
            Map<Object, Object[]> wanted = byOwnId();
            List<Object[]> others = found.values.stream()
                    .filter(row -> !wanted.containsKey(row[ownIdIndex()]))
                    .toList();
            write(connection, "DELETE FROM " + table.name() + " WHERE " + table.ownIdColumn() + " = ?", others, row ->
                    new Object[] {row[ownIdIndex()]});
        }

        /**
         * After {@link #deleteOthers}: updates the rows that differ from {@code found} and inserts those missing, or,
         * in a table without own ids, inserts all when they differed.
         */
        private void writeDifferences(Connection connection, Rows found) throws SQLException {
            if (table.ownIdColumn() == null) {
                if (!same(found.values, values)) {
                    insert(connection);
                }
                return;
            }
            Map<Object, Object[]> present = found.byOwnId();
            List<Object[]> changed = new ArrayList<>();
            List<Object[]> missing = new ArrayList<>();
            for (Object[] row : values) {
                Object[] stored = present.get(row[ownIdIndex()]);
                if (stored == null) {
                    missing.add(row);
                } else if (!same(stored, row)) {
                    changed.add(row);
                }
            }
            int id = ownIdIndex();
            write(
                    connection,
                    "UPDATE " + table.name() + " SET " + String.join(" = ?, ", columns) + " = ? WHERE "
                            + table.ownIdColumn() + " = ?",
                    changed,
                    row -> {
                        Object[] parameters = Arrays.copyOf(row, row.length + 1);
                        parameters[row.length] = row[id];
                        return parameters;
                    });
            withValues(missing).insert(connection);
        }

        /** One batch of {@code sql} with the parameters {@code parameters} makes of each row; none without rows. */
        private void write(Connection connection, String sql, List<Object[]> rows, UnaryOperator<Object[]> parameters)
                throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    Object[] values = parameters.apply(row);
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] == null) {
                            // parameters beyond the columns are own ids, never null
                            statement.setNull(i + 1, types[i]);
                        } else {
                            statement.setObject(i + 1, values[i]);
                        }
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }

        private Map<Object, Object[]> byOwnId() {
            Map<Object, Object[]> rows = new HashMap<>();
            values.forEach(row -> rows.put(row[ownIdIndex()], row));
            return rows;
        }

        private int ownIdIndex() {
            return index(table.ownIdColumn());
        }

        private static boolean same(List<Object[]> some, List<Object[]> others) {
            if (some.size() != others.size()) {
                return false;
            }
            for (int i = 0; i < some.size(); i++) {
                if (!same(some.get(i), others.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Times compare as instants: the store may give them back in another offset than they were written in. */
        private static boolean same(Object[] some, Object[] other) {
            for (int i = 0; i < some.length; i++) {
                boolean equal = some[i] instanceof OffsetDateTime time && other[i] instanceof OffsetDateTime otherTime
                        ? time.isEqual(otherTime)
                        : Objects.equals(some[i], other[i]);
                if (!equal) {
                    return false;
                }
            }
            return true;
        }

        /** The ids this table gives its rows, but not those of the root user's rows (its keys are not copied). */
        private List<String> ownIds(String rootUserId) {
            int index = table.ownIdColumn() == null ? -1 : index(table.ownIdColumn());
            int owner = index("user_id");
            return index < 0
                    ? List.of()
                    : values.stream()
                            .filter(row -> owner < 0 || !rootUserId.equals(row[owner]))
                            .map(row -> (String) row[index])
                            .toList();
        }

        private int index(String column) {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i].equals(column)) {
                    return i;
                }
            }
            return -1;
        }

        /** Columns that hold ids of entities: {@code id} and {@code *_id} (policy version ids never match one). */
        private boolean isIdColumn(int index) {
            return columns[index].equals("id") || columns[index].endsWith("_id");
        }

        private static boolean isTime(int type) {
            return type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE;
        }
    }
}
